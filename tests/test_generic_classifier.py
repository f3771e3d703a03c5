"""A generic classifier («مورد», «فقره») counts the noun it classifies: «چند واحد» is answered by «… واحدها … ۳۱۲
مورد», never by a figure of something else counted in «مورد»."""
import pytest

from bot.answer.engine import AnswerEngine
from bot.ingest import ingest
from bot.release import parse_release

RELEASE = ("---\ndate: 1402-08-10\ntitle: گزارش شهرک‌های صنعتی همدان\n---\n"
           "مدیرعامل شرکت شهرک‌های صنعتی همدان گفت: تعداد واحدهای به بهره‌برداری رسیده و تعداد پروانه‌های ساخت صادرشده "
           "در شهرک‌های استان از ۲۹۰ و ۵۰۰ مورد در پایان سال ۱۴۰۱ به ترتیب به ۳۱۲ و ۵۴۰ مورد رسیده است.\n")


@pytest.mark.parametrize(("question", "value"), [
    ("الان چند تا واحد در شهرکهای صنعتی همدان به بهره برداری رسیده", 312),
    ("الان چند پروانه ساخت در شهرکهای همدان صادر شده", 540),
])
async def test_a_count_in_mowred_answers_for_the_noun_it_classifies(seed_db, question, value):
    await ingest(seed_db, parse_release(RELEASE))
    answer = await AnswerEngine(seed_db).answer(question, (1402, 9, 1))
    assert (answer.answered, answer.value) == (True, value)
