"""Over-refusal (issue #13, item 1): only a content word no release uses stops an answer with «درباره‌ی …
چیزی … نیامده»; words of speech, adverbs and the words a question asks with never do, and a comparative or
a unit no release uses is not named but gets no single stored figure as its answer."""
import pytest

from bot.answer.blocking import CONTENT, OTHER, QUALIFIER, role


@pytest.mark.parametrize(("word", "expected"), [
    # spoken verbs, clitics, adverbs and fillers: how a question is put
    ("بشه", OTHER), ("هستن", OTHER), ("داره", OTHER), ("بگی", OTHER), ("میتونی", OTHER), ("شدن", OTHER),
    ("داشتن", OTHER), ("تونستن", OTHER), ("باشه", OTHER), ("روی‌هم", OTHER), ("حداقل", OTHER),
    ("واقعا", OTHER), ("دقیقا", OTHER), ("کلا", OTHER), ("تقریبی", OTHER),
    # the words a question asks with
    ("مجموع", OTHER), ("تعداد", OTHER), ("میزان", OTHER), ("رقم", OTHER), ("آمار", OTHER),
    # words that change which number is asked: comparisons, ranks, negations, units
    ("مقایسه", QUALIFIER), ("تفاوت", QUALIFIER), ("بیشتری", QUALIFIER), ("کمتر", QUALIFIER),
    ("بالاترین", QUALIFIER), ("بزرگترین", QUALIFIER), ("نشدن", QUALIFIER), ("نمیشه", QUALIFIER),
    ("یورو", QUALIFIER), ("مگاوات", QUALIFIER), ("تن", QUALIFIER),
    # nouns and adjectives that name a measure, a sector or a place, whatever their shape
    ("نساجی", CONTENT), ("خودروسازی", CONTENT), ("نفت", CONTENT), ("پالایشگاه", CONTENT), ("عراق", CONTENT),
    ("تورم", CONTENT), ("پسته", CONTENT), ("چرم", CONTENT), ("برنج", CONTENT), ("میگو", CONTENT),
    ("دفتر", CONTENT), ("کالا", CONTENT), ("خارجی", CONTENT), ("نمک", CONTENT),
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
