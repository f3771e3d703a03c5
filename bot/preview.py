"""What an admin sees before publishing: the release's statistics as numbered lines, as corrected so far;
and whether a short text sent after /post is a release at all."""
from bot.answer.render import jalali_date
from bot.corrections import numbered_lines
from bot.extract.model import Extraction
from bot.fact_lines import other_lines
from bot.messages import say
from bot.release import Release
from db.drafts import Correction

MAX_QUESTION_LIKE = 200  # characters: a shorter text without a statistic may be a question typed after /post


def preview_text(release: Release, extraction: Extraction, fixes: list[Correction]) -> str:
    lines = numbered_lines(extraction, fixes) + other_lines(extraction)
    return say("post_preview", title=release.title, date=jalali_date(release.date), facts="\n".join(lines))


def may_be_a_question(release: Release, extraction: Extraction) -> bool:
    """A short text with no statistic: perhaps a question the admin meant to ask, not a release."""
    return not extraction.facts and len(release.body) < MAX_QUESTION_LIKE
