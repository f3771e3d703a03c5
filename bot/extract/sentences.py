"""Split normalised release text into sentences, keeping decimal points and dates intact."""
import re

_BOUNDARY = re.compile(r"(?<!\d)[.!?؟](?!\d)|\n+")


def split_sentences(text: str) -> list[str]:
    """Sentences in order, stripped; a paragraph break always ends a sentence."""
    parts, start = [], 0
    for m in _BOUNDARY.finditer(text):
        end = m.end() if m.group() not in ("\n",) and not m.group().startswith("\n") else m.start()
        parts.append(text[start:end])
        start = m.end()
    parts.append(text[start:])
    return [p.strip() for p in parts if len(p.strip()) > 1]
