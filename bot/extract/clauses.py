"""What the clause around a figure says: where it ends, and whether it states a stock or a plan."""
import re

from bot.extract.model import Amount

_STOCK_VERB = re.compile(r"(?:^|\s)(?:است|هست|هستند|می‌باشد|می‌باشند|دارد|دارند|وجود دارد|فعال است|"
                         r"فعالیت می‌کنند|کار می‌کنند|مشغولند|مشغول به کارند|شاغلند|شاغل‌اند|مستقرند|فعالند|فعال‌اند|"
                         r"قرار دارند"
                         r"|\S+است)\s*$")  # «در حال اجراست»
_NOT_A_STOCK = re.compile(r"\S+[هة]\s+(?:است|هستند)\s*$|(?:^|\s)(?:بیشتر|کمتر|افزایش|کاهش|رشد)(?:\s|$)")
# Where a clause ends: a comma, «که», «اما», or «و» after a verb («… واگذار شده بود و روند …»).
_CLAUSE_VERBS = ("شد", "شده", "شدند", "بود", "است", "کرد", "کرده", "کردند", "رسید", "رسیده", "رسیدند", "یافت",
                 "یافته", "یافتند", "داشت", "داشته", "دارد", "دارند", "گردید", "ایستاد", "گرفت", "گرفتند", "داد",
                 "دادند", "آمد", "افتاد", "افتادند")
CLAUSE_BREAK = re.compile(rf"[،؛:]|\s(?:که|اما|ولی)\s|(?<![\w\u200c])(?P<verb>{'|'.join(_CLAUSE_VERBS)})\s+و\s")


def is_stock(after_amount: str) -> bool:
    """«… ۶ هزار هکتار است», «… ۱۳ هزار نفر کار می‌کنند»: the amount's clause ends in a present stative verb,
    so the figure is where things stand, not a flow over a period («واگذار شده است» is a flow)."""
    end = CLAUSE_BREAK.search(after_amount)
    clause = after_amount[: end.start() + len(end.group("verb") or "") if end else None].strip(" .!?؟")
    return bool(_STOCK_VERB.search(clause)) and not _NOT_A_STOCK.search(clause)


_BEGUN = re.compile(r"(?:^|\s)(?:آغاز|شروع)\s+شده(?:\s+|\u200c)?(?:است|اند|‌اند)\s*$")


def has_begun(after_amount: str) -> bool:
    """«… عملیات آماده‌سازی در ۲ ناحیه دیگر نیز آغاز شده است»: undated, work that has begun is under way now."""
    end = CLAUSE_BREAK.search(after_amount)
    return bool(_BEGUN.search(after_amount[: end.start() if end else None].strip(" .!?؟")))


_FUTURE = re.compile(r"(?:^|\s)خواه(?:د|ند|یم)(?:\s|$)")


def will_be(after_amount: str) -> bool:
    """«… برای ۷۰۰ نفر شغل ایجاد خواهند کرد»: the amount's clause is in the future tense, so it is a plan. A
    relative clause right after the amount's noun is skipped: in «۳۰ قرارداد که صاحبانشان به تعهدات خود عمل
    نکرده‌اند فسخ خواهد شد» the figure's verb is «فسخ خواهد شد»."""
    end = CLAUSE_BREAK.search(after_amount)
    if end and end.group().strip() == "که" and not any(map(ends_clause, after_amount[: end.start()].split())):
        rest = after_amount[end.end() :]
        later = re.search(r"[،؛:]", rest)
        return bool(_FUTURE.search(rest[: later.start() if later else None]))
    return bool(_FUTURE.search(after_amount[: end.start() + len(end.group("verb") or "") if end else None]))


_GLUED_VERB = re.compile(r"\u200c(?:شد|شده|شدند|کرد|کرده|کردند)$|ه\u200c(?:اند|است)$")  # «ابلاغ‌شده», «داشته‌اند»


def ends_clause(word: str) -> bool:
    """A conjugated verb: «… به سر می‌برند و ۱۰ خوشه …» — the «و» after it starts another clause."""
    return (word in _CLAUSE_VERBS or bool(_GLUED_VERB.search(word))
            or (word.startswith("می") and word.endswith(("ند", "د"))))


def verb_clause_start(words: list[str], before: int, numbers: frozenset[int] = frozenset()) -> int:
    """Where the clause holding word `before` starts when clauses are joined by «و» after a verb, or after an
    event word whose light verb is left to the last clause when that clause holds a number of its own
    (`numbers`: where numbers start): «۱۴۷ فقره ضمانت‌نامه صادر و ۱۱۵ فقره نیز تمدید شده است» — the 147 were
    issued, not renewed; «۱۲۰ واحد احیا و به چرخه تولید بازگشت» is one clause."""
    return next((k + 1 for k in range(before - 1, 0, -1) if words[k] == "و" and (
        ends_clause(words[k - 1]) or (light_verb_left(words[k - 1]) and any(k < n < before for n in numbers)))),
        0)


def light_verb_left(word: str) -> bool:
    """An event word whose «شد/شده است» is left to the clause after the «و» that follows it («صادر و …»)."""
    return word in _ELIDED_LIGHT_VERB


# event words said before «و» with their «شد/شده است» left to the clause after: «صادر و …»
_ELIDED_LIGHT_VERB = frozenset({"صادر", "تمدید", "فسخ", "واگذار", "احیا", "افتتاح", "منعقد", "اعطا", "پرداخت",
                                "تکمیل", "تصویب", "ابلاغ", "جذب", "ثبت", "آزاد", "تعطیل", "متوقف", "بررسی"})


_RESTATED = re.compile(r"^\s*(?:از\s+(?:آنها|آن‌ها|این\s+تعداد)\s+)?یعنی\s*$")


def restates(between: str) -> bool:
    """«۲۳۰ واحد یعنی ۱۷ درصد راکد هستند», «۷ هزار و ۸۵ واحد از آنها یعنی حدود ۱۹ درصد …»: the second number says
    the first again another way, so what the clause says of one it says of both."""
    return bool(_RESTATED.match(between))


# «هیچ ضمانت‌نامه‌ای صادر نشد», «هیچ زمینی … اضافه نشده بود»: «هیچ», a noun with the indefinite «ی», and a
# negated verb in the same clause.
_NONE = re.compile(r"(?<![\w\u200c])هیچ\s+(?P<noun>[^\s،؛:.]+?)(?:\u200cای|ای|ی)(?![\w\u200c])")
_NEGATED_VERB = re.compile(r"(?<![\w\u200c])ن(?:شد|شده|شدند|کرد|کرده|کردند|داشت|داشته|دارد|دارند|گرفت|گرفته|گرفتند"
                           r"|رسید|رسیده|رسیدند|یافت|یافته)(?![\w])")


def said_none(text: str) -> list[Amount]:
    """«برای واحدهای کوچک اردبیل در سال گذشته هیچ ضمانت‌نامه‌ای صادر نشد»: the clause says there were none, an
    explicit 0 of the noun. Only that shape: a noun without «هیچ … ای» and a negated verb is no zero («هیچ شهرک
    و ناحیه صنعتی نداشتیم» says nothing countable of a period)."""
    found = []
    for m in _NONE.finditer(text):
        end = CLAUSE_BREAK.search(text, m.end())
        clause = text[m.end() : end.start() + len(end.group("verb") or "") if end else None]
        if _NEGATED_VERB.search(clause):
            noun = m["noun"]
            found.append(Amount(m.start(), m.end(), 0.0, None, noun, "count", noun, None, m.group()))
    return found
