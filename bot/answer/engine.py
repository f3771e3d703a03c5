"""The answer engine: a question and the asking date in, an Answer out. No Telegram here."""
import time
from dataclasses import replace

from bot.answer import derived, render
from bot.answer.decide import ANSWER_AT, decide
from bot.answer.followup import Conversation, is_followup, merge
from bot.answer.match import Scored, group_weights, score
from bot.answer.measure import place_parts
from bot.answer.model import Answer, StoredFact
from bot.answer.question import Query, TermGroup, analyze
from bot.answer.series import series
from bot.answer.spelling import Speller
from bot.extract.periods import RefDate
from bot.messages import say
from db import releases as store
from db.connection import Database

RECHECK_EVERY = 1.0  # seconds between two checks for newly stored releases
_MAX_SUGGESTIONS = 3
_LOOKUP_BUDGET = 3000  # index entries read to find candidates
_LIST_AT = 0.3
PEER_SHARE = 0.6  # provinces compared must fit the question at least this share as well as the best one
_PERSON_AT = 0.3


class AnswerEngine:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._speller: tuple[int, Speller] | None = None
        self._df: dict[str, int] = {}
        self._total = 0
        self._checked = 0.0

    async def speller(self) -> Speller:
        """Built from the stored words; rebuilt when the number of facts changes (a release was added)."""
        if self._speller is not None and time.monotonic() - self._checked < RECHECK_EVERY:
            return self._speller[1]
        self._checked = time.monotonic()
        version = await store.facts_version(self.db)
        if self._speller is None or self._speller[0] != version:
            self._speller = (version, Speller(await store.known_terms(self.db)))
            self._df, self._total = {}, await store.count_facts(self.db)
        return self._speller[1]

    async def _counts(self, terms: set[str]) -> dict[str, int]:
        """How many facts carry each term, remembered until a release is added."""
        missing = terms - self._df.keys()
        if missing:
            found = await store.term_counts(self.db, missing)
            self._df.update({t: found.get(t, 0) for t in missing})
        return {t: self._df[t] for t in terms}

    async def _respell(self, query: Query) -> None:
        speller = await self.speller()
        query.groups = _joined(query.groups, speller.known)
        for group in query.groups:
            if not any(a in speller.known for a in group.alternatives):
                fixed = speller.correct(next(a for a in group.alternatives if not a.startswith("#")))
                if fixed:
                    group.alternatives = frozenset({fixed})

    async def answer(self, text: str, today: RefDate, conversation: Conversation | None = None) -> Answer:
        """Answer one question; with a conversation, a follow-up («و سال قبلش؟») continues the last one."""
        query = analyze(text, today)
        if conversation and conversation.last and is_followup(query):
            query = merge(conversation.last, query)
        answer = await self._dispatch(query, today)
        if conversation is not None and answer.answered and query.intent == "numeric":
            conversation.last = query
        return answer

    async def _dispatch(self, query: Query, today: RefDate) -> Answer:
        text = query.text
        until = _date_key(today)
        if query.intent == "empty":
            return Answer(text, False, say("empty"))
        if query.intent == "greeting":
            return Answer(text, False, say("greeting"))
        if query.intent == "person":
            return await self._person(query, until)
        if query.intent == "list":
            return await self._list(query, until)
        if query.intent == "latest":
            return await self._latest(query, until)
        if query.intent == "reverse":
            return await self._reverse(query, until)
        if query.intent == "which_region":
            return await self._which_region(query, until)
        return await self._numeric(query, until)

    async def explain(self, fact_id: int) -> Answer | None:
        """A stored fact as an answer: what a pressed suggestion shows."""
        fact = await store.fact_by_id(self.db, fact_id)
        if fact is None:
            return None
        return _numeric_answer("", Scored(fact, 1.0, 1.0, 1.0, 1.0), None)

    async def _scored(self, query: Query, until: int, since_period: bool = True) -> list[Scored]:
        await self._respell(query)
        terms = {a for g in query.groups for a in g.alternatives}
        counts = await self._counts(terms)
        weights = group_weights(query, counts, self._total)
        rare = _lookup_terms(counts)
        kinds = (query.asked_kind, "foreign_money") if query.asked_kind == "money" else (
            (query.asked_kind,) if query.asked_kind else ())
        # a figure for a period is published during or after it: older releases need not be read
        open_ended = query.period is None or query.period.kind in ("named", "point")  # «الان»: any earlier state
        since = query.period.start * 100 if since_period and not open_ended else 0
        facts = await store.facts_with_terms(self.db, rare, until, kinds, since=since)
        return [score(f, query, weights) for f in facts]

    async def _numeric(self, query: Query, until: int) -> Answer:
        scored = await self._scored(query, until)
        if derived.wants_per_unit(query):  # a total is never the answer to «per unit»: a stated average or
            stated = [s for s in scored if derived.states_per_unit(s.fact)]  # one computed from two figures
            best = decide(stated, period_asked=query.period is not None).best
            if best:
                return _numeric_answer(query.text, best, None)
            return await self._derived(query, until) or _no_answer(query, None, ([], []))
        decision = decide(scored, period_asked=query.period is not None, scope_asked=query.scope is not None,
                          region_asked=query.region is not None)
        suggestions = _suggestions(scored, exclude=decision.best)
        unknown = await self._unknown_words(query)
        if unknown and (decision.best or decision.nearest):  # «… در حوزه نساجی»: never said in any release
            return _unknown_answer(query, unknown, decision.best or decision.nearest)
        if decision.best is None:
            computed = await self._derived(query, until)
            if computed:
                return computed
            if query.period and not decision.nearest:  # what exists for other periods, offered not answered
                scored = await self._scored(query, until, since_period=False)
                decision.nearest, suggestions = decide(scored).nearest, _suggestions(scored, exclude=None)
            return _no_answer(query, decision.nearest, suggestions)
        answer = _numeric_answer(query.text, decision.best, decision.superseded)
        answer.suggestions, answer.suggestion_ids = suggestions
        answer.query = query
        return answer

    async def series(self, answer: Answer, today: RefDate) -> list[StoredFact]:
        """The answered measure in every period the releases report it for, oldest first (see answer.series)."""
        if not answer.answered or answer.fact_id is None or answer.query is None:
            return []
        until = _date_key(today)
        scored = await self._scored(replace(answer.query, period=None), until, since_period=False)
        return series(answer.fact_id, scored)

    async def _unknown_words(self, query: Query) -> list[str]:
        """Words of the question, not verb parts, that no stored release has ever used."""
        counts = await self._counts({a for g in query.groups for a in g.alternatives})
        return [g.text for g in query.groups
                if not g.verbal and not any(counts.get(a, 0) for a in g.alternatives)]

    async def _derived(self, query: Query, until: int) -> Answer | None:
        """Per-unit averages and growth computed from two stored facts, the arithmetic shown."""
        asked = query.period is not None
        if derived.wants_per_unit(query):
            money = derived.confident([s for s in await self._scored(derived.as_money(query), until)
                                       if not derived.states_per_unit(s.fact)], asked)
            if money:
                count_query = replace(derived.as_count(query), period=money.fact.period, region=money.fact.region)
                count = derived.confident(await self._scored(count_query, until), True)
                if count and count.fact.source.release_id == money.fact.source.release_id:
                    return _computed(query, *derived.per_unit(money, count), [money, count], "ریال")
        if derived.wants_growth(query):
            now = derived.confident(await self._scored(derived.as_measure(query), until), asked)
            if now and now.fact.period and now.fact.kind != "percent":
                base_query = replace(derived.as_measure(query), period=derived.same_months_year_before(now.fact.period),
                                     asked_kind=now.fact.kind, scope=now.fact.scope, region=now.fact.region)
                before = derived.confident(await self._scored(base_query, until), True)
                if before and before.fact.unit == now.fact.unit and before.fact.value:
                    return _computed(query, *derived.growth(now, before), [now, before], "درصد")
        return None

    async def _reverse(self, query: Query, until: int) -> Answer:
        facts = await store.facts_with_value(self.db, query.number or 0, until)
        if not facts:
            return _no_answer(query, None, ([], []))
        await self.speller()
        weights = group_weights(query, await self._counts({a for g in query.groups for a in g.alternatives}),
                                self._total)
        query.asked_kind = query.asked_unit = query.counted = None
        best = max((score(f, query, weights) for f in facts), key=lambda s: (s.fact.period is not None, s.coverage))
        return _numeric_answer(query.text, best, None)

    async def _which_region(self, query: Query, until: int) -> Answer:
        """«کدام استان پارسال بیشترین واحد را احیا کرد؟»: the largest (or smallest) of the provinces' figures
        for one measure and period, among the provinces the releases report."""
        scored = [s for s in await self._scored(query, until) if s.score >= ANSWER_AT]
        top = max(scored, key=lambda s: s.score, default=None)
        if top is None:
            return _no_answer(query, None, ([], []))
        by_region: dict[str, Scored] = {}
        for s in sorted(scored, key=lambda s: s.fact.source.date):  # a later release's figure wins
            if s.score >= PEER_SHARE * top.score and _comparable(s.fact) == _comparable(top.fact):
                by_region[s.fact.region] = s
        if len(by_region) < 2:  # nothing comparable to rank
            return _no_answer(query, None, ([], []))
        pick = (min if query.extreme == "min" else max)(by_region.values(), key=lambda s: s.fact.value)
        parts = _parts(pick.fact)
        lines = [say("which_region", region=pick.fact.region, amount=parts["amount"], when=parts["when"],
                     extreme=say("extreme_" + (query.extreme or "max")), count=render.fa(len(by_region))),
                 say("answer_quote", quote=render.clip(pick.fact.sentence, pick.fact.amount_text)),
                 _source_line(pick.fact.source)]
        return Answer(query.text, True, "\n".join(lines), value=pick.fact.value, unit=pick.fact.unit,
                      period=pick.fact.period.label if pick.fact.period else None, region=pick.fact.region,
                      confidence=round(pick.score, 3), sources=[pick.fact.source], fact_id=pick.fact.id)

    async def _list(self, query: Query, until: int) -> Answer:
        lists = await store.lists_until(self.db, until)
        weights = [g.weight for g in query.groups]
        best = max(lists, key=lambda x: _cover(x.terms, query, weights), default=None)
        if best is None or _cover(best.terms, query, weights) < _LIST_AT:
            return _no_answer(query, None, ([], []))  # «مشکلات … چیست؟» is never answered with a number
        items = "\n".join(f"• {render.fa(i)}" for i in best.items)
        text = say("list_answer", head=render.fa(best.head), items=items) + "\n" + _source_line(best.source)
        return Answer(query.text, True, text, confidence=_cover(best.terms, query, weights), sources=[best.source])

    async def _person(self, query: Query, until: int) -> Answer:
        people = await store.people_until(self.db, until)
        weights = [g.weight for g in query.groups]
        best = max(people, key=lambda p: (round(_cover(p.terms, query, weights), 2), p.source.date), default=None)
        if best is None or _cover(best.terms, query, weights) < _PERSON_AT:
            return _no_answer(query, None, ([], []))
        text = say("person_answer", name=best.name, role=render.fa(best.role)) + "\n" + _source_line(best.source)
        return Answer(query.text, True, text, confidence=_cover(best.terms, query, weights), sources=[best.source])

    async def _latest(self, query: Query, until: int) -> Answer:
        latest = await store.latest_releases(self.db, until)
        if not latest:
            return Answer(query.text, False, say("no_releases"))
        lines = [say("latest_title")] + [say("latest_item", title=s.title, date=render.jalali_date(s.date))
                                         for s in latest]
        return Answer(query.text, True, "\n".join(lines), sources=latest, confidence=1.0)


def _comparable(fact: StoredFact) -> tuple:
    """What two provinces' figures must share to be ranked: the same measure and period."""
    return fact.kind, fact.unit, fact.period, fact.scope, fact.is_target


def _date_key(today: RefDate) -> int:
    return today[0] * 10000 + today[1] * 100 + today[2]


def _joined(groups: list[TermGroup], known: set[str]) -> list[TermGroup]:
    """«دانش بنیان» asked with a space, stored as one word «دانش‌بنیان»: two unknown neighbours that are a
    known word together become one."""
    out: list[TermGroup] = []
    for group in groups:
        if out and not (out[-1].alternatives & known) and not (group.alternatives & known):
            joined = {a + b for a in out[-1].alternatives for b in group.alternatives if not a.startswith("#")
                      and not b.startswith("#")} & known
            if joined:
                out[-1] = TermGroup(f"{out[-1].text}\u200c{group.text}", frozenset(joined), out[-1].weight)
                continue
        out.append(group)
    return out


def _lookup_terms(counts: dict[str, int]) -> set[str]:
    """The rarest terms, up to a budget of index entries: candidates are found through what is
    distinctive, so a look-up costs the same at 100 or 10,000 releases."""
    chosen, spent = set(), 0
    for term, df in sorted(counts.items(), key=lambda kv: kv[1]):
        if chosen and spent + df > _LOOKUP_BUDGET:
            break
        chosen.add(term)
        spent += df
    return chosen


def _cover(terms: dict[str, float], query: Query, weights: list[float]) -> float:
    total = sum(weights) or 1.0
    return sum(w * max((terms.get(a, 0.0) for a in g.alternatives), default=0.0)
               for g, w in zip(query.groups, weights, strict=True)) / total


def _source_line(source) -> str:
    return say("source", title=source.title, date=render.jalali_date(source.date))


def _parts(fact: StoredFact) -> dict[str, str]:
    when = render.period_words(fact.period)
    return {
        "amount": render.amount(fact.value, fact.unit, fact.qualifier, fact.value_max),
        "what": "",
        "when": f" — {when}" if when else "",
        "where": "".join(f"، {p}" for p in place_parts(fact.region, fact.scope)),
        "title": fact.source.title,
        "date": render.jalali_date(fact.source.date),
    }


def _numeric_answer(question: str, best: Scored, superseded: Scored | None) -> Answer:
    fact = best.fact
    parts = _parts(fact)
    lines = [say("answer", **parts), say("answer_quote", quote=render.clip(fact.sentence, fact.amount_text))]
    if superseded:
        old = _parts(superseded.fact)
        lines.append(say("also_reported", title=old["title"], date=old["date"], amount=old["amount"]))
    lines.append(_source_line(fact.source))
    return Answer(
        question=question, answered=True, text="\n".join(lines), value=fact.value, unit=fact.unit,
        period=fact.period.label if fact.period else None, region=fact.region,
        confidence=round(best.score, 3), sources=[fact.source], fact_id=fact.id)


def _no_answer(query: Query, nearest: Scored | None, suggestions: tuple[list[str], list[int]]) -> Answer:
    lines = []
    if nearest and query.period and nearest.period_fit == 0:
        lines.append(say("no_period", asked=render.period_words(query.period)))
    elif nearest and nearest.fact.region != query.region:
        lines.append(say("no_region", asked=f"استان {query.region}" if query.region else "کل کشور"))
    else:
        lines.append(say("no_answer"))
        nearest = None
    if nearest:
        lines.append(say("nearest", **_parts(nearest.fact)))
    labels, ids = suggestions
    if labels and not nearest:
        lines.append(say("no_answer_offer"))
        lines.extend(f"• {label}" for label in labels)
    return Answer(query.text, False, "\n".join(lines), suggestions=labels, suggestion_ids=ids,
                  confidence=round(nearest.coverage if nearest else 0.0, 3))


def _unknown_answer(query: Query, unknown: list[str], nearest: Scored) -> Answer:
    lines = [say("unknown_words", words="»، «".join(unknown)), say("nearest", **_parts(nearest.fact))]
    return Answer(query.text, False, "\n".join(lines), confidence=round(nearest.coverage, 3))


def _computed(query: Query, value: float, arithmetic: str, used: list[Scored], unit: str) -> Answer:
    sources = list(dict.fromkeys(s.fact.source for s in used))
    lines = [say("computed", arithmetic=arithmetic)] + [_source_line(s) for s in sources]
    period = used[0].fact.period
    return Answer(query.text, True, "\n".join(lines), value=round(value, 2), unit=unit,
                  period=period.label if period else None, region=used[0].fact.region,
                  confidence=round(min(s.score for s in used), 3), sources=sources)


def _suggestions(scored: list[Scored], exclude: Scored | None) -> tuple[list[str], list[int]]:
    """Up to three other facts that fit the question's words best: what the bot does know."""
    seen, labels, ids = set(), [], []
    for s in sorted(scored, key=lambda s: s.coverage, reverse=True):
        if (exclude and s.fact.id == exclude.fact.id) or s.coverage < 0.2 or s.fact.value in seen:
            continue
        seen.add(s.fact.value)
        parts = _parts(s.fact)
        labels.append(f"{parts['amount']}{parts['when']}{parts['where']}")
        ids.append(s.fact.id)
        if len(labels) == _MAX_SUGGESTIONS:
            break
    return labels, ids
