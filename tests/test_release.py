"""Bad input is refused with a reason; good input keeps its date and title."""
import pytest

from bot.release import ReleaseError, decode, parse_release

BODY = "در سال گذشته ۱۵۵۷ واحد صنعتی راکد در شهرک‌های صنعتی کشور به چرخه تولید بازگشت."


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty"),
    (b"   \n  ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
    ("متن".encode("utf-16"), "not_utf8"),
    (b"\xd9\x85\xff\xfe text", "not_utf8"),
    (b"x" * 10_000_000, "too_large"),
])
def test_bad_input_is_refused(data, reason):
    """Empty, binary, invalid UTF-8 and 10 MB inputs each get their own reason."""
    with pytest.raises(ReleaseError) as err:
        parse_release(decode(data), date="1400-04-03")
    assert err.value.reason == reason


def test_front_matter_date_and_title():
    """Front matter gives the date and title; the CLI date overrides it."""
    text = f"---\ndate: ۱۴۰۰/۰۴/۰۳\ntitle: عنوان\n---\n{BODY}"
    assert (parse_release(text).date, parse_release(text).title) == ("1400-04-03", "عنوان")
    assert parse_release(text, date="1401-01-05").date == "1401-01-05"


def test_missing_date_and_bad_date():
    """No date anywhere, or an impossible Jalali date, is refused."""
    with pytest.raises(ReleaseError, match="no_date"):
        parse_release(BODY)
    with pytest.raises(ReleaseError, match="bad_date"):
        parse_release(BODY, date="1400-13-40")


def test_title_from_first_sentence_and_same_text_same_hash():
    """A missing title comes from the first sentence; Arabic letters do not make a new release."""
    a = parse_release(BODY, date="1400-04-03")
    b = parse_release(BODY.replace("ی", "ي").replace("ک", "ك"), date="1400-04-03")
    assert a.title.startswith("در سال گذشته") and a.content_hash == b.content_hash


@pytest.mark.parametrize("line", ["Date: 1400/04/03", "date : 1400-04-03", "DATE:۱۴۰۰/۰۴/۰۳", "  Date :  1400-4-3 "])
def test_front_matter_date_key_in_any_case_and_spacing_beats_the_default(line):
    """`Date:` and `date :` are the release date; the posting day is only a fallback for a dateless text."""
    release = parse_release(f"---\r\n{line}\r\nTitle : عنوان\r\n---\r\n{BODY}", default_date="1404-09-05")
    assert (release.date, release.title) == ("1400-04-03", "عنوان")


def test_default_date_only_for_a_text_without_one():
    """A text with no date anywhere takes the default (the day it is posted)."""
    assert parse_release(BODY, default_date="1404-09-05").date == "1404-09-05"
