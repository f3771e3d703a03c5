"""Print how a question is understood and how the top facts score: a tuning aid.

Usage: python scripts/explain.py DB TODAY "question" [...]
"""
import asyncio
import sys

from bot.answer.decide import decide
from bot.answer.engine import AnswerEngine
from bot.answer.match import group_weights, modality_fit, unit_fit
from bot.answer.question import analyze


async def main(db_path: str, today: str, questions: list[str]) -> None:
    from bot.ingest import open_database

    ref = tuple(int(p) for p in today.split("-"))
    db = await open_database(db_path)
    engine = AnswerEngine(db)
    for q in questions:
        query = analyze(q, ref)
        print("Q:", q, "| intent", query.intent, "| kind", query.asked_kind, query.asked_unit,
              "| counted", query.counted and query.counted.text, "| period", query.period and query.period.label,
              "| region", query.region, "| scope", query.scope, "| target", query.wants_target)
        print("   groups:", [(g.text, sorted(g.alternatives), g.weight) for g in query.groups])
        counts = await engine.retriever.counts({a for g in query.groups for a in g.alternatives})
        print("   weights:", [round(w, 2) for w in group_weights(query, counts, engine.retriever.total)])
        scored = await engine.retriever.scored(query, ref[0] * 10000 + ref[1] * 100 + ref[2])
        for s in sorted(scored, key=lambda s: s.score, reverse=True)[:6]:
            f = s.fact
            print(f"   {s.score:.3f} cov={s.coverage:.2f} per={s.period_fit} place={s.place_fit:.2f} "
                  f"unit={unit_fit(f, query)} mod={modality_fit(f, query):.2f} | {f.value} {f.unit} "
                  f"{f.period and f.period.label} {f.region} {f.scope} t={f.is_target} | words={s.words:.2f}"
                  f" missing={s.missing} near={sorted(s.near)} far={sorted(s.far)} said={sorted(s.said)}")
        d = decide(scored)
        print("   decision:", d.best and d.best.fact.value, "| nearest", d.nearest and d.nearest.fact.value)
    await db.close()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2], sys.argv[3:]))
