"""Compose: a decision in, the Persian reply out. Every sentence comes from `bot.messages`."""
from bot.answer import render
from bot.answer.either import clause_of
from bot.answer.match import Scored
from bot.answer.measure import described, place_words
from bot.answer.model import Answer, Choice
from bot.answer.question import Query
from bot.extract.model import Period
from bot.messages import say
from bot.records import Source, StoredFact

MAX_SUGGESTIONS = 3
SUGGEST_AT = 0.2  # a fact must fit the question's words this well to be offered


def source_line(source: Source) -> str:
    return say("source", title=source.title, date=render.jalali_date(source.date))


def parts(fact: StoredFact) -> dict[str, str]:
    """The pieces of a one-line figure: amount, what it counts (a plan said so), when and where, and its release."""
    what = " ".join(filter(None, (described(fact), say("planned_mark") if fact.is_target else "")))
    when = render.period_words(fact.period)
    return {
        "amount": render.amount(fact.value, fact.unit, fact.qualifier, fact.value_max),
        "what": f" {what}" if what else "",
        "when": f" — {when}" if when else " —",
        "where": f"{'،' if when else ''} {place_words(fact.region, fact.scope, fact.place)}",
        "title": fact.source.title,
        "date": render.jalali_date(fact.source.date),
    }


def one_line(fact: StoredFact) -> str:
    """«۱٬۵۵۷ واحد احیا — سال ۱۳۹۹، کل کشور»: a figure that keeps its meaning when read alone."""
    p = parts(fact)
    return f"{p['amount']}{p['what']}{p['when']}{p['where']}"


def numeric(question: str, best: Scored, superseded: Scored | None, made_of: tuple[Scored, ...] = ()) -> Answer:
    """One stored figure; `made_of`: the parts its release says it is made of, named after it."""
    fact = best.fact
    lines = [say("answer", **parts(fact))]
    if made_of:
        lines.append(say("made_of", parts="»، «".join(render.fa(clause_of(s.fact).strip()) for s in made_of)))
    lines.append(say("answer_quote", quote=render.clip(fact.sentence, fact.amount_text)))
    if superseded:
        old = parts(superseded.fact)
        lines.append(say("also_reported", title=old["title"], date=old["date"], amount=old["amount"]))
    lines.append(source_line(fact.source))
    return Answer(
        question=question, answered=True, text="\n".join(lines), value=fact.value, unit=fact.unit,
        period=fact.period.label if fact.period else None, region=fact.region,
        confidence=round(best.score, 3), sources=[fact.source], fact_id=fact.id)


def _no_period(asked: Period) -> str:
    """«الان»: nothing as of today; «در پایان ۹۸»: nothing as of that day; otherwise nothing for that span."""
    if asked.kind != "point":
        return say("no_period", asked=render.period_words(asked))
    return say("no_state" if asked.start == asked.end else "no_state_then", date=render.jalali_date(asked.label))


def refusal(query: Query, nearest: Scored | None = None,
            suggestions: tuple[list[str], list[int]] = ([], [])) -> Answer:
    """«نمی‌دانم», with the nearest figure (labelled with its own period and place) or what else is known."""
    lines = []
    other_place = nearest is not None and (  # a park's figure is its province's when no park was asked
        nearest.fact.region != query.region or (query.place is not None and nearest.fact.place != query.place))
    other_period = bool(nearest and query.period and nearest.fact.period != query.period and nearest.period_fit < 1)
    if other_place and (query.region or not other_period):  # a province asked and not covered is said first
        lines.append(say("no_region", asked=place_words(query.region, None, query.place)))
    elif other_period and query.period:
        lines.append(_no_period(query.period))
    else:
        lines.append(say("no_answer"))
        if not query.region:  # the asked province's own figure on the subject is still worth showing
            nearest = None
    if nearest:
        lines.append(say("nearest", **parts(nearest.fact)))
    labels, ids = suggestions
    if labels and not nearest:
        lines.append(say("no_answer_offer"))
        lines.extend(f"• {label}" for label in labels)
    return Answer(query.text, False, "\n".join(lines), suggestions=labels, suggestion_ids=ids,
                  confidence=round(nearest.coverage if nearest else 0.0, 3))


def unknown_words(query: Query, unknown: list[str], nearest: Scored) -> Answer:
    lines = [say("unknown_words", words="»، «".join(unknown)), say("nearest", **parts(nearest.fact))]
    return Answer(query.text, False, "\n".join(lines), confidence=round(nearest.coverage, 3))


def computed(query: Query, value: float, arithmetic: str, used: list[Scored], unit: str,
             period: Period | None = None) -> Answer:
    """A figure calculated from stored ones: the arithmetic and every source shown; its period is the first
    figure's unless it is worked out for another (`period`)."""
    sources = list(dict.fromkeys(s.fact.source for s in used))
    lines = [say("computed", arithmetic=arithmetic)] + [source_line(s) for s in sources]
    period = period or used[0].fact.period
    return Answer(query.text, True, "\n".join(lines), value=round(value, 2), unit=unit,
                  period=period.label if period else None, region=used[0].fact.region,
                  confidence=round(min(s.score for s in used), 3), sources=sources)


def suggestions(scored: list[Scored], exclude: Scored | None) -> tuple[list[str], list[int]]:
    """Up to three other facts that fit the question's words best: what the bot does know."""
    seen, labels, ids = set(), [], []
    for s in sorted(scored, key=lambda s: s.coverage, reverse=True):
        if (exclude and s.fact.id == exclude.fact.id) or s.coverage < SUGGEST_AT or s.fact.value in seen:
            continue
        seen.add(s.fact.value)
        labels.append(one_line(s.fact))
        ids.append(s.fact.id)
        if len(labels) == MAX_SUGGESTIONS:
            break
    return labels, ids


def choices(query: Query, options: tuple[Scored, ...]) -> Answer:
    """Two readings fit about equally well: each offered as a complete line, none stated as the answer."""
    offered = [Choice(s.fact.value, s.fact.unit, s.fact.period.label if s.fact.period else None, s.fact.region,
                      one_line(s.fact), s.fact.id) for s in options]
    lines = [say("choose")] + [say("choice_line", text=c.text, title=s.fact.source.title)
                               for c, s in zip(offered, options, strict=True)]
    return Answer(query.text, False, "\n".join(lines), choices=offered, suggestions=[c.text for c in offered],
                  suggestion_ids=[c.fact_id for c in offered], confidence=round(options[0].score, 3))
