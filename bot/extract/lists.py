"""Enumerations: «کمبود نقدینگی، فقدان بازار، … از علل عمده توقف تولید … است»."""
import re
from dataclasses import dataclass

from bot.extract.context import QUANTITY_HEADS
from bot.extract.model import Amount, ListFact
from bot.text.tokens import Token

_HEAD_CONCEPTS = frozenset({"#علت"})
_HEAD_WORDS = frozenset({"علل", "عوامل", "دلایل", "مشکلات", "موانع", "چالش‌ها", "اولویت‌ها", "محورها",
                         "اقدامات", "برنامه‌ها", "ویژگی‌ها", "مزایا", "شامل", "عبارتند"})
_ITEM_SPLIT = re.compile(r"\s*[،,]\s*")
_LAST_AND = re.compile(r"^(.*)\s+و\s+(.*?)$")
_MAX_ITEM_WORDS = 6
_MIN_ITEMS = 3
_CLOSING_VERB = re.compile(r"\s+(?:(?:عنوان|اعلام|ذکر|بیان|معرفی)[\s\u200c]+(?:شده|شد|شدند|گردید)(?:\s+است)?"
                           r"|است|هستند|می‌باشند|می‌باشد)$")


def _commas(text: str) -> int:
    return text.count("،") + text.count(",")


def find_list(sentence: str, keys: list[set[str]], tokens: list[Token]) -> ListFact | None:
    """The enumeration in a sentence, when it has one."""
    if sentence.count("،") + sentence.count(",") < _MIN_ITEMS - 1:
        return None
    heads = [i for i, t in enumerate(tokens) if t.text in _HEAD_WORDS or keys[i] & _HEAD_CONCEPTS]
    if not heads:
        return None
    after_az = [i for i in heads if i > 0 and tokens[i - 1].text in ("از", "جزو", "جزء")]
    head = after_az[-1] if after_az else heads[0]
    cut = tokens[head].start
    before, after = sentence[:cut], sentence[cut:]
    if ":" in after:
        items_text, head_text = after.split(":", 1)[1], after.split(":", 1)[0]
    elif _commas(before) < _MIN_ITEMS - 1 <= _commas(after):
        # «مهمترین مشکلات شرکت‌ها، کمبود سرمایه، نبود فضا و دشواری مجوزها عنوان شده است»
        head_text, items_text = re.split(r"\s*[،,]\s*", after, maxsplit=1)
        head_text = (before + head_text).strip()
        items_text = _CLOSING_VERB.sub("", items_text.strip(" ."))
    else:
        items_text, head_text = re.sub(r"\s+(?:از|جزو|جزء)\s*$", "", before), after
    items = [i.strip(" .") for i in _ITEM_SPLIT.split(items_text) if i.strip(" .")]
    if items and (last := _LAST_AND.match(items[-1])):  # only the last «و» joins two items
        items[-1:] = [last.group(1), last.group(2)]
    if len(items) < _MIN_ITEMS or any(len(i.split()) > _MAX_ITEM_WORDS for i in items):
        return None
    head_text = re.sub(r"\s+(?:است|هستند|می‌باشد|بوده است)\s*\.?$", "", head_text.strip(" ."))
    terms = {k: 1.0 for found in keys for k in found}
    return ListFact(head=head_text, items=items, sentence=sentence, terms=terms)


# «به ترتیب» after a coordinated list of things, not places: «سهم طرح‌های ایجادی و سرمایه در گردش … به ترتیب
# ۴۳ و ۳۸ درصد»: the n-th number is about the n-th item.
_COORDINATORS = frozenset({"و", "،", ","})
_ITEM_ENDS = frozenset({"از", "در", "به", "با", "برای", "تا", "طی", "که"})
_RUN_GAP = re.compile(r"\s*[،,و]\s*")
OTHER_ITEM = 0.3  # another item's words still say a little: the numbers share one sentence


@dataclass(frozen=True, slots=True)
class ListedItem:
    own: set[str]     # the words of the number's own item
    others: set[str]  # the words only other items have


def _runs(text: str, amounts: list[Amount]) -> list[list[int]]:
    """Numbers said one after another, joined only by «و» or a comma: «۴۳ و ۳۸», «۴۱۶ و ۱۰۰۸»."""
    runs = [[0]] if amounts else []
    for k in range(1, len(amounts)):
        if _RUN_GAP.fullmatch(text[amounts[k - 1].end : amounts[k].start]):
            runs[-1].append(k)
        else:
            runs.append([k])
    return [run for run in runs if len(run) > 1]


def _item_spans(tokens: list[Token], keys: list[set[str]], end: int, size: int) -> list[tuple[int, int]]:
    """The last `size` coordinated phrases before token `end`, as [first, last) token ranges. A head before
    them («سهم») and a complement after them («از ضمانت‌نامه‌های صادره») belong to every item, so to none."""
    start = next((k + 1 for k in range(end - 1, -1, -1) if tokens[k].text in ("که", "؛", ":")), 0)
    joins = [k for k in range(start, end) if tokens[k].text in _COORDINATORS
             and not any(c.startswith("#") for c in keys[k - 1] & keys[min(k + 1, len(keys) - 1)])]
    if len(joins) < size - 1:
        return []
    joins = joins[len(joins) - size + 1 :]
    first = max([start] + [k + 1 for k in range(start, joins[0]) if tokens[k].text in _COORDINATORS])
    if tokens[first].text in QUANTITY_HEADS and tokens[joins[-1] + 1].text != tokens[first].text:
        first += 1  # «سهم X و Y»: the head governs every item
    # a preposition right after the item's first word is part of its name: «سرمایه در گردش», «واحدهای در حال ساخت»
    last_end = next((k for k in range(joins[-1] + 3, end) if tokens[k].text in _ITEM_ENDS), end)
    bounds = [first - 1, *joins, last_end]
    return [(bounds[i] + 1, bounds[i + 1]) for i in range(size)]


def respective_items(text: str, tokens: list[Token], keys: list[set[str]],
                     amounts: list[Amount]) -> dict[int, ListedItem]:
    """For each number of a «به ترتیب» list of things, the words of its own item and those only other items
    have. Every run of as many numbers as there are items pairs with the items in order."""
    at = text.find("به ترتیب")
    runs = _runs(text, amounts)
    size = next((len(run) for run in runs if amounts[run[-1]].start > at >= 0), 0)
    runs = [run for run in runs if len(run) == size]
    if not runs:
        return {}
    end = min(amounts[runs[0][0]].start, at)
    spans = _item_spans(tokens, keys, next(i for i, t in enumerate(tokens) if t.end > end), size)
    words = [set().union(*keys[lo:hi]) for lo, hi in spans]
    if not spans or any(not own - set().union(*(w for w in words if w is not own)) for own in words):
        return {}  # an item with no word of its own is no list of things
    return {k: ListedItem(words[i], set().union(*words) - words[i]) for run in runs for i, k in enumerate(run)}


def own_item_terms(terms: dict[str, float], item: ListedItem) -> dict[str, float]:
    """A number of a «به ترتیب» list keeps its own item's words strongly and the other items' weakly."""
    out = {key: (min(weight, OTHER_ITEM) if key in item.others else weight) for key, weight in terms.items()}
    return out | dict.fromkeys(item.own, 1.0)
