"""Reading the plain-text data files in bot/data that the press office can edit."""
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


@cache
def data_lines(name: str) -> tuple[str, ...]:
    """The non-empty, non-comment lines of a data file, stripped."""
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#"))
