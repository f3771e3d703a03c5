"""«۶۴۰ مگاوات ظرفیت … که ۱۱ درصد این ظرفیت به بهره‌برداری رسیده»: a part given as a share of the whole named
just before it. «چند مگاوات … به بهره‌برداری رسیده» is the whole times the share; «… هنوز به بهره‌برداری
نرسیده» is the whole less it.
"""
import re

from bot.answer.question import TermGroup
from bot.answer.render import amount, grouped
from bot.records import StoredFact

_OF_THIS = re.compile(r"^\s*(?:از\s+)?(?:این|آن)\s+(\S+)")
_CLAUSE_END = re.compile(r"[،؛:.!?؟]|(?<!\w)(?:و|که)(?!\w)")
STILL = re.compile(r"(?<!\w)(?:هنوز|باقی|باقی‌مانده|مانده)(?!\w)")  # «هنوز … نرسیده»: what is left
NOUN_BEFORE = 3  # words before the whole's number in which its noun («با ظرفیت بیش از ۶۴۰ مگاوات») is said


_SHARE_SAID = re.compile(r"درصد\s+(?:از\s+)?(?:این|آن)\s")


def may_state_a_share(whole: StoredFact) -> bool:
    """A cheap look at the sentence before its other figures are read: «… درصد این/آن …» after the number."""
    at = whole.sentence.find(whole.amount_text)
    return at >= 0 and _SHARE_SAID.search(whole.sentence, at) is not None


def said_of_share(whole: StoredFact, percent: StoredFact) -> str | None:
    """What the share is said to have done («به بهره‌برداری رسیده است») when `percent` is a share of `whole`:
    «X درصد این/آن N» after it in its sentence, N said right before the whole's number, no number between."""
    if percent.kind != "percent" or (percent.source.release_id, percent.sentence) != (
            whole.source.release_id, whole.sentence):
        return None
    text = whole.sentence
    at, share_at = text.find(whole.amount_text), text.find(percent.amount_text)
    if at < 0 or share_at <= at or re.search(r"\d", text[at + len(whole.amount_text) : share_at]):
        return None
    after = text[share_at + len(percent.amount_text) :]
    named = _OF_THIS.match(after)
    if not named or named.group(1) not in text[:at].split()[-NOUN_BEFORE:]:
        return None
    rest = after[named.end() :]
    end = _CLAUSE_END.search(rest)
    return rest[: end.start() if end else len(rest)].strip() or None


def _plain(text: str) -> str:
    return text.replace("\u200c", "").replace(" ", "")


def _forms(group: TermGroup) -> list[str]:
    return [_plain(w) for w in (group.text, *group.alternatives) if not w.startswith("#")]


def says(said: str, group: TermGroup) -> bool:
    """The question's word is one of the words said of the share."""
    return any(form in _plain(said) for form in _forms(group))


def negates(said: str, group: TermGroup) -> bool:
    """«نرسیده» of «رسیده», «نشده» of «شده»: the question's verb denies what is said of the share."""
    return any(form.startswith("ن") and len(form) > 3 and form[1:] in _plain(said) for form in _forms(group))


def part_or_rest(whole: StoredFact, percent: StoredFact, rest: bool) -> tuple[float, str]:
    """(value, explanation): the whole times the share, or times what is left of it."""
    share = 100 - percent.value if rest else percent.value
    value = whole.value * share / 100
    shown = f"(۱۰۰ − {grouped(percent.value)})" if rest else grouped(percent.value)
    text = (f"{amount(whole.value, whole.unit, whole.qualifier)} × {shown} درصد ≈ "
            f"{amount(round(value, 2), whole.unit, whole.qualifier)}")
    return value, text
