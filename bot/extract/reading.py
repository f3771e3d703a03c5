"""One sentence of a release, read: its tokens, keys, periods, places, scopes and amounts."""
from dataclasses import dataclass

from bot.extract.amounts import find_amounts
from bot.extract.context import keyed
from bot.extract.model import Amount, Mention, Period, PeriodMention, Span
from bot.extract.periods import RefDate, find_periods
from bot.extract.places import find_regions, find_scopes
from bot.text.tokens import Token, tokenize


@dataclass(slots=True)
class Sentence:
    text: str
    tokens: list[Token]
    keys: list[set[str]]
    periods: list[PeriodMention]
    regions: list[Mention]
    scopes: list[Mention]
    amounts: list[Amount]
    said: Period | None = None  # «در آذرماه اعلام کرد»: when the figures were given


def read_sentence(text: str, ref: RefDate) -> Sentence:
    tokens = tokenize(text)
    found = find_periods(text, ref, release=True)
    periods = [p for p in found if p.period.kind != "said"]
    said = next((p.period for p in found if p.period.kind == "said"), None)
    return Sentence(text, tokens, keyed(tokens), periods, find_regions(text), find_scopes(text),
                    find_amounts(text, tokens, list(found)), said)


def nearest[S: Span](mentions: list[S], start: int, end: int, lo: int, hi: int) -> S | None:
    """The mention in [lo, hi) closest to the span start..end; on a tie the one before it."""
    inside = [m for m in mentions if lo <= m.start < hi]
    if not inside:
        return None
    return min(inside, key=lambda m: (min(abs(m.start - end), abs(start - m.end)), m.start > start))
