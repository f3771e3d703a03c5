"""Long texts as Telegram messages. Telegram-free: plain text in, HTML-escaped parts out.

Each part holds at most `limit` characters as Telegram counts them: after entity parsing (so «&amp;» is one
character and tags are none) and in UTF-16 code units (an emoji outside the BMP counts two). Parts break at
paragraph ends first, then sentence ends (. ! ? ؟ ؛ or a line break), then between words; only a single word
longer than a whole message is cut inside. Escaping happens after splitting, so no cut falls inside an entity
or a tag, every word is kept, and no part is empty.
"""
import html
import re

MAX_MESSAGE = 4096
PARAGRAPH = re.compile(r".+?(?:\n[ \t]*\n\s*|\Z)", re.S)
SENTENCE = re.compile(r".+?(?:[.!?؟؛]+(?=\s|\Z)\s*|\n\s*|\Z)", re.S)
WORD = re.compile(r"\s+|\S+\s*")
LEVELS = (PARAGRAPH, SENTENCE, WORD)


def telegram_length(plain: str) -> int:
    """Length as Telegram limits it: UTF-16 code units of the text after entity parsing."""
    return len(plain.encode("utf-16-le")) // 2


def pages(text: str, title: str = "", limit: int = MAX_MESSAGE) -> list[str]:
    """`text` in parts of at most `limit`; `title`, when given, opens the first part in bold."""
    heading = f"{title}\n" if title else ""
    if telegram_length(heading) > limit // 2:
        text, heading = f"{heading}{text}", ""
    room = limit - telegram_length(heading)
    parts = _pack(_pieces(text.strip(), room), limit, first_limit=room)
    escaped = [html.escape(part, quote=False) for part in parts]
    if heading:
        first = f"<b>{html.escape(title, quote=False)}</b>\n"
        escaped = [first + escaped[0], *escaped[1:]] if escaped else [first.rstrip()]
    return escaped


def _pieces(text: str, limit: int, level: int = 0) -> list[str]:
    """`text` cut at the coarsest boundaries that give pieces within `limit`; joined they give `text` back."""
    if telegram_length(text) <= limit:
        return [text] if text else []
    if level == len(LEVELS):
        return _hard_cut(text, limit)
    found = [m.group() for m in LEVELS[level].finditer(text) if m.group()]
    return [piece for part in found for piece in _pieces(part, limit, level + 1)]


def _hard_cut(word: str, limit: int) -> list[str]:
    """A word longer than a message, cut between characters (never inside a surrogate pair)."""
    cuts, current = [], ""
    for char in word:
        if telegram_length(current + char) > limit:
            cuts.append(current)
            current = ""
        current += char
    return [*cuts, current] if current else cuts


def _pack(pieces: list[str], limit: int, first_limit: int) -> list[str]:
    """Pieces joined greedily into parts; whitespace at a part's edges is dropped, empty parts never kept."""
    parts: list[str] = []
    current = ""
    for piece in pieces:
        room = first_limit if not parts else limit
        if current and telegram_length((current + piece).rstrip()) > room:
            parts.append(current)
            current = piece.lstrip()
        else:
            current += piece
    parts.append(current)
    return [part.strip() for part in parts if part.strip()]
