"""Find amounts in a normalised sentence: «۱۴هزار و ۴۵۸ نفر», «۴۶ هزار میلیارد ریال», «۴۹ همت».

Stage input: the sentence's tokens and the spans already taken by periods (years are not amounts).
Stage output: Amount objects with the value in base units, the unit, what was counted and the
qualifier said before it.
"""
import re
from dataclasses import replace

from bot.extract.labels import is_statistic
from bot.extract.model import Amount, Span
from bot.lang.numbers import AMBIGUOUS_WORDS, COUNTED_AFTER_ONE, MULTIPLIERS, QUALIFIERS, RANGE_WORDS, UNITS_WORDS
from bot.lang.units import CLASSIFIERS, UNITS, VERBS_AFTER_NUMBERS, UnitSpec
from bot.text.stopwords import is_function_word
from bot.text.tokens import Token

_MAX_UNIT_WORDS = 4
_UNIT_PHRASES = {tuple(p.split()): spec for p, spec in UNITS.items()}
_UNIT_FIRST_WORDS = frozenset(words[0] for words in _UNIT_PHRASES)


def _by_last_word(phrases: list[str]) -> dict[str, list[tuple[str, ...]]]:
    """Phrases by their last word, longest first: the word before a number picks the few to compare."""
    ending: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted((tuple(p.split()) for p in phrases if p.strip()), key=len, reverse=True):
        ending.setdefault(words[-1], []).append(words)
    return ending


_QUALIFIERS_ENDING = _by_last_word(list(QUALIFIERS))


def _split_glued(tokens: list[Token]) -> list[Token]:
    """«سه‌هزار» is two number words joined by a half-space: split it."""
    out: list[Token] = []
    for tok in tokens:
        parts = tok.text.split("\u200c")
        if len(parts) > 1 and all(p in UNITS_WORDS or p in MULTIPLIERS for p in parts):
            pos = tok.start
            for p in parts:
                out.append(Token(p, pos, pos + len(p), p))
                pos += len(p) + 1
        else:
            out.append(tok)
    return out


def _atom(tok: Token) -> float | None:
    if tok.text[0].isdigit():
        try:
            return float(tok.text)
        except ValueError:
            return None
    return UNITS_WORDS.get(tok.text)


class _NumberReader:
    """Reads one compound number: parts of atoms and multipliers joined by «و»."""

    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens

    def starts_number(self, i: int) -> bool:
        tok = self.tokens[i]
        if tok.text[0].isdigit() or tok.text in ("هزار", "یکهزار", "یک‌هزار"):
            return True
        if tok.text not in UNITS_WORDS:
            return False
        if tok.text in AMBIGUOUS_WORDS or tok.text in ("یک", "یه"):
            nxt = self.tokens[i + 1].text if i + 1 < len(self.tokens) else ""
            return nxt in MULTIPLIERS or (nxt == "و" and self._atom_at(i + 2) is not None) \
                or (tok.text == "یک" and nxt in COUNTED_AFTER_ONE)
        return True

    def _atom_at(self, i: int) -> float | None:
        return _atom(self.tokens[i]) if i < len(self.tokens) else None

    def read(self, i: int) -> tuple[float, int]:
        """Returns the value and the index after the number."""
        total, current, scale, prev = 0.0, 0.0, 0.0, ""
        j = i
        while j < len(self.tokens):
            text = self.tokens[j].text
            if text in MULTIPLIERS:
                m = MULTIPLIERS[text]
                if prev == "mult":
                    total, scale = total * m, scale * m
                elif m > scale:
                    total, scale = (total + (current or 1.0)) * m, m
                else:
                    total += (current or 1.0) * m
                current, prev = 0.0, "mult"
            elif (value := _atom(self.tokens[j])) is not None and prev in ("", "and"):
                current += value
                prev = "digit" if text[0].isdigit() else "word"
            elif text == "و" and self._joins(j, prev, current, scale):
                prev = "and"
            else:
                break
            j += 1
        return total + current, j

    def _joins(self, j: int, prev: str, current: float, scale: float) -> bool:
        """«و» joins two parts of one number only when the part after it fits below the part before."""
        value = self._atom_at(j + 1)
        if value is None:
            return False
        if self.tokens[j + 1].text == "نیم":
            return True
        if prev == "word":
            return value < _place(current)
        if prev != "mult":
            return False
        following, k = self._plain(j + 1)
        bigger_after = MULTIPLIERS.get(self.tokens[k].text, 0) > scale if k < len(self.tokens) else False
        return following < scale or bigger_after

    def _plain(self, j: int) -> tuple[float, int]:
        """The atoms from j up to the next multiplier, with word atoms joined by «و» («بیست و شش»)."""
        value, k = 0.0, j
        while k < len(self.tokens) and (atom := _atom(self.tokens[k])) is not None:
            value += atom
            k += 1
            if self._atom_at(k + 1) is not None and self.tokens[k].text == "و" \
                    and not self.tokens[k - 1].text[0].isdigit():
                k += 1
        return value, k


def _place(value: float) -> float:
    """The place a following part must fit in: after «بیست» a unit digit, after «یکصد» up to 99."""
    if value >= 100:
        return 100 if value % 100 == 0 else 10
    return 10 if value >= 20 and value % 10 == 0 else 0


def _unit_at(tokens: list[Token], i: int) -> tuple[UnitSpec | None, int]:
    """The longest unit phrase starting at token i, by text or by key."""
    first = tokens[i] if i < len(tokens) else None
    if first is None or not {first.text, first.key, first.text[:-1]} & _UNIT_FIRST_WORDS:
        return None, i  # no unit starts with this word (most words after a number)
    for size in range(_MAX_UNIT_WORDS, 0, -1):
        words = tokens[i : i + size]
        if len(words) < size:
            continue
        forms = [tuple(t.text for t in words), tuple(t.key for t in words)]
        if words[-1].text.endswith("ی") and len(words[-1].text) > 3:  # «۲۵ درصدی», «۲.۵ میلیارد دلاری»
            forms.append((*forms[0][:-1], words[-1].text[:-1]))
        for form in forms:
            spec = _UNIT_PHRASES.get(form)
            if spec:
                return spec, i + size
    return None, i


def _counted_noun(tokens: list[Token], i: int) -> str | None:
    """The noun phrase after a classifier or a number: «جواز تاسیس», «واحد صنعتی»."""
    words: list[str] = []
    for tok in tokens[i : i + 2]:
        if not tok.text[0].isalpha() or is_function_word(tok.text) or tok.text in MULTIPLIERS \
                or tok.text in VERBS_AFTER_NUMBERS:
            break
        words.append(tok.text)
    return " ".join(words) or None


def _qualifier_before(tokens: list[Token], i: int) -> str | None:
    for phrase in _QUALIFIERS_ENDING.get(tokens[i - 1].text, ()) if i else ():
        n = len(phrase)
        if i - n >= 0 and tuple(t.text for t in tokens[i - n : i]) == phrase:
            return " ".join(phrase)
    return None


def _inside(tok: Token, taken: list[Span]) -> bool:
    return any(s.start <= tok.start < s.end for s in taken)


def find_amounts(sentence: str, raw_tokens: list[Token], taken: list[Span]) -> list[Amount]:
    """Every amount in the sentence outside the spans of periods."""
    tokens = _split_glued(raw_tokens)
    reader = _NumberReader(tokens)
    amounts: list[Amount] = []
    i = 0
    while i < len(tokens):
        if _inside(tokens[i], taken) or not reader.starts_number(i):
            i += 1
            continue
        start = i
        value, i = reader.read(i)
        if i == start:
            i += 1
            continue
        value_max = None
        if i + 1 < len(tokens) and tokens[i].text in RANGE_WORDS and reader.starts_number(i + 1) \
                and not _inside(tokens[i + 1], taken):
            high, j = reader.read(i + 1)
            low_mult = any(t.text in MULTIPLIERS for t in tokens[start:i])
            if not low_mult:
                value *= _trailing_scale(tokens[i + 1 : j])
            value_max, i = high, j
        amounts.append(_finish(sentence, tokens, start, i, value, value_max))
    return _share_units(sentence, [a for a in amounts if is_statistic(sentence, a)])


_LIST_GAP = re.compile(r"\s*(?:[،,]|و)\s*")
_SHARED_KINDS = frozenset({"count", "people", "area", "length", "percent"})


def _share_units(sentence: str, amounts: list[Amount]) -> list[Amount]:
    """«۴۵، ۳۸ و ۳۰ واحد»: numbers listed before the one that names the unit share it (not when the last
    carries a scale such as «میلیارد», which the others may not share, unless the list is said
    «به ترتیب»: «به ترتیب ۵۳۰ و ۴۷۰ میلیارد ریال» are both billions)."""
    shared = list(amounts)
    respectively = sentence.find("به ترتیب")
    for k in range(len(shared) - 2, -1, -1):
        here, after = shared[k], shared[k + 1]
        if here.unit is not None or here.noun is not None or not after.unit \
                or not _LIST_GAP.fullmatch(sentence[here.end : after.start]):
            continue
        scaled = any(m in after.text for m in MULTIPLIERS)
        if not scaled and after.kind in _SHARED_KINDS:
            shared[k] = replace(here, unit=after.unit, kind=after.kind, noun=after.noun)
        elif 0 <= respectively < here.start and (scale := _scale_of(after)):
            shared[k] = replace(here, value=here.value * scale, unit=after.unit, kind=after.kind, noun=after.noun,
                                text=f"{here.text} {after.text.split(maxsplit=1)[1]}")
    return shared


def _scale_of(amount: Amount) -> float | None:
    """What the amount's number was multiplied by: 10⁹ for «۱۵۰ میلیارد ریال»."""
    first = amount.text.split(maxsplit=1)[0]
    return amount.value / float(first) if first.replace(".", "", 1).isdigit() and float(first) else None


def _trailing_scale(tokens: list[Token]) -> float:
    scale = 1.0
    for tok in reversed(tokens):
        if tok.text not in MULTIPLIERS:
            break
        scale *= MULTIPLIERS[tok.text]
    return scale


def _finish(sentence: str, tokens: list[Token], start: int, end: int, value: float,
            value_max: float | None) -> Amount:
    spec, after = _unit_at(tokens, end)
    noun: str | None
    unit: str | None
    if spec:
        unit, kind = spec.unit, spec.kind
        value, value_max = value * spec.factor, (value_max * spec.factor if value_max else None)
        noun = _counted_noun(tokens, after) if spec.unit in CLASSIFIERS else spec.unit
        if spec.unit == "واحد":
            noun = "واحد " + (_counted_noun(tokens, after) or "")
        last = after
    else:
        noun = _counted_noun(tokens, end)
        unit, kind = (noun.split()[0] if noun else None), "count"
        last = end + 1 if noun else end
    span_end = tokens[min(last, len(tokens)) - 1].end
    return Amount(
        start=tokens[start].start, end=span_end, value=value, value_max=value_max, unit=unit, kind=kind,
        noun=(noun or "").strip() or None, qualifier=_qualifier_before(tokens, start),
        text=sentence[tokens[start].start : span_end],
    )
