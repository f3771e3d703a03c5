"""Over-refusal (issue #13, item 1): only a content word no release uses stops an answer with «درباره‌ی …
چیزی … نیامده»; words of speech, adverbs and the words a question asks with never do, and a comparative or
a unit no release uses is not named but gets no single stored figure as its answer."""
import pytest

from bot.answer.blocking import CONTENT, OTHER, QUALIFIER, role
from bot.answer.engine import AnswerEngine
from bot.answer.question import analyze

NOT_MENTIONED = "چیزی در اخبار سازمان نیامده"


@pytest.mark.parametrize(("word", "expected"), [
    # spoken verbs, clitics, adverbs and fillers: how a question is put
    ("بشه", OTHER), ("هستن", OTHER), ("داره", OTHER), ("بگی", OTHER), ("میتونی", OTHER), ("شدن", OTHER),
    ("داشتن", OTHER), ("تونستن", OTHER), ("باشه", OTHER), ("روی‌هم", OTHER), ("حداقل", OTHER),
    ("واقعا", OTHER), ("دقیقا", OTHER), ("کلا", OTHER), ("تقریبی", OTHER), ("ممکنه", OTHER), ("اوضاع", OTHER),
    ("کنه", OTHER), ("کنن", OTHER),
    # the words a question asks with
    ("مجموع", OTHER), ("تعداد", OTHER), ("میزان", OTHER), ("رقم", OTHER), ("آمار", OTHER),
    # words that change which number is asked: comparisons, ranks, negations, units
    ("مقایسه", QUALIFIER), ("تفاوت", QUALIFIER), ("بیشتری", QUALIFIER), ("کمتر", QUALIFIER),
    ("بالاترین", QUALIFIER), ("بزرگترین", QUALIFIER), ("آخرین", QUALIFIER), ("اولین", QUALIFIER),
    ("نشدن", QUALIFIER), ("نمیشه", QUALIFIER),
    ("یورو", QUALIFIER), ("مگاوات", QUALIFIER), ("تن", QUALIFIER),
    # nouns and adjectives that name a measure, a sector or a place, whatever their shape
    ("نساجی", CONTENT), ("خودروسازی", CONTENT), ("نفت", CONTENT), ("پالایشگاه", CONTENT), ("عراق", CONTENT),
    ("تورم", CONTENT), ("پسته", CONTENT), ("چرم", CONTENT), ("برنج", CONTENT), ("میگو", CONTENT),
    ("دفتر", CONTENT), ("کالا", CONTENT), ("خارجی", CONTENT), ("نمک", CONTENT), ("ماشین", CONTENT),
    ("بنزین", CONTENT),
])
def test_a_word_is_content_only_when_it_names_something(word, expected):
    """«پسته» is not «پست» with a clitic, «چرم» not a verb, «دفتر» not a comparative; «بشه» names nothing."""
    assert role(word) == expected


@pytest.mark.parametrize(("word", "question", "expected"), [
    ("بشکه", "چند بشکه صادر شد؟", QUALIFIER),
    ("بشکه", "صادرات بشکه‌ای چقدر بود؟", CONTENT),
])
def test_a_classifier_is_a_unit_only_where_a_unit_is_said(word, question, expected):
    """hazm's classifiers («بشکه») are units after «چند», «به» or a number, and otherwise nouns."""
    assert role(word, question) == expected


@pytest.mark.parametrize(("question", "today", "value"), [
    ("میشه بگی لرستان امسال چند هکتار زمین صنعتی واگذار کرده؟", (1403, 12, 25), 210),
    ("تو ۱۰ ماهه ۱۴۰۲ چند تا کارگاه آماده ساخته شد، میتونی بگی؟", (1402, 12, 1), 430),
    ("تو کرمان تو ۹ ماهه ۱۴۰۲ حداقل چند تا جواز تاسیس صادر شده؟", (1402, 12, 1), 420),
    ("کلاً چند تا خوشه صنعتی تو اصفهان فعالن؟", (1404, 7, 1), 18),
    ("الان واقعاً چند تا شرکت دانش‌بنیان تو شهرک‌ها هستن؟", (1404, 9, 1), 650),
    ("خوشه‌های صنعتی اصفهان پارسال چند میلیون دلار صادرات داشتن؟", (1404, 7, 1), 290e6),
], ids=["request-verb", "can-you-say", "at-least", "all-in-all", "really", "they-had"])
async def test_a_word_of_speech_no_release_uses_does_not_stop_the_answer(full_db, question, today, value):
    """These were refused «درباره‌ی «بگی» (…) چیزی … نیامده»; the figure asked for is in a release."""
    answer = await AnswerEngine(full_db).answer(question, today)
    assert answer.answered and answer.value == value and NOT_MENTIONED not in answer.text


async def test_a_spoken_form_is_matched_as_the_written_word_a_release_uses(full_db):
    """«سرمایه‌گذاریشون» is «سرمایه‌گذاری» with «-شون»: found as such, not left out of the match (it was
    refused as a word no release uses, then answered «نمی‌دانم»)."""
    question = "واحدهای جدید اصفهان تو نیمه اول ۱۴۰۴ سرمایه‌گذاریشون چقدر بوده؟"
    answer = await AnswerEngine(full_db).answer(question, (1404, 9, 1))
    assert answer.answered and answer.value == 124e12


@pytest.mark.parametrize(("question", "today"), [
    ("لرستان امسال چند هکتار زمین بیشتری نسبت به پارسال واگذار کرده؟", (1403, 12, 25)),
    ("بزرگترین شهرک صنعتی لرستان چند هکتاره؟", (1403, 12, 25)),
    ("صادرات خوشه‌های صنعتی اصفهان سال ۱۴۰۳ به یورو چقدر بوده؟", (1404, 7, 1)),
    ("تو ۱۴۰۳ چند تا واحد راکد هنوز احیا نشدن؟", (1403, 12, 25)),
], ids=["more-than", "largest", "in-euros", "not-revived"])
async def test_a_qualifier_no_release_uses_is_not_answered_with_one_stored_figure(full_db, question, today):
    """«… زمین بیشتری …» asks how many more: not the 210 hectares given (a confident wrong number), and not
    «درباره‌ی «بیشتری» چیزی … نیامده» either, but «نمی‌دانم» with what is known."""
    answer = await AnswerEngine(full_db).answer(question, today)
    assert not answer.answered and NOT_MENTIONED not in answer.text


@pytest.mark.parametrize(("question", "unknown"), [
    ("میشه بگی چند تا واحد نساجی تو شهرک‌های اصفهان فعالن؟", ["نساجی"]),
    ("واحدهای خودروسازی قزوین چند نفر رو سر کار آوردن؟", ["خودروسازی"]),
    ("وزارت نفت امسال چند تا پالایشگاه جدید افتتاح کرده؟", ["وزارت", "نفت", "پالایشگاه"]),
    ("نرخ سود وام‌های صنایع کوچک چند درصده؟", ["نرخ", "سود"]),
    ("تعداد گردشگرای خارجی که به اصفهان اومدن چقدره؟", ["گردشگرای", "خارجی"]),
], ids=["textiles", "car-making", "oil-ministry", "interest-rate", "tourists"])
async def test_a_topic_no_release_covers_is_named_and_refused(full_db, question, unknown):
    """Out of scope, asked in everyday speech: the words that name the topic, and only those, are said to be
    in no release, and no figure is given."""
    engine = AnswerEngine(full_db)
    today = (1403, 12, 25)
    assert await engine.retriever.unknown_words(analyze(question, today)) == unknown
    assert not (await engine.answer(question, today)).answered
