"""What a number is about: the words around it, weighted by how close they stand.

Each amount owns a segment of its sentence (split where «و», «،» or «که» stand between two
amounts). Words in its own segment weigh most, closer ones more; the rest of the sentence and
the sentence before it still count a little, so «به چرخه تولید بازگشت» at the end of a long
sentence is still linked to every number in it.
"""
from itertools import pairwise

from bot.extract.clauses import ends_clause, light_verb_left
from bot.extract.model import Amount
from bot.text.concepts import concept_hits
from bot.text.stopwords import is_function_word
from bot.text.tokens import Token

_SPLITTERS = frozenset({"و", "،", ",", "که", "؛", ":", "ولی", "اما"})
_SOFT_SPLITTERS = frozenset({"با", "برای"})
# nouns that name a quantity of what follows them: «شمار قراردادها», «سهم طرح‌ها»
QUANTITY_HEADS = frozenset({"سهم", "تعداد", "میزان", "مبلغ", "مجموع", "رقم", "حجم", "ارزش", "شمار"})
OTHER_SEGMENT = 0.5
PREVIOUS_SENTENCE = 0.15
SHARED_TAIL = 0.9   # the sentence's closing verb phrase, and its subject, govern every number in it
ELIDED_TAIL = 0.6   # … less a number whose own event word left its «شد» to that phrase («صادر و …»)
TAIL_WORDS = 4
SAME_KIND = 0.7     # an earlier number of the same kind in the sentence lends its words


def token_index(tokens: list[Token], char: int) -> int:
    """The index of the token at or after a character offset."""
    for i, tok in enumerate(tokens):
        if tok.end > char:
            return i
    return len(tokens) - 1


def segments(tokens: list[Token], amounts: list[Amount], keys: list[set[str]] | None = None) -> list[tuple[int, int]]:
    """For each amount, the [first, last) token range of the sentence that belongs to it."""
    spans = [(token_index(tokens, a.start), token_index(tokens, a.end - 1) + 1) for a in amounts]
    bounds = [0]
    for (_, a_end), (b_start, _) in pairwise(spans):
        between = range(a_end, b_start)
        split = next((k for k in between if tokens[k].text == "و" and k and ends_clause(tokens[k - 1].text)), None)
        if split is None:  # «… صادرات داشته‌اند و بر اساس برنامه‌ها، …»: a verb and «و» end the clause
            split = next((k for k in reversed(between) if tokens[k].text in _SPLITTERS
                          and not _joins_one_thing(keys, k)), None)
        if split is None:
            split = next((k for k in reversed(between) if tokens[k].text in _SOFT_SPLITTERS), None)
        bounds.append(split if split is not None else _qualifier_start(tokens, b_start, a_end))
    bounds.append(len(tokens))
    return [(bounds[i], bounds[i + 1]) for i in range(len(amounts))]


def _joins_one_thing(keys: list[set[str]] | None, k: int) -> bool:
    """«۱۷ شهرک و ناحیه صنعتی تخصصی …»: a «و» between two words of one concept names one thing."""
    if not keys or not 0 < k < len(keys) - 1:
        return False
    return any(c.startswith("#") for c in keys[k - 1] & keys[k + 1])


def _qualifier_start(tokens: list[Token], start: int, floor: int) -> int:
    k = start
    while k - 1 >= floor and is_function_word(tokens[k - 1].text) and not tokens[k - 1].text[0].isdigit():
        k -= 1
    return k


def keyed(tokens: list[Token]) -> list[set[str]]:
    """Each token's matching keys: its own key plus the concepts of phrases it is part of."""
    keys = [t.key for t in tokens]
    out = [{k} if _content(t) else set() for k, t in zip(keys, tokens, strict=True)]
    for first, last, concept in concept_hits(keys):
        for i in range(first, last + 1):
            out[i].add(concept)
    return out


def _content(tok: Token) -> bool:
    return tok.text[0].isalpha() and not is_function_word(tok.text) and len(tok.key) > 1


def weigh(keys: list[set[str]], own: tuple[int, int], anchor: tuple[int, int], tail: int | None = None,
          head: int = 0, tail_weight: float = SHARED_TAIL) -> dict[str, float]:
    """Weights of the keys around one amount: anchor is its own token range, tail where the sentence's shared
    closing verb phrase starts (weighing at least `tail_weight`), head where its shared subject ends. Each weight
    is rounded to 3 places once, at the end (rounding keeps order, so the best of the rounded weights is the
    rounded best): this runs for every number with every word of its sentence."""
    best: dict[str, float] = {}
    first, last = anchor[0], anchor[1] - 1
    shared_from = len(keys) if tail is None else tail
    for i, found in enumerate(keys):
        if not found:
            continue
        distance = first - i if i < first else i - last if i > last else 0
        weight = 1.0 / (1.0 + (distance - 4) / 10.0) if distance > 4 else 1.0
        if not own[0] <= i < own[1]:
            weight *= OTHER_SEGMENT
        if i >= shared_from and weight < tail_weight:
            weight = tail_weight
        if i < head and weight < SHARED_TAIL:
            weight = SHARED_TAIL
        for key in found:
            if weight > best.get(key, -1.0):
                best[key] = weight
    return {key: round(weight, 3) for key, weight in best.items()}


def shared_head(tokens: list[Token], first_amount: int) -> int:
    """Where the sentence's subject ends when an adverbial «با …» or «برای …» holding the first number
    follows it: «ظرفیت تصفیه‌خانه‌ها با بهره‌برداری از ۸ تصفیه‌خانه به ۲۰۰ هزار مترمکعب رسید» — the
    subject is what the main verb's number measures, so every number of the sentence shares it."""
    k = next((k for k in range(first_amount) if tokens[k].text in _SOFT_SPLITTERS), None)
    if k is None or any(tokens[j].text in _SPLITTERS - {"،", ","} for j in range(k)):
        return 0
    return k


def clause_start(tokens: list[Token], before: int) -> int:
    """Where the clause holding token `before` starts: after the last «که» or «؛» before it."""
    return next((k + 1 for k in range(before - 1, -1, -1) if tokens[k].text in ("که", "؛", ":")), 0)


def blend(terms: dict[str, float], extra: dict[str, float], factor: float) -> dict[str, float]:
    """Add weaker context (the previous sentence, the title) without overriding closer words. Weights are never
    negative and those of `terms` are rounded to 3 places (weigh's and blend's own), so only a weight that beats
    the one kept is rounded."""
    for key, weight in extra.items():
        weight *= factor
        if weight > terms.get(key, -1.0):
            terms[key] = round(weight, 3)
    return terms


def framing_clause(tokens: list[Token], keys: list[set[str]], anchor: tuple[int, int]) -> dict[str, float]:
    """«۱۳۸ هکتار از اراضی شهرک‌ها … در قالب ۲۵۸ فقره قرارداد … واگذار شد»: a number «in the form of»
    (در قالب) counts the same thing its clause names before it another way, so those words are about it too."""
    k = anchor[0]
    if k < 2 or [t.text for t in tokens[k - 2 : k]] != ["در", "قالب"]:
        return {}
    return {key: 1.0 for i in range(clause_start(tokens, k - 2), k - 2) for key in keys[i]}


def object_named(tokens: list[Token], keys: list[set[str]], anchor: tuple[int, int]) -> dict[str, float]:
    """«شمار قراردادهای منعقد شده در شهرک‌ها را ۷۵ هزار فقره دانست»: a number right after «را» is the value
    of the object before it, when that object is a quantity («شمار …», «تعداد …») of its clause."""
    ra = anchor[0] - 1
    if ra < 1 or tokens[ra].text != "را":
        return {}
    start = clause_start(tokens, ra)
    head = next((k for k in range(ra - 1, start - 1, -1) if tokens[k].text in QUANTITY_HEADS), None)
    return {} if head is None else {key: 1.0 for i in range(head, ra) for key in keys[i]}


def shared_postmodifier(tokens: list[Token], keys: list[set[str]], owned: list[tuple[int, int]], k: int
                        ) -> dict[str, float]:
    """«۸۵۱ شهرک و ناحیه صنعتی و ۶ منطقه ویژه اقتصادی در حال بهره‌برداری، ۸۶ شهرک …»: a «در …» phrase closing a
    run of numbers joined by «و» with no verb among them, before a comma, describes every number of the run, not
    the number after the comma, which only stands nearer to it."""
    last = k
    while last + 1 < len(owned) and tokens[owned[last + 1][0]].text == "و":
        last += 1
    lo, hi = owned[last]
    if last == k or hi >= len(tokens) or tokens[hi].text not in ("،", ","):
        return {}
    if any(ends_clause(t.text) or light_verb_left(t.text) for t in tokens[owned[k][0] : hi]):
        return {}
    start = next((i for i in range(lo + 2, hi) if tokens[i].text == "در"), None)
    return {} if start is None else {key: 1.0 for i in range(start, hi) for key in keys[i]}
