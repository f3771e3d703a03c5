"""Charts under answers: the series behind them, and the picture they send."""
import struct

import pytest

from bot.answer.engine import AnswerEngine
from bot.answer.match import Scored
from bot.answer.model import Source, StoredFact
from bot.answer.render import short_period
from bot.answer.series import series
from bot.chart.charts import Charts, chart_data
from bot.chart.picture import font_family
from bot.extract.model import Period
from bot.ingest import ingest, open_database
from bot.release import parse_release

LORESTAN = [
    ("1402-01-20", "احیای ۱۲ واحد راکد در لرستان",
     "مدیرعامل شرکت شهرک‌های صنعتی استان لرستان گفت: در سال گذشته ۱۲ واحد صنعتی راکد در شهرک‌های صنعتی استان"
     " احیا شد و به چرخه تولید بازگشت. همچنین در سال گذشته ۴۰ واحد صنعتی جدید در استان به بهره‌برداری رسید."),
    ("1403-01-25", "احیای ۱۹ واحد راکد در لرستان",
     "مدیرعامل شرکت شهرک‌های صنعتی استان لرستان گفت: در سال گذشته ۱۹ واحد صنعتی راکد در شهرک‌های صنعتی استان"
     " احیا شد. همچنین در سال گذشته ۵۵ واحد صنعتی جدید در استان به بهره‌برداری رسید."),
    ("1404-01-22", "احیای ۲۳ واحد راکد در لرستان",
     "مدیرعامل شرکت شهرک‌های صنعتی استان لرستان گفت: در سال گذشته ۲۳ واحد صنعتی راکد در شهرک‌های صنعتی استان"
     " احیا شد. بر پایه آمار نهایی، در سال ۱۴۰۲ نیز ۲۰ واحد صنعتی راکد در استان احیا شده بود."),
]


@pytest.fixture
async def lorestan_db(tmp_path):
    db = await open_database(tmp_path / "lorestan.db")
    for date, title, body in LORESTAN:
        await ingest(db, parse_release(f"---\ndate: {date}\ntitle: {title}\n---\n{body}\n"))
    yield db
    await db.close()


def _png_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and png[12:16] == b"IHDR"
    return struct.unpack(">II", png[16:24])


async def test_revived_units_over_three_years_later_release_wins(lorestan_db):
    engine = AnswerEngine(lorestan_db)
    answer = await engine.answer("پارسال در لرستان چند واحد راکد احیا شد؟", (1404, 2, 1))
    assert answer.value == 23
    points = await engine.series(answer, (1404, 2, 1))
    # 1402 was first reported as 19, then corrected to 20 in the 1404 release; new units opened never enter
    assert [(p.period.label, p.value) for p in points] == [("1401", 12), ("1402", 20), ("1403", 23)]


async def test_a_measure_with_one_period_gets_no_chart(seed_db):
    engine = AnswerEngine(seed_db)
    answer = await engine.answer("سال ۹۹ چند واحد احیا شد؟", (1400, 5, 1))
    assert answer.value == 1557
    assert await Charts(seed_db, engine).offer(answer, (1400, 5, 1)) is None


async def test_a_comparison_in_the_same_sentence_makes_a_series(full_db):
    engine = AnswerEngine(full_db)
    answer = await engine.answer("سرمایه گذاری ۹ ماهه امسال در شهرکهای دولتی چقدر بوده؟", (1404, 10, 20))
    points = await engine.series(answer, (1404, 10, 20))
    assert [(p.period.label, p.value) for p in points] == [("1403-01..1403-09", 41e13), ("1404-01..1404-09", 49e13)]


def _fact(fact_id: int, value: float, year: int, release: int, sentence: str = "s") -> StoredFact:
    return StoredFact(value=value, value_max=None, unit="واحد", kind="count", noun=None, qualifier=None,
                      period=Period(year * 100 + 1, year * 100 + 12, "year", str(year)), region=None, scope=None,
                      is_target=False, sentence=sentence, amount_text="x", id=fact_id,
                      source=Source(release, f"{year + 1}-01-10", "t"))


def test_two_figures_for_one_period_in_one_release_give_no_series():
    scored = [Scored(f, 1.0, 1.0, 1.0, 1.0) for f in
              (_fact(1, 10, 1401, 1), _fact(2, 12, 1402, 2), _fact(3, 99, 1402, 2))]
    assert series(1, scored) == []
    assert [f.value for f in series(1, scored[:2])] == [10, 12]


def test_a_weak_fit_stays_out_of_the_series():
    anchor, weak = _fact(1, 10, 1401, 1, "یک جمله"), _fact(2, 12, 1402, 2, "جمله‌ای دیگر")
    assert series(1, [Scored(anchor, 0.8, 0.8, 1, 1), Scored(weak, 0.5, 0.5, 1, 1)]) == []
    assert len(series(1, [Scored(anchor, 0.8, 0.8, 1, 1), Scored(weak, 0.75, 0.75, 1, 1)])) == 2


async def test_chart_is_a_png_of_the_stored_figures(lorestan_db):
    engine = AnswerEngine(lorestan_db)
    charts = Charts(lorestan_db, engine)
    answer = await engine.answer("پارسال در لرستان چند واحد راکد احیا شد؟", (1404, 2, 1))
    chart_id = await charts.offer(answer, (1404, 2, 1))
    assert chart_id is not None
    assert await charts.offer(answer, (1404, 2, 1)) == chart_id  # one id per measure and answered point
    chart = await charts.get(chart_id)
    width, height = _png_size(chart.png)
    assert (width, height) == (960, 600) and 10_000 < len(chart.png) < 500_000
    points = await engine.series(answer, (1404, 2, 1))
    data = chart_data(points, answer.fact_id)
    assert data.values == [12, 20, 23] and data.highlight == 2
    assert data.labels == [short_period(p.period) for p in points] == ["۱۴۰۱", "۱۴۰۲", "۱۴۰۳"]
    assert "استان لرستان" in data.title and "احیا" in data.title
    assert "• سال ۱۴۰۲: ۲۰ واحد" in chart.caption and "۱ بهمن" not in chart.caption
    assert chart.caption.count("منبع:") == 2  # 1402's figure came from the 1404 release
    assert await charts.get(chart_id) is chart  # drawn once, then kept


async def test_unknown_chart_id_is_none(lorestan_db):
    assert await Charts(lorestan_db, AnswerEngine(lorestan_db)).get(999) is None


async def test_money_chart_uses_the_release_scale_and_keeps_the_qualifier(full_db):
    """The release says «حدود ۴۹ همت» and «۴۱ همت»: the axis is in همت and the bar reads «حدود ۴۹»."""
    engine = AnswerEngine(full_db)
    answer = await engine.answer("سرمایه گذاری ۹ ماهه امسال در شهرکهای دولتی چقدر بوده؟", (1404, 10, 20))
    data = chart_data(await engine.series(answer, (1404, 10, 20)), answer.fact_id)
    assert (data.values, data.unit, data.value_labels) == ([41, 49], "همت", ["۴۱", "حدود ۴۹"])
    assert data.labels == ["۹ ماهه ۱۴۰۳", "۹ ماهه ۱۴۰۴"]


@pytest.mark.parametrize(("written", "rials", "unit", "values"), [
    ("۲۱ هزار میلیارد ریال", 21e12, "هزار میلیارد ریال", [18, 21]),
    ("۲۱ هزار میلیارد تومان", 21e13, "هزار میلیارد تومان", [1.8, 21]),
    ("۲۱۰ میلیارد تومان", 21e11, "میلیارد تومان", [1800, 210]),
    ("۲۱ هزار و ۵۰۰ میلیارد ریال", 21.5e12, "میلیارد ریال", [18_000, 21_500]),
    ("۲٫۱ همت", 21e12, "همت", [1.8, 2.1]),
])
def test_money_axis_follows_how_the_answered_release_wrote_it(written, rials, unit, values):
    """The answered figure's own words set the axis: همت, thousand billion rials, billion tomans …"""
    points = [_money(1, 18e12, "1402", "۱۸ هزار میلیارد ریال"), _money(2, rials, "1403", written)]
    data = chart_data(points, anchor_id=2)
    assert (data.unit, [round(v, 2) for v in data.values]) == (unit, values)


def test_zero_has_no_tick_label():
    """The Persian «۰» would float below the axis line that already marks zero: it is left out."""
    from bot.chart.picture import _tick

    assert [_tick(v, 0) for v in (0.0, 10.0, 2.5)] == ["", "۱۰", "۲٫۵"]


async def test_warm_draws_in_the_background_then_charts_are_served(lorestan_db):
    """`warm()` runs in a worker thread without touching the loop; a chart asked for afterwards is drawn."""
    engine = AnswerEngine(lorestan_db)
    charts = Charts(lorestan_db, engine)
    await charts.warm()
    answer = await engine.answer("پارسال در لرستان چند واحد راکد احیا شد؟", (1404, 2, 1))
    chart = await charts.get(await charts.offer(answer, (1404, 2, 1)))
    assert _png_size(chart.png) == (960, 600)


def _money(fact_id: int, value: float, year: str, written: str) -> StoredFact:
    period = Period(int(year) * 100 + 1, int(year) * 100 + 12, "year", year)
    return StoredFact(value, None, "ریال", "money", None, None, period, None, None, False, "", written,
                      {}, id=fact_id, source=Source(fact_id, f"{int(year) + 1}-01-20", "خبر"))


def _rendered(text: str):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(5, 1.2), dpi=100)
    FigureCanvasAgg(fig)
    label = fig.text(0.5, 0.5, text, ha="center", va="center", fontsize=30, family=font_family())
    fig.canvas.draw()
    return label.get_window_extent().width, fig.canvas.buffer_rgba()


def test_persian_letters_join():
    joined, _ = _rendered("ببببب")
    isolated, _ = _rendered("\ufe8f" * 5)  # the isolated form of ب, five times: what unshaped text looks like
    assert joined < 0.8 * isolated


def test_persian_reads_right_to_left():
    _, pixels = _rendered("آ" + "ـ" * 8)  # a tall alef-madda, then a low line: it must stand at the right end
    height, width = pixels.shape[0], pixels.shape[1]
    ink = [[pixels[y, x, 0] < 128 for y in range(height)] for x in range(width)]
    columns = [x for x in range(width) if any(ink[x])]
    tallest = max(columns, key=lambda x: sum(ink[x]))
    assert tallest > (columns[0] + columns[-1]) / 2
