"""Drawing a series as a PNG: matplotlib's Agg canvas (no pyplot, no display), Noto Sans Arabic, Persian digits.

matplotlib 3.11 lays text out with libraqm: it joins Arabic letters and orders right-to-left text itself.
The older recipe (arabic-reshaper, then python-bidi's get_display) would now reverse every label twice,
so plain Unicode strings go in. Building the figure takes a lock: matplotlib is not thread-safe, and
charts are drawn in worker threads, off the event loop.
"""
import io
import textwrap
import threading
from dataclasses import dataclass
from functools import cache
from importlib import resources

from bot.answer.render import fa, grouped

WIDTH, HEIGHT, DPI = 8.0, 5.0, 120  # 960 x 600 pixels: sharp on a phone, small to send
BAR, HIGHLIGHT, INK, GRID = "#9db4c8", "#1f5f8b", "#222222", "#dddddd"
_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class ChartData:
    title: str
    subtitle: str             # the release's own words around the number
    unit: str                 # the axis unit, scale included («هزار میلیارد ریال»)
    labels: list[str]         # one short Jalali period label per bar, oldest first
    values: list[float]       # in the axis unit
    value_labels: list[str]   # each bar's figure as written above it, qualifier kept («حدود ۴۹»)
    highlight: int            # the bar of the answered period
    footnotes: list[str]      # the sources


# A small chart drawn once after start-up: imports, the font and Persian text layout are then ready.
WARM_UP = ChartData("گرم کردن", "«آمار»", "واحد", ["۱۴۰۲", "۱۴۰۳"], [1.0, 2.0], ["۱", "حدود ۲"], 1, ["منبع"])


@cache
def font_family() -> list[str]:
    """Noto Sans Arabic (OFL, installed from PyPI as fontpkg-noto-sans-arabic), DejaVu Sans for anything else."""
    from matplotlib import font_manager

    folder = resources.files("fontpkg_noto_sans_arabic") / "files"
    path = str(next(p for p in folder.iterdir() if p.name.endswith(".ttf")))
    font_manager.fontManager.addfont(path)
    return [font_manager.FontProperties(fname=path).get_name(), "DejaVu Sans"]


def draw(data: ChartData) -> bytes:
    """The chart as PNG bytes."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter

    with _LOCK:
        family = font_family()
        fig = Figure(figsize=(WIDTH, HEIGHT), dpi=DPI)
        FigureCanvasAgg(fig)
        footnotes = data.footnotes[-3:]
        fig.subplots_adjust(left=0.12, right=0.97, top=0.78, bottom=0.12 + 0.045 * len(footnotes))
        ax = fig.add_subplot()
        positions = range(len(data.values))
        colors = [HIGHLIGHT if i == data.highlight else BAR for i in positions]
        bars = ax.bar(positions, data.values, color=colors, width=0.6, zorder=2)
        ax.bar_label(bars, labels=data.value_labels, padding=3, fontsize=11, color=INK, family=family)
        ax.set_xticks(list(positions), data.labels, family=family, fontsize=10 if len(data.labels) <= 6 else 8)
        ax.yaxis.set_major_formatter(FuncFormatter(_tick))
        for tick in ax.get_yticklabels():
            tick.set_fontfamily(family)
        ax.set_ylabel(data.unit, family=family, fontsize=11, color=INK)
        ax.set_ylim(0, max(data.values) * 1.18 or 1)
        ax.grid(axis="y", color=GRID, zorder=0)
        ax.spines[["top", "right"]].set_visible(False)
        fig.text(0.97, 0.94, data.title, ha="right", va="center", fontsize=15, color=INK, family=family)
        fig.text(0.97, 0.855, _wrap(data.subtitle, 95, lines=2), ha="right", va="center", fontsize=9,
                 color="#555555", family=family, linespacing=1.0)
        for i, note in enumerate(reversed(footnotes)):
            fig.text(0.97, 0.02 + 0.045 * i, note, ha="right", va="bottom", fontsize=8, color="#555555",
                     family=family)
        out = io.BytesIO()
        fig.savefig(out, format="png", dpi=DPI)
    return out.getvalue()


def _tick(value: float, _position: int) -> str:
    """An axis figure in Persian digits; none at zero, where the Persian «۰», a small dot, seems to float
    below the axis line that already marks it."""
    return "" if value == 0 else grouped(round(value, 2))


def warm() -> None:
    """Import matplotlib, load the font and lay out Persian text once, so the first real chart is quick."""
    draw(WARM_UP)


def _wrap(text: str, width: int, lines: int) -> str:
    return fa("\n".join(textwrap.wrap(text, width, max_lines=lines, placeholder=" …")))

