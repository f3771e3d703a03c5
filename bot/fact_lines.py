"""One extracted statistic as a line the press office can check: measure, exact value, period, place.

The preview must show what was read, not a rounded rendering: «۱۲٬۲۹۵ میلیارد ریال», never «۱۲٫۳ هزار».
"""
from bot.answer.measure import concepts_of, described, place_words
from bot.answer.render import fa, grouped, period_words, unit_words
from bot.extract.model import Extraction, Fact
from bot.extract.places import gazetteer, province_of

EXACT_SCALES = ((1e12, "هزار میلیارد"), (1e9, "میلیارد"), (1e6, "میلیون"))
NO_PERIOD = "—"
PARK_WORDS = ("شهرک", "ناحیه")  # a named park or zone of the gazetteer is shown as it is, not as «شهر …»


def exact_number(value: float) -> str:
    """The largest scale word that leaves a whole number: 1.2295e13 -> «۱۲٬۲۹۵ میلیارد»; else every digit."""
    for size, word in EXACT_SCALES:
        if value >= size and (value / size) == int(value / size):
            return f"{grouped(value / size)} {word}"
    return grouped(value)


def exact_amount(fact: Fact) -> str:
    """«حدود ۴۹۰ هزار میلیارد ریال», «۱۲ تا ۱۵ درصد»: the value as read, with its qualifier and unit."""
    number = exact_number(fact.value) + (f" تا {exact_number(fact.value_max)}" if fact.value_max else "")
    words = [fact.qualifier or "", number, unit_words(fact.unit)]
    return " ".join(w for w in words if w)


def place(region: str | None, scope: str | None, finer: str | None = None) -> str:
    """Where the figure holds; a city is named with its province («شهر کاشان، استان اصفهان»)."""
    if region in gazetteer():
        finer, region = region, province_of(region)
    if finer:
        named = finer if finer.startswith(PARK_WORDS) or finer not in gazetteer() else f"شهر {finer}"
        return "، ".join([named, place_words(region, scope)])
    return place_words(region, scope)


def measure(fact: Fact) -> str:
    """What the number counts beyond its unit, in the release's own words («تولیدی بازگشت» after «واحد»);
    empty when only its unit says so."""
    named = fact.measure or described(fact) or "، ".join(concepts_of(fact)) or fact.noun or ""
    return "" if named in (fact.unit, unit_words(fact.unit)) else named


def fact_summary(fact: Fact) -> str:
    """«۱۲٬۲۹۵ میلیارد ریال سرمایه‌گذاری | سال ۱۴۰۳ | استان اصفهان»: the figure read as the release says it."""
    target = " | برنامه" if fact.is_target else ""
    return (f"{' '.join(filter(None, (exact_amount(fact), measure(fact))))} | {period_words(fact.period) or NO_PERIOD}"
            f" | {place(fact.region, fact.scope, fact.place)}{target}")


def fact_line(fact: Fact) -> str:
    """The summary as a bullet of the terminal's table."""
    return f"  • {fact_summary(fact)}"


def other_lines(extraction: Extraction) -> list[str]:
    """The enumerations and the people a release names, one bullet each, after its statistics."""
    return ([f"  • فهرست: {x.head} ({fa(len(x.items))} مورد)" for x in extraction.lists]
            + [f"  • {p.name}: {p.role}" for p in extraction.people])
