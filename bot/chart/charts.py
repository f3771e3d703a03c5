"""Charts of an answered measure: offered under an answer, drawn when asked for, kept per measure.

An answer gets a chart when its measure is reported for two or more periods (see bot.answer.series).
The series is remembered in the database under a small id that fits a button; the picture is drawn in a
worker thread the first time it is asked for and kept in memory, so a popular chart is drawn once.
"""
import asyncio
import logging
import time
from collections import OrderedDict
from dataclasses import dataclass

from bot.answer.engine import AnswerEngine
from bot.answer.measure import described, place_words
from bot.answer.model import Answer, StoredFact
from bot.answer.render import amount, clip, fa, grouped, jalali_date, period_words, short_period, unit_words
from bot.chart.picture import ChartData, draw, warm
from bot.extract.periods import RefDate
from bot.lang.scales import RELEASE_SCALES
from bot.messages import say
from bot.records import Source
from db import charts as chart_store
from db import releases as store
from db.connection import Database

log = logging.getLogger(__name__)
KEEP = 64  # pictures kept in memory (about 40 KB each)
MONEY_SCALES = ((1e12, "هزار میلیارد"), (1e9, "میلیارد"), (1e6, "میلیون"))
MAX_CAPTION = 1024


@dataclass(frozen=True, slots=True)
class Chart:
    png: bytes
    caption: str  # the same figures as text, with their sources: plain Persian, escaped when sent


def chart_data(points: list[StoredFact], anchor_id: int) -> ChartData:
    """What the picture shows, in Persian: periods, values in an axis unit, title, the release's words."""
    anchor = next((p for p in points if p.id == anchor_id), points[-1])
    scale, axis_unit = _scale(points, anchor)
    about = described(anchor)  # the measure in the release's own words («سرمایه‌گذاری واحدهای احیاشده»)
    what = f"{about} ({axis_unit})" if about and axis_unit else about or anchor.noun or axis_unit
    title = f"{'هدف: ' if anchor.is_target else ''}{what} — {place_words(anchor.region, anchor.scope)}"
    latest = points[-1]
    return ChartData(
        title=title,
        subtitle=f"«{clip(latest.sentence, latest.amount_text, words=12)}»",
        unit=axis_unit,
        labels=[short_period(p.period) if p.period else "" for p in points],
        values=[p.value / scale for p in points],
        value_labels=[" ".join(filter(None, (p.qualifier, grouped(round(p.value / scale, 2))))) for p in points],
        highlight=points.index(anchor),
        footnotes=[_source(s) for s in dict.fromkeys(p.source for p in points)],
    )


def caption(data: ChartData, points: list[StoredFact]) -> str:
    lines = [data.title] + [f"• {period_words(p.period)}: {amount(p.value, p.unit, p.qualifier, p.value_max)}"
                            for p in points] + data.footnotes
    text = "\n".join(lines)
    return text if len(text) <= MAX_CAPTION else text[: MAX_CAPTION - 1] + "…"


def _scale(points: list[StoredFact], anchor: StoredFact) -> tuple[float, str]:
    """The axis scale and unit: the answered release's own («۴۹ همت» -> همت), else one that reads well."""
    unit = unit_words(anchor.unit)
    if points[0].kind not in ("money", "foreign_money"):
        return 1.0, unit
    for words, size, axis_unit in RELEASE_SCALES:
        if words in anchor.amount_text:
            return size, axis_unit.format(unit=unit)
    top = max(p.value for p in points)
    size, word = next(((size, word) for size, word in MONEY_SCALES if top >= size), (1.0, ""))
    return size, f"{word} {unit}".strip()


def _source(source: Source) -> str:
    return say("source", title=fa(source.title), date=jalali_date(source.date))


class Charts:
    def __init__(self, db: Database, engine: AnswerEngine, keep: int = KEEP) -> None:
        self.db, self.engine, self.keep = db, engine, keep
        self._pictures: OrderedDict[int, Chart] = OrderedDict()
        self._drawing: dict[int, asyncio.Future] = {}

    async def warm(self) -> None:
        """Draw a small chart in a worker thread, so the first real one after a start is quick."""
        started = time.perf_counter()
        await asyncio.to_thread(warm)
        log.info("charts warmed in %.1f s", time.perf_counter() - started)

    async def offer(self, answer: Answer, today: RefDate) -> int | None:
        """The id of a chart for this answer, or None when its measure has fewer than two periods."""
        points = await self.engine.series(answer, today)
        if not points or answer.fact_id is None:
            return None
        return await chart_store.remember_chart(self.db, [p.id for p in points], answer.fact_id)

    def is_ready(self, chart_id: int) -> bool:
        """Whether the picture is already drawn, so sending it needs no «drawing…» note."""
        return chart_id in self._pictures

    async def get(self, chart_id: int) -> Chart | None:
        """The chart's picture and caption; None when the id is unknown or its releases are gone."""
        if chart_id in self._pictures:
            self._pictures.move_to_end(chart_id)
            return self._pictures[chart_id]
        if chart_id in self._drawing:  # someone asked a moment ago: wait for the same drawing
            return await asyncio.shield(self._drawing[chart_id])
        future = asyncio.get_running_loop().create_future()
        self._drawing[chart_id] = future
        try:
            chart = await self._draw(chart_id)
            future.set_result(chart)
        except BaseException as error:
            future.set_exception(error)
            future.exception()  # retrieved: waiting presses get it, nobody else must log it
            raise
        finally:
            del self._drawing[chart_id]
        if chart is not None:
            self._pictures[chart_id] = chart
            while len(self._pictures) > self.keep:
                self._pictures.popitem(last=False)
        return chart

    async def _draw(self, chart_id: int) -> Chart | None:
        found = await chart_store.chart_series(self.db, chart_id)
        if found is None:
            return None
        fact_ids, anchor_id = found
        points = await store.facts_by_ids(self.db, fact_ids)
        if len(points) != len(fact_ids):
            return None
        data = chart_data(points, anchor_id)
        png = await asyncio.to_thread(draw, data)
        log.info("chart %s drawn: %d points, %d bytes", chart_id, len(points), len(png))
        return Chart(png, caption(data, points))
