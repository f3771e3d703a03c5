"""A generated corpus for benchmarks: the dev releases with their small numbers and dates shifted, so every
release is new text with new figures and goes through the real extraction."""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = sorted((ROOT.parent / "shared" / "corpus" / "dev").glob("*.txt"))


def variant(text: str, i: int) -> str:
    """The same release with its small numbers shifted by i: a new text with new figures."""
    _, front, body = text.split("---", 2)
    body = re.sub(r"\d+", lambda m: str(int(m.group()) + i) if len(m.group()) < 4 else m.group(), body)
    return f"---{front}---{body}\n(شماره {i})"


def texts(n: int, start: int = 0) -> list[str]:
    originals = [p.read_text(encoding="utf-8") for p in DEV]
    return [variant(originals[i % len(originals)], i) for i in range(start, start + n)]


def write(folder: Path, n: int, start: int = 0) -> list[Path]:
    """n release files in folder, numbered from start."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, text in enumerate(texts(n, start), start):
        path = folder / f"{i:06d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
