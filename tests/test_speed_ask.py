"""What makes a new question cheap (facts kept by id, candidates ranked from the index) never changes an answer."""
import json
from pathlib import Path

import pytest

from bot.answer.engine import AnswerEngine
from bot.answer.respell import term_speller
from bot.answer.retrieve import Retriever
from bot.ingest import extract_named, ingest
from bot.release import parse_release
from db import releases as store
from db.memo import FactsById

DEV_QUESTIONS = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "dev_questions.jsonl"
FULL_QUESTIONS = [q for q in map(json.loads, DEV_QUESTIONS.read_text(encoding="utf-8").splitlines())
                  if q["db"] == "full"]
ROLLED_BACK = "---\ndate: 1401-01-20\ntitle: خبر\n---\nدر سال ۱۴۰۰ تعداد ۵۵۵ واحد صنعتی راکد احیا شد.\n"
NEW_WORDS = ("---\ndate: 1401-01-22\ntitle: خبر\n---\nدر سال ۱۴۰۰ تعداد ۳۱ واحد آبزی‌پروری و ۴۴ واحد"
             " فرآوری زعفران در شهرک‌های صنعتی خراسان رضوی به بهره‌برداری رسید.\n")
STORED = "---\ndate: 1401-01-21\ntitle: خبر\n---\nدر سال ۱۴۰۰ تعداد ۹۱۲ واحد صنعتی راکد احیا شد.\n"


@pytest.mark.parametrize("asked", FULL_QUESTIONS, ids=[q["id"] for q in FULL_QUESTIONS])
async def test_an_answer_from_kept_facts_is_the_answer_from_their_rows(full_db, asked):
    """Asked again of the same engine (every candidate now kept), a question gets the answer of a new engine."""
    today = tuple(int(p) for p in asked["today"].split("-"))
    engine = AnswerEngine(full_db, remember=0)
    first = await engine.answer(asked["q"], today)
    again = await engine.answer(asked["q"], today)
    fresh = await AnswerEngine(full_db, remember=0).answer(asked["q"], today)
    assert (again.text, again.value, again.choices) == (fresh.text, fresh.value, fresh.choices)
    assert (first.text, first.value) == (fresh.text, fresh.value)


async def test_kept_facts_are_the_stored_rows_in_the_order_asked(full_db):
    """Facts read through the memo, first from their rows and then kept, equal the stored rows, in the order
    asked, an id that is not stored left out."""
    ids = [40, 3, 999_999, 17, 3]
    kept = FactsById(full_db)
    expected = await store.facts_by_ids(full_db, ids)
    assert [f.id for f in expected] == [40, 3, 17, 3]
    assert await kept.read(ids) == expected
    assert await kept.read(ids) == expected


async def test_a_fact_read_during_a_write_that_rolled_back_is_not_given_for_its_id_again(seed_db):
    """A question answered while a release is being stored may read its uncommitted facts; when that write
    rolls back, their ids go to the next release's facts, and those are what is read."""
    kept = FactsById(seed_db)
    release = parse_release(ROLLED_BACK)
    with pytest.raises(RuntimeError):
        async with seed_db.atomic() as conn:
            await store.insert_release_rows(conn, release, extract_named(release))
            fact_id = await store.facts_version(seed_db)
            assert [f.value for f in await kept.read([fact_id])] == [555]
            raise RuntimeError("the write failed")
    seed_db.facts_changed()  # as store.insert_release does after any write of facts
    release = parse_release(STORED)
    await store.insert_release(seed_db, release, extract_named(release))
    assert [f.value for f in await kept.read([fact_id])] == [912]


async def test_only_the_most_recently_read_facts_are_kept(full_db):
    """The memo holds at most `keep` facts: the least recently read go first, and are read again when asked."""
    kept = FactsById(full_db, keep=2)
    await kept.read([1, 2])
    await kept.read([1])
    await kept.read([3])
    assert len(kept) == 2
    assert [f.id for f in await kept.read([2, 1])] == [2, 1]


@pytest.mark.parametrize(("term", "kinds", "since"), [("راکد", (), 0), ("#احیا", ("count",), 0),
                                                      ("سرمایهگذاری", ("money", "foreign_money"), 13990100),
                                                      ("جواز", ("count",), 0), ("اشتغال", (), 13980000)])
async def test_a_one_word_look_up_ranks_its_candidates_as_a_look_up_of_several_words(full_db, term, kinds, since):
    """One word looked up alone (nothing to add up) gives the candidates, in the order, that the general ranking
    gives when the other words carry nothing."""
    alone = await store.fact_ids_with_terms(full_db, [term], 14041020, kinds, limit=30, since=since)
    assert alone
    assert alone == await store.fact_ids_with_terms(full_db, [term, "واژه‌ای‌که‌نیست"], 14041020, kinds, limit=30,
                                                    since=since)


async def test_a_speller_taught_a_new_releases_words_is_the_speller_built_from_every_stored_word(full_db):
    """After a release is stored, the speller kept learns its words and their counts (instead of indexing every
    stored word again) and becomes the one built from all of them: the same words, counts and index."""
    retriever = Retriever(full_db)
    kept = await retriever.speller()
    await ingest(full_db, parse_release(NEW_WORDS))
    taught = await retriever.speller()
    built = term_speller(await store.known_term_counts(full_db))
    assert taught is kept and "زعفران" in taught.known
    assert (taught.counts, taught.index) == (built.counts, built.index)


async def test_a_slip_in_a_word_first_stored_after_the_last_question_is_mended(full_db):
    """A word that only a release stored since the last question uses («زعفران») is read through a slip."""
    engine = AnswerEngine(full_db, remember=0)
    await engine.answer("امسال چند واحد صنعتی احیا شد", (1401, 2, 1))
    await ingest(full_db, parse_release(NEW_WORDS))
    answer = await engine.answer("سال ۱۴۰۰ در خراسان رضوی چند واحد زعفرن به بهره برداری رسید", (1401, 2, 1))
    assert (answer.answered, answer.value) == (True, 44)


async def test_a_pressed_suggestion_shows_its_stored_fact_whether_kept_or_not(full_db):
    """The facts offered under a refusal (kept, read as candidates) and one never read both show as stored;
    an id that is not stored shows nothing."""
    engine = AnswerEngine(full_db)
    offered = (await engine.answer("سال ۹۵ چند واحد راکد احیا شد؟", (1404, 9, 5))).suggestion_ids
    assert offered
    for fact_id in [*offered, 1]:
        shown, stored = await engine.explain(fact_id), await store.fact_by_id(full_db, fact_id)
        assert shown is not None and stored is not None
        assert (shown.fact_id, shown.value, shown.sources) == (fact_id, stored.value, [stored.source])
    assert await engine.explain(999_999) is None


async def test_a_look_up_kept_within_an_answer_never_outlives_a_new_release(seed_db):
    """The look-ups an answer repeats (a refusal trying a computed answer) are kept for that answer only: a
    question refused, then asked again after a release with its figure is stored, gets that figure."""
    engine = AnswerEngine(seed_db, remember=0)
    question = "سال ۱۴۰۰ چند واحد صنعتی راکد احیا شد"
    assert not (await engine.answer(question, (1401, 2, 1))).answered
    await ingest(seed_db, parse_release(STORED))
    assert (await engine.answer(question, (1401, 2, 1))).value == 912
