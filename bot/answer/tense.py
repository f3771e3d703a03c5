"""What the question's verb asks: a plan or an achievement, a present state or what a period added.

Persian puts the verb last, so most of this reads the end of the question: «… رسانده‌اند» (done),
«… خواهند کرد», «قرار است …» (planned), «… کار می‌کنند» (where things stand), «… چقدره؟» (no verb at all).
"""
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.answer.question import TermGroup

# «خواهند کرد» is the future; «می‌خواهند» («they want») is not
_FUTURE = re.compile(r"(?<!\w)(?<!می\u200c)(?<!می )خواهن?د(?!\w)|(?<!\w)قرار (?:است|هست|بود)")
_PRESENT = re.compile(r"(?<!\w)می[\u200c ]?(?:کن|شو|ده|ساز|رس|آفرین)\w*")
# «کار می‌کنند», «فعالیت می‌کنند»: the present of a state says what is so now, never what is planned
_PRESENT_STATE = re.compile(r"(?<!\w)(?:کار|فعالیت)\s+می[\u200c ]?کن\w*")
# the question ends in a past or perfect verb, not the copula: what was done («… رسانده‌اند», «… واگذار شد»)
_DONE = re.compile(r"(?:ه[\u200c ]?(?:اند|است|بود|بودند)|(?<!\w)(?:شد|شدند|کرد|کردند|رسید|رسیدند|داد|دادند|گرفتند))"
                   r"\s*[؟?!.]*\s*$")
# the question closes on the quantity word or the copula, present or past («… چند میلیارد تومان بود»): the past
# copula says what a figure was, not that something was done
_COPULA_END = re.compile(r"(?<!\w)(?:چقدر|چند|چیست|است|هست|بود|بودند)\s*[؟?!.]*\s*$")
# a present stative verb: where things stand now («چند نفر … کار می‌کنند», «… وجود دارد», «… شاغل‌اند»)
_STATE = re.compile(r"(?:(?<!\w)(?:کار|فعالیت)\s+می[\u200c ]?کن\w*|(?<!\w)وجود\s+دار\w*|(?<!\w)هستند"
                    r"|(?<!\w)(?:شاغل|مشغول|مستقر|فعال)[\u200c ]?(?:اند|ند|هستند)|(?<!\w)مشغول به کار\w*)"
                    r"\s*[؟?!.]*\s*$")


def wants_target(groups: list["TermGroup"], normalized: str) -> bool:
    """A plan is asked by a planning verb («هدف‌گذاری شده», «قرار است»), the future tense, or a plan noun
    («هدف صادرات») unless the verb says it was done: «چند خوشه برنامه عملیاتی خود را به پایان رسانده‌اند»
    asks what was achieved, whatever the programme is called."""
    if any("#تحقق" in g.alternatives for g in groups):
        return False
    planned = [g for g in groups if "#برنامه" in g.alternatives]
    return bool(_FUTURE.search(normalized) or any(g.verbal or g is _verb_noun(groups) for g in planned)
                or (planned and not _DONE.search(normalized)))


def _verb_noun(groups: list["TermGroup"]) -> "TermGroup | None":
    """The word the closing verb is made of: «پیش‌بینی» of «… پیش‌بینی کرده‌اند»."""
    k = len(groups)
    while k and groups[k - 1].verbal:
        k -= 1
    return groups[k - 1] if 0 < k < len(groups) else None


def _verbless(groups: list["TermGroup"], normalized: str) -> bool:
    """«سرمایه‌گذاری … در ۷ شهرک فناوری چقدره؟»: no verb but the copula says neither done nor planned."""
    return not any(g.verbal for g in groups) and bool(_COPULA_END.search(normalized))


def _present_tense(normalized: str) -> bool:
    """«… ایجاد می‌کنند؟» may mean done or planned; «… کار می‌کنند؟» asks who works there today."""
    return bool(_PRESENT.search(_PRESENT_STATE.sub(" ", normalized)))


def open_tense(groups: list["TermGroup"], normalized: str) -> bool:
    """Neither done nor planned is said: a present tense that may mean either, or only the copula."""
    return _present_tense(normalized) or _verbless(groups, normalized)


def asks_state(normalized: str) -> bool:
    return bool(_STATE.search(normalized))


def asks_done(normalized: str) -> bool:
    return bool(_DONE.search(normalized))
