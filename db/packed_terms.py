"""A fact's words and weights as stored in `facts.terms`: the largest part of a stored fact.

Three forms are read: plain JSON text (the oldest rows), zlib-compressed JSON, and the current form: a version
byte, then, compressed, the words one a line, a NUL, and each weight in thousandths as two little-endian bytes.
The extraction rounds every weight to three places, so thousandths give back the same floats; a fact whose
words or weights do not fit (none today) is stored as compressed JSON. Packing takes half the work of
compressed JSON, reading less, and the row is a tenth smaller.
"""
import json
import struct
import zlib

THOUSANDTHS = b"\x02"  # the current form's first byte (a zlib stream starts with 0x78, JSON text is a str)


def pack(terms: dict[str, float]) -> bytes:
    words = "\n".join(terms)
    weights = [round(w * 1000) for w in terms.values()]
    if [w / 1000 for w in weights] != list(terms.values()) or words.count("\n") != len(terms) - 1 \
            or "\x00" in words or "" in terms:
        return _as_json(terms)  # a weight finer than thousandths, or a word that would break the list
    try:
        thousandths = struct.pack(f"<{len(weights)}H", *weights)
    except struct.error:  # a weight below 0 or above 65.535
        return _as_json(terms)
    return THOUSANDTHS + zlib.compress(words.encode("utf-8") + b"\x00" + thousandths)


def unpack(raw: str | bytes) -> dict[str, float]:
    if isinstance(raw, str):
        return json.loads(raw)
    if not raw.startswith(THOUSANDTHS):
        return json.loads(zlib.decompress(raw))
    words, _, weights = zlib.decompress(raw[1:]).partition(b"\x00")
    names = words.decode("utf-8").split("\n")
    return {name: w / 1000 for name, w in zip(names, struct.unpack(f"<{len(names)}H", weights), strict=True)}


def _as_json(terms: dict[str, float]) -> bytes:
    return zlib.compress(json.dumps(terms, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
