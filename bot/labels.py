"""Short labels for buttons: cut at a word boundary, never mid-word."""

ELLIPSIS = "…"


def shorten(text: str, limit: int) -> str:
    """`text` if it fits in `limit` characters, else its longest whole-word start followed by «…»."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    head = text[: limit - len(ELLIPSIS) + 1]
    cut = head.rsplit(" ", 1)[0] if " " in head else head[:-1]
    return cut.rstrip("،:؛-— ") + ELLIPSIS
