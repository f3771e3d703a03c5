"""Retrieve and score: the stored facts a question's words point to, each scored against the question.

Candidates are found through the question's rarest words (after spelling correction against the stored
vocabulary), so a look-up costs the same at 100 or 10,000 releases.
"""
import time
from dataclasses import replace

from bot.answer.blocking import as_written, unknown_content
from bot.answer.match import Scored, group_weights, score_all
from bot.answer.pointing import wholes, with_whole, without_part_clause
from bot.answer.question import Query, TermGroup
from bot.answer.respell import respelled, term_speller
from bot.answer.speech import verb_concepts, without_speech_events
from bot.answer.spelling import Speller
from bot.extract.periods import RefDate
from bot.records import StoredFact
from bot.text import resources
from db import releases as store
from db.connection import Database
from db.memo import FactsById

RECHECK_EVERY = 1.0  # seconds between two checks for newly stored releases
LOOKUP_BUDGET = 3000  # index entries read to find candidates
LEARN_AT_MOST = 5000  # facts stored since the speller was built that it learns; more, and it is built again
SPECIFIC_AT = 3  # facts carrying a word: this few, and the word names one thing
SCORED_KEPT = 8  # look-ups kept at most (a concurrent answer's too; each key says all a look-up depends on)


def date_key(today: RefDate) -> int:
    return today[0] * 10000 + today[1] * 100 + today[2]


class Retriever:
    """The stored vocabulary and term counts, rebuilt when a release is added, and the look-ups over them."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._speller: tuple[int, Speller] | None = None
        self._df: dict[str, int] = {}
        self.total = 0
        self._checked = 0.0
        self._generation = 0
        self.facts = FactsById(db)  # the stored facts read as candidates, kept by id
        # one answer's look-ups, by question and stored words: a refusal tries the same look-up again to compute
        self._scored: dict[tuple[str, int, bool, int], list[Scored]] = {}

    async def speller(self) -> Speller:
        """Built from the stored words; rebuilt when the number of facts changes (a release was added)."""
        if (self._speller is not None and time.monotonic() - self._checked < RECHECK_EVERY
                and self._generation == self.db.facts_generation):  # this process stored none meanwhile
            return self._speller[1]
        self._checked, self._generation = time.monotonic(), self.db.facts_generation
        version = await store.facts_version(self.db)
        if self._speller is None or self._speller[0] != version:
            self._speller = (version, await self._speller_at(version))
            self._df, self.total = {}, await store.count_facts(self.db)
        return self._speller[1]

    async def _speller_at(self, version: int) -> Speller:
        """The speller kept, taught the words of the few facts stored since it was built; else one built from
        every stored word (the first time, after a bulk load, or when facts went away with a rolled-back write)."""
        if self._speller is not None and 0 < version - self._speller[0] <= LEARN_AT_MOST:
            speller = self._speller[1]
            speller.learn(await store.term_counts_since(self.db, self._speller[0]))
            return speller
        return term_speller(await store.known_term_counts(self.db))

    def forget_lookups(self) -> None:
        """A new question: the look-ups kept were another answer's (kept within one answer only, so a question
        asked again is worked out again unless the engine remembers its answer)."""
        self._scored.clear()

    async def counts(self, terms: set[str]) -> dict[str, int]:
        """How many facts carry each term, remembered until a release is added."""
        missing = terms - self._df.keys()
        if missing:
            found = await store.term_counts(self.db, missing)
            self._df.update({t: found.get(t, 0) for t in missing})
        return {t: self._df[t] for t in terms}

    async def weights(self, query: Query) -> list[float]:
        await self.speller()
        return group_weights(query, await self.counts(_terms(query)), self.total)

    async def respelled(self, query: Query) -> Query:
        """The question with misspelt words replaced by the known word one edit away, and split words joined."""
        speller = await self.speller()  # first: a newly stored release renews the term counts
        return respelled(await as_written(query, self.counts), speller)

    async def scored(self, query: Query, until: int, since_period: bool = True) -> list[Scored]:
        """Every candidate fact published by `until`, scored; with `since_period`, only releases issued
        during or after the asked period (a figure is never published before its period)."""
        query = await self.respelled(query)
        key = (repr(query), until, since_period, self._speller[0] if self._speller else -1)
        if (kept := self._scored.get(key)) is not None:
            return kept
        counts = await self.counts(_terms(query))
        query = replace(query, groups=[_marked(g, counts) for g in query.groups])
        weights = group_weights(query, counts, self.total)
        kinds = (query.asked_kind, "foreign_money") if query.asked_kind == "money" else (
            (query.asked_kind,) if query.asked_kind else ())
        open_ended = query.period is None or query.period.kind in ("named", "point")  # «الان»: any earlier state
        since = _published_since(query) if since_period and not open_ended else 0
        ids = await store.fact_ids_with_terms(self.db, _lookup_terms(counts), until, kinds, since=since)
        scored = _scored_with_wholes(await self.facts.read(ids), query, weights)
        if len(self._scored) >= SCORED_KEPT:
            del self._scored[next(iter(self._scored))]
        self._scored[key] = scored
        return scored

    async def unknown_words(self, query: Query) -> list[str]:
        """Content words of the question that no stored release has ever used (see answer.blocking)."""
        return await unknown_content(await self.respelled(query), self.counts)


def _scored_with_wholes(facts: list[StoredFact], query: Query, weights: list[float]) -> list[Scored]:
    """Each candidate scored; a part said «از این …» of another candidate is read with its whole's words and
    marked as its part, and a whole without what its sentence says only of its part (answer.pointing); a concept
    of the question's verb its sentence names only inside a verb of speech is not the figure's (answer.speech)."""
    asked = verb_concepts(query.groups)
    facts = [without_speech_events(f, asked) for f in facts] if asked else facts
    of = wholes(facts)
    first_part: dict[int, StoredFact] = {}  # by the whole's id: its part said first
    for part_id, of_part in sorted(of.items()):
        first_part.setdefault(of_part.id, next(f for f in facts if f.id == part_id))
    read = [with_whole(f, of[f.id]) if f.id in of else f for f in facts]
    read = [without_part_clause(f, first_part[f.id]) if f.id in first_part else f for f in read]
    scored = score_all(read, query, weights)
    for s in scored:
        if whole := of.get(s.fact.id):
            s.whole = whole.id
    return scored


def _published_since(query: Query) -> int:
    """The earliest release date that may report on the asked period: its start, or for a plan a year before
    (the target for 1397 is announced in Esfand 1396)."""
    if query.period is None:
        return 0
    return (query.period.start - (100 if query.wants_target else 0)) * 100


def _terms(query: Query) -> set[str]:
    return {a for g in query.groups for a in g.alternatives}


def _marked(group: TermGroup, counts: dict[str, int]) -> TermGroup:
    """A name (not a word of the language) that only a few stored facts carry names one place or thing
    («ناحیه صنعتی ایجرود», «شکوهیه»)."""
    df = max((counts.get(a, 0) for a in group.alternatives), default=0)
    vocabulary = resources.vocabulary()
    named = not group.verbal and not ({group.text, *group.alternatives} & vocabulary)
    return replace(group, specific=named and 0 < df <= SPECIFIC_AT)


def _lookup_terms(counts: dict[str, int]) -> set[str]:
    """The rarest terms, up to a budget of index entries: candidates are found through what is distinctive."""
    chosen: set[str] = set()
    spent = 0
    for term, df in sorted(counts.items(), key=lambda kv: kv[1]):
        if chosen and spent + df > LOOKUP_BUDGET:
            break
        chosen.add(term)
        spent += df
    return chosen
