"""A word no release uses is read as the stored word one typo away, and only when that word is unique."""
import pytest

from bot.answer.question import analyze
from bot.answer.spelling import Speller

KNOWN = {"سرمایهگذاری", "احیا", "شهرک", "بهرهبرداری", "واگذاری", "واگذار", "#احیا"}


@pytest.mark.parametrize(("typed", "expected"), [
    ("سرمایهگزاری", "سرمایهگذاری"),   # substitution
    ("بهرهبردری", "بهرهبرداری"),      # deletion
    ("شهرکک", "شهرک"),                # insertion
    ("احیا", None),                   # known already
    ("ماشین", None),                  # nothing near
    ("واگذارر", None),                # «واگذار» and «واگذاری» both one edit away: left alone
])
def test_correct(typed, expected):
    """Each kind of single typo is mended; known and far-off words are left alone."""
    assert Speller(dict.fromkeys(KNOWN, 1)).correct(typed) == expected


@pytest.mark.parametrize(("text", "regions"), [
    ("خوزتسان سال ۹۷ چند واحد به بهره برداری رسید", ("خوزستان",)),  # two letters swapped
    ("مازندارن چند شهرک صنعتی دارد", ("مازندران",)),
    ("چهارمحال و خراسان شمالی امسال روی هم چند قرارداد فسخ کردند", ("چهارمحال و بختیاری", "خراسان شمالی")),
    ("چهارمحال و بختیاری پارسال چند هکتار زمین واگذار کرد", ("چهارمحال و بختیاری",)),  # already in full
])
def test_province_names_as_readers_type_them(text, regions):
    assert analyze(text, (1404, 10, 20)).regions == regions
