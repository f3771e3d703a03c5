"""The project's own Persian questions (tests/data/questions.jsonl) answered in-process.

Judged exactly as ../shared/eval/score.py judges: a confident wrong number is the worst failure.
"""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.answer.engine import AnswerEngine
from tests.conftest import ROOT
from tests.judged import answers_of, score

QUESTIONS = [json.loads(line) for line in
             (Path(__file__).parent / "data" / "questions.jsonl").read_text(encoding="utf-8").splitlines() if line]


async def _judge(db, rows):
    answers = await answers_of(db, rows)
    return [(row["id"], *score.judge(row["expect"], answers[row["id"]])) for row in rows]


@pytest.mark.parametrize("db_name", ["seed", "full"])
async def test_question_set(db_name, seed_db, full_db):
    """At least 95% right and not one confident wrong number."""
    rows = [r for r in QUESTIONS if r["db"] == db_name]
    results = await _judge(seed_db if db_name == "seed" else full_db, rows)
    wrong = [r[0] for r in results if r[2]]
    right = sum(1 for r in results if r[1])
    assert wrong == []
    assert right / len(rows) >= 0.95, [r[0] for r in results if not r[1]]


async def test_a_word_no_release_uses_is_named_instead_of_guessing(full_db):
    """«نساجی» never appears in a release: the bot says so and offers what it has, never 24% as textiles."""
    engine = AnswerEngine(full_db)
    for question in ("چند درصد واحدهای آذربایجان شرقی در حوزه نساجی فعالند؟",
                     "چند درصد واحدهای آذربایجان شرقی در حوزه نساجی"):  # the unknown noun last, no verb
        answer = await engine.answer(question, (1403, 5, 1))
        assert not answer.answered and "«نساجی»" in answer.text and "نزدیک‌ترین" in answer.text


async def test_a_compound_asked_with_a_space_is_the_stored_word(full_db):
    answer = await AnswerEngine(full_db).answer("چند شرکت دانش بنیان در شهرک های صنعتی مستقر است؟", (1404, 9, 1))
    assert answer.value == 650


async def test_a_stated_average_is_answered_not_recomputed(full_db):
    """«میانگین سرمایه‌گذاری برای احیای هر واحد حدود ۱۵ میلیارد تومان»: said by the release, so no division."""
    answer = await AnswerEngine(full_db).answer("میانگین سرمایه گذاری برای احیای هر واحد چقدر است؟", (1404, 3, 1))
    assert answer.value == 150e9 and "÷" not in answer.text


async def test_a_permit_is_not_a_licence(full_db):
    """«جواز تاسیس» and «پروانه بهره‌برداری» share a concept but are different counts."""
    engine = AnswerEngine(full_db)
    permits = await engine.answer("امسال تو کرمان چند تا جواز تاسیس دادن؟", (1402, 11, 1))
    licences = await engine.answer("چند پروانه بهره برداری در کرمان صادر شد", (1402, 11, 1))
    assert (permits.value, licences.value) == (420, 180)


async def test_which_province_compares_the_reported_provinces(full_db):
    """«کدام استان … بیشترین …»: the largest provincial figure for that measure and period, said with its caveat."""
    answer = await AnswerEngine(full_db).answer("کدوم استان پارسال بیشترین واحد احیا شده رو داشت؟", (1404, 3, 1))
    assert (answer.region, answer.value) == ("اصفهان", 312) and "بیشترین" in answer.text and "استانی که" in answer.text


async def test_the_first_line_says_what_was_counted_when_and_where(seed_db):
    """A forwarded answer keeps its meaning: the release's words for the measure, the period and the place."""
    answer = await AnswerEngine(seed_db).answer("پارسال چند واحد راکد احیا شد؟", (1400, 4, 10))
    assert answer.text.splitlines()[0] == "۱٬۵۵۷ واحد صنعتی بهره‌برداری غیرفعال — سال ۱۳۹۹، کل کشور."


async def test_the_nearest_figure_is_labelled_with_its_own_period_and_place(seed_db):
    """Refused for another year, the figure offered says which year and place it is for."""
    answer = await AnswerEngine(seed_db).answer("سال ۹۵ چند واحد راکد احیا شد؟", (1400, 4, 10))
    assert not answer.answered and "۱٬۵۵۷ واحد" in answer.text and "سال ۱۳۹۹، کل کشور" in answer.text


def test_storage_does_not_load_the_question_parser():
    """`db/` depends only on plain row types (bot.records), never on bot.answer."""
    code = "import sys, db.releases; print(sorted(m for m in sys.modules if m.startswith('bot.answer')))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert done.stdout.strip() == "[]"


async def test_a_running_total_does_not_answer_what_was_new_this_year(engine_over):
    """«از انعقاد ۹۰۰ قرارداد … خبر داد» counts every contract so far: it is offered, not stated as this year's."""
    engine = await engine_over([("1403-10-12", "مدیرعامل شرکت شهرک‌های صنعتی استان زنجان از انعقاد "
                                                        "۹۰۰ قرارداد واگذاری زمین با سرمایه‌گذاران خبر داد.")])
    answer = await engine.answer("زنجان امسال چند قرارداد جدید واگذاری زمین داشت", (1403, 11, 1))
    assert not answer.answered and "۹۰۰" in answer.text


async def test_the_whole_count_so_far_is_the_running_total_not_one_years(engine_over):
    engine = await engine_over([
        ("1400-02-01", "در استان زنجان در سال ۱۳۹۹ تعداد ۱۲۰ قرارداد واگذاری زمین منعقد شد."),
        ("1403-10-12", "تاکنون ۹۰۰ قرارداد واگذاری زمین در استان زنجان منعقد شده است."),
    ])
    answer = await engine.answer("کل قراردادهای واگذاری زمین زنجان چند تا شده", (1404, 2, 1))
    assert answer.answered and answer.value == 900


async def test_who_works_there_now_is_not_answered_by_a_plan(engine_over):
    """«کار می‌کنند» asks about today: «… برای ۳۰۰ نفر اشتغال ایجاد خواهند کرد» is a target, not the answer."""
    engine = await engine_over([("1404-05-01", "در شهرک‌های صنعتی استان زنجان ۲۰ طرح جدید افتتاح شد "
                                                        "که برای ۳۰۰ نفر اشتغال ایجاد خواهند کرد.")])
    answer = await engine.answer("چند نفر تو شهرکهای صنعتی زنجان کار میکنن", (1404, 6, 1))
    assert not answer.answered
