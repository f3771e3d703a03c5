"""Learning from use: a taught wording is answered with its fact, only while its time words mean the same."""
import pytest

from bot.answer.engine import AnswerEngine
from bot.teaching import answer_taught, reviewable, teach, worth_reviewing
from db import feedback, paraphrases, releases, subscribers

TODAY = (1400, 5, 1)
REFUSED = "سال ۹۹ چند تا کارگاه تعطیل دوباره باز شد"


async def _revived_fact(db) -> int:
    return next(f.id for f in await releases.all_facts(db) if f.value == 1557 and f.period)


async def test_refused_then_taught_then_answered_then_undone(seed_db):
    """The engine refuses the wording; once taught it gets the fact; after undo it is refused again."""
    engine = AnswerEngine(seed_db)
    assert (await engine.answer(REFUSED, TODAY)).answered is False
    assert await answer_taught(engine, seed_db, REFUSED, TODAY) is None
    taught = await teach(seed_db, REFUSED, None, await _revived_fact(seed_db), 1001, TODAY)
    answer = await answer_taught(engine, seed_db, REFUSED + "؟", TODAY)
    assert (answer.answered, answer.value, answer.question) == (True, 1557, REFUSED + "؟")
    assert await paraphrases.undo(seed_db, taught) and not await paraphrases.undo(seed_db, taught)
    assert await answer_taught(engine, seed_db, REFUSED, TODAY) is None


async def test_relative_time_words_do_not_carry_a_teaching_into_another_year(seed_db):
    """«پارسال …» taught in 1400 meant 1399; asked in 1401 it means 1400, so the taught fact does not apply."""
    engine = AnswerEngine(seed_db)
    question = "پارسال چند تا کارگاه تعطیل دوباره باز شد"
    await teach(seed_db, question, None, await _revived_fact(seed_db), 1001, TODAY)
    assert (await answer_taught(engine, seed_db, question, TODAY)).value == 1557
    assert await answer_taught(engine, seed_db, question, (1401, 5, 1)) is None


@pytest.mark.parametrize(("question", "worth"), [
    (REFUSED, True),
    ("🙂", False),
    ("؟؟", False),
    ("سلام", False),
    ("سلام خوبی؟", False),
    ("ممنون", False),
    ("how many units?", False),
    ("کدام؟", False),
])
def test_junk_is_not_offered_for_teaching(question, worth):
    """A lone emoji, punctuation, a greeting, thanks or English never reach /stats' review list."""
    assert worth_reviewing(question, TODAY) is worth


async def test_review_lists_unanswered_and_voted_down_but_not_taught(seed_db):
    """Unanswered and 👎 questions are listed with their counts and reason; a taught wording leaves the list."""
    refused = await subscribers.log_question(seed_db, 7, REFUSED, False, 0.0)
    await subscribers.log_question(seed_db, 8, REFUSED, False, 0.0)
    wrong = await subscribers.log_question(seed_db, 7, "سال ۱۳۹۹ چند واحد راکد احیا شد؟", True, 1.0)
    await subscribers.log_question(seed_db, 7, "سرمایه گذاری سال ۱۳۹۹ چقدر بود؟", True, 1.0)
    await subscribers.log_question(seed_db, 7, "🙂", False, 0.0)
    await feedback.record_vote(seed_db, wrong, None, feedback.DOWN)
    await feedback.record_reason(seed_db, wrong, "منظورم تهران بود")
    listed = [(r.question, r.asked, r.voted_down, r.reason, r.today) for r in await reviewable(seed_db, TODAY)]
    assert listed == [(REFUSED, 2, False, None, True),
                      ("سال ۱۳۹۹ چند واحد راکد احیا شد؟", 1, True, "منظورم تهران بود", True)]
    await teach(seed_db, REFUSED, refused, await _revived_fact(seed_db), 1001, TODAY)
    assert [r.question for r in await reviewable(seed_db, TODAY)] == ["سال ۱۳۹۹ چند واحد راکد احیا شد؟"]
