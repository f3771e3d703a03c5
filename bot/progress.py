"""A progress bar on stderr for long loads: one line redrawn in place, only on a terminal."""
import time
from typing import TextIO

WIDTH = 30
SHOW_FROM = 100  # files: shorter loads finish before a bar would tell anything


class Progress:
    """`ingest 1200/10000 [###...] 12% 310/s`, redrawn at most ten times a second."""

    def __init__(self, total: int, stream: TextIO, label: str = "ingest") -> None:
        self.total, self.stream, self.label = total, stream, label
        self.shown = total >= SHOW_FROM and stream.isatty()
        self.done = 0
        self._started = self._drawn = time.monotonic()

    def advance(self) -> None:
        self.done += 1
        if self.shown and (time.monotonic() - self._drawn >= 0.1 or self.done == self.total):
            self._draw()

    def close(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()

    def _draw(self) -> None:
        self._drawn = now = time.monotonic()
        filled = WIDTH * self.done // self.total
        rate = self.done / max(now - self._started, 1e-9)
        self.stream.write(f"\r{self.label} {self.done}/{self.total} [{'#' * filled}{'-' * (WIDTH - filled)}]"
                          f" {100 * self.done // self.total}% {rate:.0f}/s")
        self.stream.flush()
