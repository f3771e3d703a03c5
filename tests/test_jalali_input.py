"""The release's date step accepts dates the way the press office types them."""
import pytest

from bot.jalali_input import parse_date_input
from bot.release import ReleaseError

TODAY = (1405, 2, 20)


@pytest.mark.parametrize(("typed", "expected"), [
    ("۱۵ اردیبهشت ۱۴۰۵", "1405-02-15"),
    ("15 اردیبهشت 1405", "1405-02-15"),
    ("۱۵ام اردیبهشت ۱۴۰۵", "1405-02-15"),
    ("۱۵ اردیبهشت ماه ۱۴۰۵", "1405-02-15"),
    ("۳ تیر", "1405-04-03"),
    ("1405/2/15", "1405-02-15"),
    ("۱۴۰۵-۰۲-۱۵", "1405-02-15"),
    ("۱۴۰۵/۲/۱۵", "1405-02-15"),
    ("15/2/1405", "1405-02-15"),
    ("امروز", "1405-02-20"),
    ("دیروز", "1405-02-19"),
    ("پریروز", "1405-02-18"),
    (" ۱ فروردین ۱۴۰۴. ", "1404-01-01"),
])
def test_typed_dates_are_understood(typed, expected):
    """Month names, slashes or dashes, Persian or Latin digits, and «امروز/دیروز» give one stored date."""
    assert parse_date_input(typed, TODAY) == expected


def test_yesterday_crosses_the_new_year():
    """«دیروز» on 1 Farvardin is the last day of Esfand of the year before."""
    assert parse_date_input("دیروز", (1404, 1, 1)) == "1403-12-30"


@pytest.mark.parametrize("typed", ["۳۲ تیر ۱۴۰۵", "1405/13/1", "۳۱ اسفند ۱۴۰۴", "فردای آن روز", "تیر", "۱۴۰۵"])
def test_impossible_or_unclear_dates_are_refused(typed):
    """A day that does not exist, or text that is no date, is refused with the catalogue's «bad_date»."""
    with pytest.raises(ReleaseError) as refused:
        parse_date_input(typed, TODAY)
    assert refused.value.reason == "bad_date"
