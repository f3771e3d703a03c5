"""A preview's corrections, in the core: what each choice does to the statistic that is stored."""
import pytest

from bot.corrections import choices, chosen, corrected, line_rows, numbered_lines
from bot.extract.model import Extraction, Fact, Period
from bot.release import Release
from db import drafts
from db.drafts import DROP, PERIOD, PLACE, Correction

YEAR_1404 = Period(140401, 140412, "year", "1404")
UNTIL_RELEASE = Period(140501, 140502, "point", "1405-02-10")
BODY = "در سال ۱۴۰۴ در استان یزد ۴۲ واحد افتتاح شد و در استان کرمان ۱۹ واحد راکد احیا شد."


def fact(value: float, region: str, period: Period, place: str | None = None) -> Fact:
    return Fact(value, None, "واحد", "count", None, None, period, region, None, False, "", "", {}, place)


EXTRACTION = Extraction([fact(42, "یزد", YEAR_1404, place="اردکان"), fact(19, "کرمان", UNTIL_RELEASE)], [], [])


def test_choices_offer_drop_country_the_named_provinces_and_the_reported_periods():
    """In this order, each province and period once, whatever line is corrected."""
    assert [c.label for c in choices(BODY, EXTRACTION, 1)] == [
        "این آمار نیست", "کل کشور", "استان یزد", "استان کرمان", "سال ۱۴۰۴", "تا ۱۰ اردیبهشت ۱۴۰۵"]


@pytest.mark.parametrize(("line", "choice"), [(2, 0), (-1, 0), (0, 6), (0, -1)])
def test_a_line_or_choice_the_preview_does_not_have_is_no_correction(line, choice):
    """A forged button's positions name nothing, so nothing is stored."""
    assert chosen(BODY, EXTRACTION, line, choice) is None


@pytest.mark.parametrize(("fix", "expected"), [
    (Correction(0, DROP), [(19, "کرمان", UNTIL_RELEASE)]),
    (Correction(0, PLACE, ""), [(42, None, YEAR_1404), (19, "کرمان", UNTIL_RELEASE)]),
    (Correction(0, PLACE, "کرمان"), [(42, "کرمان", YEAR_1404), (19, "کرمان", UNTIL_RELEASE)]),
    (chosen(BODY, EXTRACTION, 1, 4).correction, [(42, "یزد", YEAR_1404), (19, "کرمان", YEAR_1404)]),
])
def test_a_correction_changes_the_statistic_that_is_stored(fix, expected):
    """Dropped, moved to the whole country or a province (the finer place dropped with it), or re-dated."""
    facts = corrected(EXTRACTION, [fix]).facts
    assert [(f.value, f.region, f.period) for f in facts] == expected
    assert all(f.place is None for f in facts if f.region != "یزد")


def test_numbered_lines_keep_their_numbers_and_mark_what_was_corrected():
    """A dropped line stays in place saying so, a corrected one carries ✏️."""
    lines = numbered_lines(EXTRACTION, [Correction(0, DROP), Correction(1, PERIOD, chosen(BODY, EXTRACTION, 1, 4)
                                                                       .correction.value)])
    assert lines[0].startswith("۱. حذف شد (این آمار نیست): ۴۲ واحد")
    assert lines[1] == "۲. ۱۹ واحد | سال ۱۴۰۴ | استان کرمان ✏️"


async def test_a_later_choice_replaces_the_earlier_and_a_new_date_keeps_them(seed_db):
    """One correction per line and draft, the latest wins; the draft of a new date carries them over."""
    release = Release(BODY, "1405-02-10", "یزد و کرمان", "hash-of-the-body")
    first = await drafts.create_draft(seed_db, 1, 1, release)
    await drafts.save_correction(seed_db, first, Correction(1, DROP))
    await drafts.save_correction(seed_db, first, Correction(1, PLACE, "یزد"))
    second = await drafts.create_draft(seed_db, 1, 1, release)
    await drafts.carry_corrections(seed_db, first, second)
    assert await drafts.corrections(seed_db, second) == [Correction(1, PLACE, "یزد")]


@pytest.mark.parametrize(("facts", "page", "shown", "more"), [
    (2, 0, [[0, 1]], None),
    (60, 0, [list(range(i, i + 6)) for i in range(0, 60, 6)], None),
    (61, 0, [list(range(i, i + 6)) for i in range(0, 60, 6)], 1),
    (61, 1, [[60]], None),
    (2, 5, [], None),
])
def test_line_keyboards_come_in_pages_telegram_accepts(facts, page, shown, more):
    """A long release's lines are offered sixty at a time, six a row, with the next page's number."""
    many = Extraction([EXTRACTION.facts[0]] * facts, [], [])
    assert line_rows(many, page) == (shown, more)
