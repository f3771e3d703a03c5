"""Persian renderings: digits, amounts with their units and scale, periods and dates in words."""
from bot.extract.model import Period
from bot.lang.calendar import MONTHS
from bot.lang.letters import TO_PERSIAN_DIGITS

_MONTH_NAMES = {v: k for k, v in MONTHS.items() if k != "امرداد"}
_SCALES = ((1e12, "هزار میلیارد"), (1e9, "میلیارد"), (1e6, "میلیون"))
_UNIT_WORDS = {"شغل": "فرصت شغلی", "ریال": "ریال"}


def fa(text: object) -> str:
    """ASCII digits to Persian digits."""
    return str(text).translate(TO_PERSIAN_DIGITS)


def grouped(value: float) -> str:
    """«۱٬۵۵۷», «۴۶٫۵»: Persian digits with the Persian thousands separator and decimal mark."""
    if value != int(value):
        whole, frac = f"{value:.2f}".rstrip("0").split(".")
        return fa(f"{int(whole):,}".replace(",", "٬") + "٫" + frac)
    return fa(f"{int(value):,}".replace(",", "٬"))


def scaled(value: float) -> str:
    """Large numbers in words of scale: 4.6e13 -> «۴۶ هزار میلیارد», 645181000000 -> «۶۴۵ میلیارد و ۱۸۱ میلیون»."""
    for size, word in _SCALES:
        if value >= size:
            head = value / size
            if head == int(head) or head >= 100:
                rest = value - int(head) * size
                text = f"{grouped(int(head))} {word}"
                for small, small_word in _SCALES:
                    if small < size and rest >= small and rest % small == 0 and rest < size:
                        text += f" و {grouped(rest / small)} {small_word}"
                        break
                return text
            if head >= 10 or size == _SCALES[-1][0]:
                return f"{grouped(round(head, 1))} {word}"
    if value >= 10_000 and value % 1000 == 0:
        return f"{grouped(value / 1000)} هزار"
    return grouped(value)


def amount(value: float, unit: str | None, qualifier: str | None = None, value_max: float | None = None) -> str:
    """«قریب ۲۶ هزار فرصت شغلی», «بالغ بر ۴۶ هزار میلیارد ریال (≈ ۴٫۶ همت)», «۱۰۴ درصد»."""
    number = scaled(value) + (f" تا {scaled(value_max)}" if value_max else "")
    text = f"{qualifier} {number}" if qualifier else number
    if unit == "ریال" and value >= 1e12:
        return f"{text} ریال (≈ {grouped(round(value / 1e13, 1))} همت)"
    if unit == "درصد":
        return f"{text} درصد"
    return f"{text} {unit_words(unit)}".strip()


def unit_words(unit: str | None) -> str:
    """A unit as said after a number: «شغل» reads «فرصت شغلی»."""
    return _UNIT_WORDS.get(unit or "", unit or "")


def month_name(month: int) -> str:
    return _MONTH_NAMES[month]


def jalali_date(date: str) -> str:
    """«1400-04-03» -> «۳ تیر ۱۴۰۰»."""
    y, m, d = (int(p) for p in date.split("-"))
    return f"{fa(d)} {month_name(m)} {fa(y)}"


def period_words(period: Period | None, short: bool = False) -> str:
    """A period as people say it: «سال ۱۳۹۹», «۹ ماهه نخست ۱۴۰۴», «فروردین تا آبان ۱۳۹۹»; short, for a
    chart's axis: «۱۴۰۲», «۹ ماهه ۱۴۰۴», «۱۲ شهریور ۱۴۰۴»."""
    if period is None:
        return ""
    y1, m1, y2, m2 = period.start // 100, period.start % 100, period.end // 100, period.end % 100
    if period.kind == "named":
        return period.label
    if period.kind == "point":
        day = period.label.rsplit("-", 1)[-1]
        return f"{'' if short else 'تا '}{fa(int(day))} {month_name(m2)} {fa(y2)}"
    if period.kind == "years":
        return f"{'' if short else 'سال‌های '}{fa(y1)} تا {fa(y2)}"
    if y1 != y2:  # «سه ماه گذشته» asked in Ordibehesht: months across a new year
        return f"{month_name(m1)} {fa(y1)} تا {month_name(m2)} {fa(y2)}"
    if (m1, m2) == (1, 12):
        return fa(y1) if short else f"سال {fa(y1)}"
    if m1 == m2:
        return f"{month_name(m1)} {fa(y1)}"
    if m1 == 1 and (short or m2 in (3, 6, 9)):
        return f"{fa(m2)} ماهه {fa(y1)}" if short else f"{fa(m2)} ماهه نخست {fa(y1)}"
    return f"{month_name(m1)} تا {month_name(m2)} {fa(y1)}"


def short_period(period: Period) -> str:
    return period_words(period, short=True)


def clip(sentence: str, around: str, words: int = 14) -> str:
    """The part of a sentence around an amount, short enough for a phone screen."""
    parts = sentence.split()
    if len(parts) <= words * 2:
        return fa(sentence)
    at = sentence.find(around) if around else -1
    if at >= 0:  # «بیش از ۳۵ هزار نفر»: where the amount itself stands, not its first word's first use
        anchor = len(sentence[:at].split())
    else:
        anchor = next((i for i, w in enumerate(parts) if around and around.split()[0] in w), len(parts) // 2)
    lo, hi = max(0, anchor - words), min(len(parts), anchor + words)
    return fa(("… " if lo else "") + " ".join(parts[lo:hi]) + (" …" if hi < len(parts) else ""))
