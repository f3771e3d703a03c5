"""The place in force across a release: title → lead → paragraphs → sentences.

A province named by the title or the lead is the release's. A sentence that names one province, or
places in one («مدیرعامل شرکت شهرک‌های صنعتی استان اردبیل گفت», «در یزد، …»), sets it for what
follows, «این استان» included; a round-up moves on when the next paragraph names the next province.
In a national release each paragraph starts again from the whole country. A dateline («همدان – …»)
is where the news was written, not where its figures belong.
"""
import re

from bot.extract.model import Mention
from bot.extract.places import province_of
from bot.extract.sentences import split_sentences

_DATELINE = re.compile(r"^\s*(?:[^\s\d،:.]+\s){0,2}[^\s\d،:.]+\s*[-–—]\s")


def split_paragraphs(body: str) -> list[list[str]]:
    """The body's sentences, grouped by paragraph."""
    return [sentences for line in body.split("\n") if (sentences := split_sentences(line))]


def dateline_end(first_sentence: str) -> int:
    """Where a dateline at the start of the body ends (0 without one)."""
    m = _DATELINE.match(first_sentence)
    return m.end() if m else 0


def single_province(mentions: list[Mention]) -> str | None:
    """The one province the mentions are all in, if they are."""
    named = {province_of(m.value) for m in mentions}
    return named.pop() if len(named) == 1 else None


class PlaceInForce:
    """The province a sentence that names none is about."""

    def __init__(self, release: str | None, national: bool) -> None:
        self.release, self.national = release, national
        self.current = release

    def new_paragraph(self) -> None:
        if self.national:
            self.current = self.release

    def read(self, mentions: list[Mention]) -> None:
        self.current = single_province(mentions) or self.current
