"""Whether a word of a question belongs to its verb. A verb part may appear in no release and still ask
for nothing the releases lack («پیدا کردند», «صادرشد», «سرمایه گزاری»); a noun no release has ever used
(«نساجی», «خودروسازی») names something the bot knows nothing about."""
from bot.text.resources import lemmatizer, lexicon

LIGHT_VERBS = frozenset({
    "شد", "شدند", "شده", "شدن", "شود", "شوند", "می‌شود", "می‌شوند", "کرد", "کردند", "کرده", "کردن", "کند",
    "کنند", "می‌کند", "می‌کنند", "داد", "دادند", "داده", "دادن", "گرفت", "گرفتند", "گرفته", "گرفتن", "رفت",
    "رفتند", "رفتن", "یافت", "یافتند", "یافته", "است", "هست", "بود", "بودند", "دارد", "دارند", "داشت",
    "داشتند", "داشته", "نمود", "نمودند", "گردید", "گردیدند", "رسید", "رسیدند", "رسیده",
})
GLUED = ("شد", "شده", "شدند", "کرد", "کرده", "کردند", "گرفت", "رفت", "یافته")  # «صادرشد», «صادرشده»
COMPOUND_TAILS = ("گذاری", "گزاری", "گذاران", "گزاران", "سازی", "رسانی", "برداری", "گیری")  # «سرمایه گزاری»


def is_verbal(words: list[str], i: int) -> bool:
    """Is words[i] a verb (the last word of a question is its verb), the first part of a light-verb
    compound, or the tail of a split compound?"""
    word = words[i].replace("\u200c", "")
    following = words[i + 1] if i + 1 < len(words) else ""
    # Persian puts the verb last; a last word that looks conjugated is one: «… سر کار برگردوند؟»
    last = all(not w[0].isalpha() for w in words[i + 1 :]) and (
        word.endswith("ند") or word.startswith(("می", "نمی")) or _spoken_present(word))
    return (last or following in LIGHT_VERBS or following.replace("\u200c", "") in LIGHT_VERBS
            or words[i] in LIGHT_VERBS
            or any(word.endswith(v) and len(word) > len(v) + 2 for v in GLUED)
            or (i > 0 and word in COMPOUND_TAILS)
            or "#" in lemmatizer().lemmatize(words[i]))


def _spoken_present(word: str) -> bool:
    """«… افتتاح کنه», «… کار کنن»: a present verb said with the spoken ending «-ه» or «-ن» for «-د», «-ند»; a
    negated one («… احیا نشدن») stays a word of its own, a negation no single figure answers (answer.blocking)."""
    forms = lexicon().verb_forms
    return len(word) > 2 and word.endswith(("ه", "ن")) and not word.startswith("ن") and (
        word[:-1] + "د" in forms or word[:-1] + "ند" in forms)
