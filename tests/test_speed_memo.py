"""Answers remembered between questions (db.memo) never outlive the facts they were worked out from."""
from bot.answer.engine import AnswerEngine
from bot.ingest import ingest
from bot.release import parse_release

TODAY = (1401, 2, 1)


NEW_WORD = ("---\ndate: 1401-01-25\ntitle: تشکیل کنسرسیوم‌های صادراتی\n---\n"
            "مدیرعامل سازمان صنایع کوچک و شهرک‌های صنعتی ایران گفت: در سال ۱۴۰۰ تعداد ۲۳ کنسرسیوم صادراتی"
            " در کشور تشکیل شد.\n")


async def test_a_word_first_used_by_a_new_release_is_known_at_once(seed_db):
    """A word no release had used is named as unknown; once a release uses it, the next question is answered."""
    engine, asked = AnswerEngine(seed_db), "سال ۱۴۰۰ چند کنسرسیوم صادراتی تشکیل شد؟"
    assert (await engine.answer(asked, TODAY)).answered is False
    await ingest(seed_db, parse_release(NEW_WORD))
    answer = await engine.answer(asked, TODAY)
    assert (answer.answered, answer.value) == (True, 23)
