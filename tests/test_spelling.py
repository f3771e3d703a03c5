"""A word no release uses is read as the stored word one typo away, and only when that word is unique."""
import pytest

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
    assert Speller(KNOWN).correct(typed) == expected
