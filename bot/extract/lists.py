"""Enumerations: «کمبود نقدینگی، فقدان بازار، … از علل عمده توقف تولید … است»."""
import re

from bot.extract.model import ListFact
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
