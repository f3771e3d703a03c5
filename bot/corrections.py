"""The press office's corrections to a previewed release: a statistic that is not one, or attached to the
wrong place or period, is fixed once, before publishing, by the person who knows the release.

Lines are numbered by the statistic's position in the extraction, which the same text always gives again,
so a correction stays on its line through every new preview; what was chosen is stored as a value (a
province, a period), never as a button's position.
"""
import json
from dataclasses import asdict, dataclass, replace

from bot.answer.render import fa, period_words
from bot.extract.model import Extraction, Fact, Period
from bot.extract.places import find_regions, province_of
from bot.fact_lines import fact_summary, place
from bot.messages import say
from db.drafts import DROP, PERIOD, PLACE, Correction

NATIONAL = ""  # a PLACE correction's value for the whole country
MAX_CHOICES = 8  # provinces, and periods, offered for one line
LINES_PER_ROW = 6  # line numbers per row of the «which line?» keyboard
LINES_PER_PAGE = 60  # and per keyboard: Telegram takes about a hundred buttons under one message


@dataclass(frozen=True, slots=True)
class Choice:
    label: str
    correction: Correction


def choices(body: str, extraction: Extraction, line: int) -> list[Choice]:
    """What line `line` can become: not a statistic, the whole country, a province the release names, or a
    period the release reports; nothing for a line the preview does not have."""
    if not 0 <= line < len(extraction.facts):
        return []
    options = [Choice(say("fix_drop"), Correction(line, DROP)),
               Choice(place(None, None), Correction(line, PLACE, NATIONAL))]
    options += [Choice(place(p, None), Correction(line, PLACE, p)) for p in provinces_named(body, extraction)]
    options += [Choice(period_words(p), Correction(line, PERIOD, json.dumps(asdict(p))))
                for p in periods_reported(extraction)]
    return options


def chosen(body: str, extraction: Extraction, line: int, choice: int) -> Choice | None:
    """The choice a button names by its position, or None for a position the line does not offer."""
    options = choices(body, extraction, line)
    return options[choice] if 0 <= choice < len(options) else None


def line_rows(extraction: Extraction, page: int = 0) -> tuple[list[list[int]], int | None]:
    """One page of the preview's line indices in keyboard rows, and the next page's number (None after the
    last)."""
    first = page * LINES_PER_PAGE
    lines = list(range(len(extraction.facts)))[first:first + LINES_PER_PAGE]
    more = page + 1 if first + LINES_PER_PAGE < len(extraction.facts) else None
    return [lines[i:i + LINES_PER_ROW] for i in range(0, len(lines), LINES_PER_ROW)], more


def provinces_named(body: str, extraction: Extraction) -> list[str]:
    """Provinces in the order the release names them (a city counts as its province)."""
    named = [province_of(m.value) for m in find_regions(body)] + [f.region for f in extraction.facts]
    return _first_seen([p for p in named if p])[:MAX_CHOICES]


def periods_reported(extraction: Extraction) -> list[Period]:
    return _first_seen([f.period for f in extraction.facts if f.period is not None])[:MAX_CHOICES]


def _first_seen[T](items: list[T]) -> list[T]:
    return list(dict.fromkeys(items))


def corrected(extraction: Extraction, fixes: list[Correction]) -> Extraction:
    """The extraction as the admin corrected it: dropped statistics left out, the others moved."""
    by_line = {fix.line: fix for fix in fixes}
    facts = [_applied(fact, by_line.get(i)) for i, fact in enumerate(extraction.facts)]
    return Extraction([f for f in facts if f is not None], extraction.lists, extraction.people)


def _applied(fact: Fact, fix: Correction | None) -> Fact | None:
    if fix is None:
        return fact
    if fix.kind == DROP:
        return None
    if fix.kind == PLACE:
        return replace(fact, region=fix.value or None, place=None)
    return replace(fact, period=Period(**json.loads(fix.value)))


def numbered_lines(extraction: Extraction, fixes: list[Correction]) -> list[str]:
    """«۲. سرمایه‌گذاری: … | سال ۱۴۰۴ | استان اصفهان» per statistic, as corrected; a dropped one says so."""
    by_line = {fix.line: fix for fix in fixes}
    return [_numbered(i, fact, by_line.get(i)) for i, fact in enumerate(extraction.facts)]


def _numbered(index: int, fact: Fact, fix: Correction | None) -> str:
    shown = _applied(fact, fix)
    if shown is None:
        return say("fix_line_dropped", number=line_number(index), line=fact_summary(fact))
    key = "fix_line" if fix is None else "fix_line_corrected"
    return say(key, number=line_number(index), line=fact_summary(shown))


def line_number(index: int) -> str:
    return fa(index + 1)
