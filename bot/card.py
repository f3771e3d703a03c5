"""A release as a subscriber first sees it: bold title, Jalali date, its key figures, then the whole text.

The key figures are the release's own statistics, at most five, in the order it gives them: achievements
before plans, one line per value, unit, period and place (a figure the release repeats is shown once),
only figures whose measure the release's own words name; each line reads as the release says it
(«۱٬۵۵۷ واحد تولیدی بازگشت — سال ۱۳۹۹، کل کشور»), so the card alone says what happened, when and where.
"""
from bot.answer.measure import described
from bot.answer.render import jalali_date, period_words
from bot.fact_lines import exact_amount, place
from bot.messages import say
from bot.records import StoredFact

KEY_FIGURES = 5


def key_facts(facts: list[StoredFact], limit: int = KEY_FIGURES) -> list[StoredFact]:
    """The figures a reader wants first (see the module's docstring)."""
    named = [f for f in facts if described(f)]
    ordered = [f for f in named if not f.is_target] + [f for f in named if f.is_target]
    chosen: list[StoredFact] = []
    seen: set[tuple[float, str | None, object, str | None]] = set()
    for fact in ordered:
        key = (fact.value, fact.unit, fact.period, fact.region)
        if key not in seen:
            seen.add(key)
            chosen.append(fact)
    return chosen[:limit]


def figure_line(fact: StoredFact) -> str:
    """«• ۱۲٬۲۹۵ میلیارد ریال سرمایه‌گذاری — سال ۱۴۰۳، استان اصفهان»; a plan says so («(هدف)»)."""
    when = period_words(fact.period)
    where = place(fact.region, fact.scope, fact.place)
    target = f" ({say('card_target')})" if fact.is_target else ""
    return f"• {exact_amount(fact)} {described(fact)}{target} — {'، '.join(p for p in (when, where) if p)}"


def card_text(date: str, body: str, facts: list[StoredFact]) -> str:
    """The plain text under the title: the date, the key figures (when there are any), the whole body."""
    figures = [figure_line(f) for f in key_facts(facts)]
    head = [jalali_date(date)]
    if figures:
        head.append(say("card_figures") + "\n" + "\n".join(figures))
    return "\n\n".join([*head, body])
