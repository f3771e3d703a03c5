"""A release as the press office sends it: text with a Jalali date and a title.

Front matter (`date:` / `title:` between `---` lines, keys in any case, spaces around the colon) is read when
present; the admin or the command line may give either instead. The same text posted twice is recognised by a
hash of its normalised body.
"""
import hashlib
import re
from dataclasses import dataclass

import jdatetime

from bot.lang.letters import ARABIC_TO_PERSIAN
from bot.text.normalize import normalize

MAX_BYTES = 1_000_000
_FRONT_MATTER = re.compile(r"\A\ufeff?\s*---\s*\n(.*?)\n---\s*\n", re.S)
_DATE_IN_TEXT = re.compile(r"(?<!\d)(1[34]\d\d)[/\-.](\d{1,2})[/\-.](\d{1,2})(?!\d)")
_TITLE_WORDS = 14


class ReleaseError(ValueError):
    """A release that cannot be stored; `reason` is a key of the message catalogue."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True, slots=True)
class Release:
    body: str
    date: str  # Jalali YYYY-MM-DD
    title: str
    content_hash: str

    @property
    def ref(self) -> tuple[int, int, int]:
        y, m, d = (int(p) for p in self.date.split("-"))
        return y, m, d

    @property
    def date_key(self) -> int:
        return int(self.date.replace("-", ""))


def parse_jalali(text: str) -> str:
    """«۱۴۰۰/۴/۳» or «1400-04-03» -> «1400-04-03»; ReleaseError when it is not a real Jalali date."""
    m = _DATE_IN_TEXT.fullmatch(text.strip().translate(ARABIC_TO_PERSIAN))
    if not m:
        raise ReleaseError("bad_date", text)
    y, mo, d = (int(g) for g in m.groups())
    try:
        jdatetime.date(y, mo, d)
    except ValueError as err:
        raise ReleaseError("bad_date", text) from err
    return f"{y:04d}-{mo:02d}-{d:02d}"


def decode(data: bytes) -> str:
    """UTF-8 text of at most 1 MB, or ReleaseError."""
    if len(data) > MAX_BYTES:
        raise ReleaseError("too_large", str(len(data)))
    if b"\x00" in data:
        raise ReleaseError("binary")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ReleaseError("not_utf8") from err


def parse_release(text: str, date: str | None = None, title: str | None = None,
                  default_date: str | None = None) -> Release:
    """Build a release from its text; explicit date and title override the front matter, and `default_date`
    is used only when neither the front matter nor the first or last lines give a date."""
    meta, body = _split_front_matter(text)
    body = body.strip()
    if len(normalize(body)) < 20:
        raise ReleaseError("empty")
    found_date = date or meta.get("date") or _date_in_body(body) or default_date
    if not found_date:
        raise ReleaseError("no_date")
    return Release(
        body=body,
        date=parse_jalali(found_date),
        title=(title or meta.get("title") or _title_from(body)).strip(),
        content_hash=content_hash(body),
    )


def content_hash(body: str) -> str:
    canonical = re.sub(r"\s+", " ", normalize(body)).strip()
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _split_front_matter(text: str) -> tuple[dict[str, str], str]:
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    meta = {}
    for line in m.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep:
            meta[key.strip().lower()] = value.strip().strip('"')
    return meta, text[m.end():]


def _date_in_body(body: str) -> str | None:
    lines = body.strip().splitlines()
    for line in lines[:2] + lines[-2:]:
        m = _DATE_IN_TEXT.search(line.translate(ARABIC_TO_PERSIAN))
        if m:
            return m.group()
    return None


def _title_from(body: str) -> str:
    first = re.split(r"[.!؟?\n]", normalize(body), maxsplit=1)[0]
    words = first.split()
    return " ".join(words[:_TITLE_WORDS]) + (" …" if len(words) > _TITLE_WORDS else "")
