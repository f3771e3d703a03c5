"""One normalisation for releases and questions alike.

Output: Persian letters (ی/ک), ASCII digits, no diacritics or tatweel, hazm's spacing rules, and
half-spaces (ZWNJ) repaired in glued words. Numbers are taken out before hazm runs and put back
after, so its spacing rules cannot split «46.5» or «1,557»; thousands separators are dropped and
the decimal mark becomes «.». ASCII digits keep the rest of the pipeline simple; rendering turns
them back into Persian digits.
"""
import re
from functools import cache, lru_cache

from bot.lang.letters import ARABIC_TO_PERSIAN, DIACRITICS, ZWNJ
from bot.text import resources

_DIACRITICS_RE = re.compile(f"[{DIACRITICS}]")
# runs of the characters ARABIC_TO_PERSIAN changes: translating only those is the same text, and str.translate
# through a dict costs ~130 ns a character (110 us a release; 14 us run by run)
_FOLDED_RUN_RE = re.compile("[" + "".join(re.escape(chr(code)) for code in ARABIC_TO_PERSIAN) + "]+")
_HAMZA_END_RE = re.compile(r"(?<=ا)ء(?=\W|$)")
_DIGIT_LETTER_RE = re.compile(r"(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_])(?=\d)")
_NUMBER_RE = re.compile(r"\d+(?:[,٬]\d{3})+(?:[.٫]\d+)?|\d+(?:[.٫/]\d+)*")
_PLACEHOLDER_RE = re.compile("\ue000([\ue100-\uf8ff])")
_PERSIAN_WORD_RE = re.compile(r"[\u0620-\u064a\u067e-\u06cc\u06a9\u06af\u200c]+")
_SPACES_RE = re.compile(r"[ \t\u00a0]+")
_GLUED_AND_RE = re.compile(r"(هزار|میلیون|میلیارد)و(?=[\s\d])")
# «یکسال گذشته», «دوماهه»: a number word glued to the span it counts (hazm's lexicon even lists «یکسال»)
_GLUED_SPAN_RE = re.compile(r"(?<!\w)(یک|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|یازده|دوازده)(سال|ماه|ماهه|هفته|روز)(?!\w)")
# «شمس اباد», «نجف‌اباد», «شمساباد»: the «آباد» of a place name typed without its madda
_ABAD_RE = re.compile(r"(?<=[^\W\d_])[ \u200c]?اباد(?![\w\u200c])")
# «تا پایان اذر», «ابان‌ماه»: the months typed without their madda
_MADDA_MONTHS = {"اذر": "آذر", "ابان": "آبان"}
_MADDA_MONTH_RE = re.compile(r"(?<![\w\u200c])(اذر|ابان)(?=ماه|[^\w]|$)")
# Suffixes written after a half-space in standard Persian; «ای/ام/اند» only after a final «ه».
_ALWAYS_ZWNJ_SUFFIXES = ("هایمان", "هایشان", "هایی", "هایش", "هایم", "هایت", "های", "ها")
_AFTER_HE_SUFFIXES = ("ای", "ام", "اند", "اید", "ایم")


def canonical_number(raw: str) -> str:
    """«۱٬۵۵۷» -> «1557», «۴۶٫۵» -> «46.5», «4/6» -> «4.6»; a date «1399/08/11» is kept."""
    if re.fullmatch(r"\d{1,3}(?:[,٬]\d{3})+(?:[.٫]\d+)?", raw):
        raw = re.sub("[,٬]", "", raw)
    raw = raw.replace("٫", ".")
    if raw.count("/") == 1 and re.fullmatch(r"\d{1,3}/\d{1,2}", raw):
        raw = raw.replace("/", ".")
    return raw


def fold_letters(text: str) -> str:
    """Character-level folding only: letters, digits, diacritics, tatweel, stray marks."""
    text = _FOLDED_RUN_RE.sub(lambda run: run.group().translate(ARABIC_TO_PERSIAN), text)
    text = _DIACRITICS_RE.sub("", text)
    return _HAMZA_END_RE.sub("", text)


def repair_word(word: str) -> str:
    """Put back the half-space a glued word lost («شهرکهای» -> «شهرک‌های»), using hazm's lexicon."""
    vocab = resources.vocabulary()
    if word in vocab or len(word) < 4 or ZWNJ in word:
        return word
    for suffix in _ALWAYS_ZWNJ_SUFFIXES:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 2:
            fixed = _join_compound(stem)
            if fixed in vocab or fixed != stem:
                return fixed + ZWNJ + suffix
    for suffix in _AFTER_HE_SUFFIXES:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and stem.endswith("ه") and stem in vocab:
            return stem + ZWNJ + suffix
    return _join_compound(word)


def _join_compound(word: str) -> str:
    """«برنامهریزی» -> «برنامه‌ریزی» when the half-spaced form is a known word."""
    vocab = resources.vocabulary()
    if word in vocab:
        return word
    for i in range(2, len(word) - 1):
        candidate = word[:i] + ZWNJ + word[i:]
        if candidate in vocab:
            return candidate
    return word


_NEVER_JOIN = frozenset({"به", "در", "از", "با", "که", "و", "را", "تا", "این", "آن", "بر", "هم", "می", "نمی"})
# Auxiliaries stay apart so «برنامه‌ریزی شده» keeps the key of «برنامه‌ریزی».
_NEVER_JOIN_SECOND = frozenset({"شده", "شد", "شدن", "شدند", "یافته", "یافت", "کرده", "کرد", "بود", "است",
                                "گردید", "گردیده", "نمود", "نموده", "داده", "دارد", "رسیده", "رسید"})


def join_compounds(line: str) -> str:
    """«سرمایه گذاری» -> «سرمایه‌گذاری» when the half-spaced compound is a known word."""
    words = line.split(" ")
    out: list[str] = []
    for word in words:
        prev = out[-1] if out else ""
        joined = prev + ZWNJ + word
        if prev and prev not in _NEVER_JOIN and word not in _NEVER_JOIN_SECOND and prev[-1] in "هی" \
                and joined in resources.vocabulary():
            out[-1] = joined
        else:
            out.append(word)
    return " ".join(out)


@cache
def _repair_cached(word: str) -> str:
    return repair_word(word)


SHORT = 2000  # characters: a sentence or a question, remembered among many; a release among a few


def normalize(text: str) -> str:
    """Normalise Persian text; idempotent. Texts are remembered: a release is normalised by its parser
    (emptiness, hash, title) and by extraction, one after the other, and a stored sentence each time an
    answer names its measure in the release's words."""
    return _normalized_short(text) if len(text) <= SHORT else _normalized_long(text)


def _normalized(text: str) -> str:
    text = fold_letters(text)
    text = _GLUED_AND_RE.sub(r"\1 و", text)
    text = _GLUED_SPAN_RE.sub(r"\1 \2", text)
    text = _ABAD_RE.sub("\u200cآباد", text)
    text = _MADDA_MONTH_RE.sub(lambda m: _MADDA_MONTHS[m.group(1)], text)
    text = _DIGIT_LETTER_RE.sub(" ", text)
    numbers: list[str] = []

    def protect(match: re.Match[str]) -> str:
        numbers.append(canonical_number(match.group()))
        return "\ue000" + chr(0xE100 + len(numbers) - 1)

    text = _NUMBER_RE.sub(protect, text)
    lines = [resources.normalizer().normalize(line) if line else line for line in text.split("\n")]
    text = "\n".join(_SPACES_RE.sub(" ", line).strip() for line in lines)
    text = _PERSIAN_WORD_RE.sub(lambda m: _repair_cached(m.group()), text)
    text = "\n".join(join_compounds(line) for line in text.split("\n"))
    return _PLACEHOLDER_RE.sub(lambda m: numbers[ord(m.group(1)) - 0xE100], text)


_normalized_short = lru_cache(maxsize=4096)(_normalized)
_normalized_long = lru_cache(maxsize=16)(_normalized)
