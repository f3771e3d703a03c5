"""When a figure is: its own period, the one its clause or paragraph carries, or the release date.

A period attaches to the nearest figure in its clause; a figure with none takes the period of its
clause, then a stock («… هکتار است») stands on the release date, then the period the discourse carries.
"""
import re

from bot.extract.clauses import CLAUSE_BREAK, ends_clause, has_begun, is_stock
from bot.extract.model import Amount, Period, PeriodMention
from bot.extract.periods import RefDate, find_periods, is_baseline, point_at_month_end, same_months_as, settle
from bot.extract.reading import Sentence, nearest


def title_period(title: str, ref: RefDate) -> Period | None:
    """The span a release's (normalised) title names, if any; a span still to come («در ۵ سال آینده») is a
    plan's horizon, not what the release reports on."""
    month = ref[0] * 100 + ref[1]
    return next((p.period for p in find_periods(title, ref, release=True)
                 if p.period.kind != "point" and p.period.start <= month), None)


class Carry:
    """The period a sentence without one inherits: the lead period of the last sentence that named one."""

    def __init__(self, ref: RefDate, reported: Period | None) -> None:
        self.period: Period | None = reported
        self.reported = reported  # the span the release reports on: each paragraph and each province starts from it
        self.ref = self.as_of = ref
        self.now = Period(ref[0] * 100 + ref[1], ref[0] * 100 + ref[1], "point", f"{ref[0]}-{ref[1]:02d}-{ref[2]:02d}")

    def new_paragraph(self, national: bool) -> None:
        """A national release's paragraphs each return to its span; a provincial one's continue
        («سرمایه‌گذاری این واحدها …» after «در شش ماهه نخست امسال ۸۶ واحد …»)."""
        if national:
            self.period = self.reported or self.period
        self.as_of = self.ref

    def hear(self, said: Period | None) -> None:
        """«در آذرماه اعلام کرد»: «امسال» in this paragraph runs to Azar, not to the release date."""
        if said is not None:
            self.as_of = (said.start // 100, said.start % 100, 31)

    def new_province(self) -> None:
        """A round-up's next province: nothing said of the last one's time holds for it."""
        self.period = self.reported

    def learn_reported(self, period: Period | None) -> None:
        """The lead's first figure says what the release reports on, when the title did not."""
        if self.reported is None and period is not None and period.kind != "point":
            self.reported = period

    def is_future(self, period: Period | None) -> bool:
        """«تا پایان امسال» said before the year's end, «سال آینده» said in Esfand: a date or a span still to
        come, so its figure can only be planned or expected."""
        return period is not None and period.kind not in ("same", "said") and period.start > self.now.start


_OWN_GAP = re.compile(r"\s*(?:در|طی)?\s*")  # «۴۱ همت در ۹ ماهه ۱۴۰۳»: the period of that figure
_RELATIVE_GAP = re.compile(r"\s*،?\s*که\s*(?:(?:حدود|بیش از|کمتر از|نزدیک به|بالغ بر|قریب)\s*)?")


_FROM = re.compile(r"(?:^|\s)از\s+(?:\S+\s+){0,2}$")
_TO = re.compile(r"\sبه\s")


# «مجموع مبلغ آنها» sums the things just named, not everything so far
_TOTAL = re.compile(r"(?:^|\s)مجموع\s(?!(?:\S+\s+)?(?:آنها|آن‌ها|اینها|این‌ها)(?![\w\u200c]))")
_REACHED = re.compile(r"(?:^|\s)(?:رسید|رسیده)(?![\w\u200c])")  # «… رسید.» ends its sentence


def _clause_around(s: Sentence, amount: Amount) -> tuple[str, str]:
    """The amount's clause before it and after it."""
    before = s.text[: amount.start]
    starts = [m.end() for m in CLAUSE_BREAK.finditer(before)]
    after = s.text[amount.end :]
    end = CLAUSE_BREAK.search(after)
    return before[starts[-1] if starts else 0 :], after[: end.start() if end else None]


def _running_total(s: Sentence, amount: Amount) -> bool:
    """«مجموع قراردادها … به ۴۶۲۰ فقره … رسیده است»: a running total, standing where the span it sums ends."""
    clause_before, clause_after = _clause_around(s, amount)
    return bool(_TOTAL.search(clause_before) and _REACHED.search(clause_after))


def _grew_from_a_stock(s: Sentence, amount: Amount, periods: list) -> bool:
    """Whether the amount is where a stock «از A در پایان سال ۹۶ به B» rose or fell to."""
    for origin in s.amounts:
        if origin.end > amount.start:
            return False
        between = s.text[origin.end : amount.start]
        if _FROM.search(s.text[max(0, origin.start - 30) : origin.start]) and _TO.search(between) \
                and not CLAUSE_BREAK.search(between):
            own = nearest(periods, origin.start, origin.end, origin.end, amount.start)
            return own is not None and own.period.kind == "point"
    return False


def _change_to(s: Sentence, amount: Amount, periods: list[PeriodMention]) -> PeriodMention | None:
    """«از ۳۴ هکتار در سال ۹۸ با افزایش دو برابری به ۶۷ هکتار در سال گذشته»: a change said between where a
    figure rose from and where it rose to is of the period it rose to."""
    origin = next((a for a in reversed(s.amounts) if a.end <= amount.start), None)
    goal = next((a for a in s.amounts if a.start >= amount.end), None)
    if origin is None or goal is None or CLAUSE_BREAK.search(s.text[origin.end : goal.start]):
        return None
    if not (_FROM.search(s.text[max(0, origin.start - 30) : origin.start])
            and _TO.search(" " + s.text[amount.end : goal.start])):
        return None
    return nearest([p for p in periods if p.start >= goal.end], goal.start, goal.end, goal.end, len(s.text))


_LISTED = re.compile(r"\s*(?:،|و)\s*")
_COMMA = re.compile(r"\s*،\s*")


def _said_before_comma(s: Sentence, amount: Amount) -> PeriodMention | None:
    """«در حالی که این شاخص در سال ۹۸، ۲۴۶ قرارداد بود»: a period and a number kept apart only by a comma
    (so their digits do not run together) belong together."""
    return next((p for p in s.periods if p.end <= amount.start and _COMMA.fullmatch(s.text[p.end : amount.start])
                 and not is_baseline(s.text, p) and not _owned_by_earlier(s, p)), None)


def _owned_by_earlier(s: Sentence, period: PeriodMention) -> bool:
    """«در مقایسه با ۹۹۳ مورد سال ۱۳۹۷»: a period said right after a number is that number's."""
    return any(_OWN_GAP.fullmatch(s.text[a.end : period.start]) for a in s.amounts if a.end <= period.start)


def _listed_with(s: Sentence, amount: Amount, periods: list[PeriodMention]) -> PeriodMention | None:
    """«از ۴۱۶ و ۱۰۰۸ مورد در پایان سال ۹۶»: numbers listed together share the period said after the last."""
    last = amount
    for later in (a for a in s.amounts if a.start > amount.start):
        if not _LISTED.fullmatch(s.text[last.end : later.start]):
            break
        last = later
    if last is amount:
        return None
    return next((p for p in periods if last.end <= p.start <= last.end + 4), None)


def _main_clause_now(s: Sentence, amount: Amount, periods: list[PeriodMention],
                     now: Period) -> PeriodMention | None:
    """«این شرکت با ۳۵ شهرک مصوب تاکنون … منعقد کرده»: «تاکنون» later in the clause dates the figure too."""
    return next((p for p in periods if p.start >= amount.end and p.period == now
                 and not CLAUSE_BREAK.search(s.text[amount.end : p.start])), None)


# «… از کارهای توسعه‌ای هشت ماه نخست امسال بوده است.»: only the copula follows the period
_COPULA_LEFT = re.compile(r"\s*(?:(?:بوده|بود|است|هستند|بودند)\s*)*[.!؟]?\s*$")
_RELATIVE_CLAUSE = re.compile(r"\sکه\s[^،]*،")


def _said_in_the_predicate(s: Sentence, amount: Amount) -> PeriodMention | None:
    """«ساماندهی ۱۵۰ واحد …، احیای ۶۵ واحد راکد و افزایش ظرفیت ۳۰۰ واحد از کارهای هشت ماه نخست امسال بوده
    است»: a sentence that names its one period in the predicate, after a list of figures and no verb of their
    own (a relative clause «که … نداشتند،» aside), dates every figure of the list."""
    if len(s.periods) != 1 or s.periods[0].start < amount.end:
        return None
    period = s.periods[0]
    if not _COPULA_LEFT.fullmatch(s.text[period.end :]):
        return None
    between = _RELATIVE_CLAUSE.sub(" ", s.text[amount.end : period.start])
    if re.search(r"[؛:]", between) or any(ends_clause(w) for w in between.split()):
        return None
    return period


def _verb_between(text: str) -> bool:
    """«نسبت به سال ۱۴۰۱ رشد کرد و به ۲۲۶ فقره رسید»: a count after a verb is not the compared period's own
    figure, as «نسبت به مدت مشابه سال گذشته (۹۰۰ هکتار)» and «در مقایسه با سال ۱۴۰۳ با ۹۰ قرارداد» are."""
    return any(ends_clause(word) for word in text.split())


def period_for(s: Sentence, amount: Amount, segment: tuple[int, int], carry: Carry,
               is_target: bool) -> Period | None:
    """The figure's period; «مدت مشابه سال گذشته» alone takes the months of the span in force."""
    period = _chosen(s, amount, segment, carry, is_target)
    if period is not None and period.kind == "same":
        return same_months_as(period, settle(carry.period, False, carry.as_of))
    if period is not None and _over_a_year(s, amount) and period.kind == "point" and period.end % 100 == 12:
        y = period.end // 100 + 1  # «در پایان سال ۹۷ … بوده است؛ یعنی در یک سال ۵ درصد افزایش»: the year after
        return Period(y * 100 + 1, y * 100 + 12, "year", str(y))
    return period


# «در یک سال», «طی یک سال»: a duration, not «یک سال گذشته» (the past year) nor «یک سال ۱۴۰۲»
_OVER_A_YEAR = re.compile(r"(?:^|\s)(?:در|طی|ظرف)\s+(?:یک|1)\s+سال(?![\u200c\w])(?!\s*(?:گذشته|اخیر|قبل|پیش|\d))")


def _over_a_year(s: Sentence, amount: Amount) -> bool:
    """Whether the amount's clause says its change took one year."""
    return amount.kind == "percent" and bool(_OVER_A_YEAR.search(" ".join(_clause_around(s, amount))))


def _chosen(s: Sentence, amount: Amount, segment: tuple[int, int], carry: Carry,
            is_target: bool) -> Period | None:
    lo, hi = segment
    attached = [p for p in s.periods if not CLAUSE_BREAK.search(s.text[amount.end : p.start])]
    own = _change_to(s, amount, attached) or _listed_with(s, amount, attached) \
        or nearest(attached, amount.start, amount.end, lo, hi) or _said_before_comma(s, amount) \
        or _main_clause_now(s, amount, attached, carry.now) or _said_in_the_predicate(s, amount)
    if own and is_baseline(s.text, own) and (amount.kind == "percent" or _verb_between(s.text[own.end : amount.start])):
        # «… ۱۸۵ قرارداد در شش ماهه امسال … نسبت به مدت مشابه سال قبل ۳۲ درصد افزایش»: a change is of
        # the period being reported, not of the one it is compared with
        own = nearest([p for p in s.periods if not is_baseline(s.text, p)], amount.start, amount.end,
                       0, len(s.text))
        if own is None:
            return carry.period
    if _running_total(s, amount):  # «با احتساب واگذاری‌های نیمه نخست، مجموع قراردادها به ۴۶۲۰ فقره رسیده»
        named = next((p.period for p in reversed(s.periods) if p.end <= amount.start and p.period.kind != "point"),
                     None)
        return point_at_month_end(named.end // 100, named.end % 100) if named else carry.now
    if _grew_from_a_stock(s, amount, attached):  # «از ۴۱۶ واحد در پایان سال ۹۶ به ۴۴۹ واحد رسیده»: now
        return own.period if own and own.period.kind == "point" else carry.now
    if own:
        return own.period
    described = next((p for p in s.periods if _RELATIVE_GAP.fullmatch(s.text[p.end : amount.start])), None)
    if described:  # «نسبت به سال ۱۴۰۱ که ۱۱۰ فقره بود»: the clause after «که» describes that period
        return described.period
    before = [p for p in s.periods if p.end <= amount.start]
    same_clause = [p for p in before if not CLAUSE_BREAK.search(s.text[p.end : amount.start])
                   and not _owned_by_earlier(s, p) and not is_baseline(s.text, p)]
    if same_clause:  # «؛ این در حالی است که در ۹ ماهه سال گذشته ۱۶۷ فقره … به مساحت ۶۲ هکتار»
        return same_clause[-1].period
    if not is_target and is_stock(s.text[amount.end :]):  # «کل اراضی در اختیار شرکت ۶ هزار هکتار است»: as it stands
        # … unless the sentence said when it stood so («تا پایان سال گذشته … و ۹۲۱ هزار نفر مشغول به کارند»)
        return next((p.period for p in reversed(before) if p.period.kind == "point"), carry.now)
    if not s.periods and has_begun(s.text[amount.end :]):
        return carry.now
    if before:
        return before[0].period  # the main clause's period («… رشد نشان می‌دهد» after two periods)
    if carry.period:
        return carry.period
    return s.periods[0].period if s.periods else carry.now  # undated: as the release stood


_WHOLE_OF = re.compile(r"(?:از میان|از مجموع|از بین)\s+$")
_FROM_WHOLE = re.compile(r"(?<!\w)از\s+$")
_FROM = re.compile(r"(?<!\w)از\s+$")


def is_whole_of_next(s: Sentence, amount: Amount, part: Amount) -> bool:
    """«از میان ۲۰ شهرک، در ۱۵ شهرک …», «از ۳۸۴ واحد تولیدی به بهره‌برداری رسیده در استان، ۲۸۵ واحد فعال
    هستند»: the whole a part is taken from stands when the part does."""
    before = s.text[max(0, amount.start - 12) : amount.start]
    if _WHOLE_OF.search(before):
        return True
    return bool(_FROM_WHOLE.search(before) and part.unit == amount.unit and part.value < amount.value
                and "،" in s.text[amount.end : part.start])


_PAST_YEARS = re.compile(r"^(?P<n>\S+)[ \u200c]سال (?:گذشته|اخیر)$")


def stated_durations(s: Sentence) -> list[Amount]:
    """«در ۱۲ سال گذشته هیچ زمینی … اضافه نشده بود»: the years counted back are the period of the sentence's
    figures, and their number is a figure of its own (a duration)."""
    found = []
    for p in s.periods:
        m = _PAST_YEARS.match(s.text[p.start : p.end])
        if m and p.period.kind == "years":
            years = p.period.end // 100 - p.period.start // 100 + 1
            text = s.text[p.start : p.start + m.end("n")] + " سال"
            found.append(Amount(p.start, p.start + len(text), float(years), None, "سال", "duration", "سال", None, text))
    return found
