"""Which words of a question no release uses may stop its answer, and how.

A content word that names a measure or a sector («نساجی», «پالایشگاه», «عراق») and that no release has ever
used says the releases cannot answer: «درباره‌ی … چیزی در اخبار سازمان نیامده». A qualifying word changes
which number is asked without naming a topic: a comparative or superlative («بیشتری», «بالاترین»), a word
that compares, ranks or averages («مقایسه», «تفاوت»), a negated verb («نشدن») or a unit («به یورو»,
«چند بشکه»). It is never named as unknown, but if no release uses it, no stored figure is in its terms,
so unless the question was understood as arithmetic, no one stored figure is given as the answer.
Every other word carries no measure and is let be: verbs and clitics of speech («بشه», «هستن», «کارش»),
adverbs («واقعاً», «حداقل») and the nouns a question asks with («تعداد», «آمار»).

They are told apart by closed word classes (`bot/data/asking_words.txt`, `comparing_words.txt`,
`spoken_words.txt`, the stop words and units), hazm's part-of-speech tags and corpus counts, and the shape
of Persian words (a verb's stems and endings, «-تر», «-ترین», «-اً»).
"""
import re
from collections.abc import Awaitable, Callable
from dataclasses import replace
from functools import cache

from bot.answer.question import Query
from bot.lang.letters import ZWNJ
from bot.lang.numbers import MULTIPLIERS
from bot.lang.units import UNITS
from bot.text import resources
from bot.text.concepts import concept_hits
from bot.text.datafiles import data_lines
from bot.text.normalize import fold_letters
from bot.text.stopwords import is_function_word
from bot.text.tokens import word_key

Counts = Callable[[set[str]], Awaitable[dict[str, int]]]
CONTENT, QUALIFIER, OTHER = "content", "qualifier", "other"

CONTENT_TAGS = frozenset({"N", "AJ", "RES"})  # hazm: noun, adjective, residual (names and foreign words)
COMPARING_TAGS = frozenset({"AJ", "ADV"})
WRITTEN_COUNT = 1000  # below this hazm's corpus count is a one-off spelling or a name, not a word of the language
COMPARISON_ENDINGS = ("ترین", "تری", "تر")  # «بالاترین», «زمین بیشتری», «کمتر»
CLITICS = ("شون", "شان", "مون", "تون", "اش", "ش", "ست", "ه", "ن")  # «کارش», «کارن» (کار هستند), «کجاست»
VERB_PREFIXES = ("نمی", "می", "ب", "ن", "")
PRESENT_ENDINGS = ("یم", "ین", "ید", "ند", "م", "ی", "ه", "ن", "د")  # «بشه», «داره», «میگن», «هستن»
PAST_ENDINGS = ("یم", "ین", "ید", "ند", "م", "ی", "ه", "ن", "")  # «شدن», «اومدن», «تونستن»
_AFTER_UNIT_WORD = r"(?:(?<!\w)(?:چند|به|چه)|\d)\s+{}(?!\w)"  # «چند بشکه», «به یورو», «۵۰ بشکه»


async def unknown_content(query: Query, counts: Counts) -> list[str]:
    """The content words of the question that no stored release has used, nor their base forms («کارش» is
    «کار» with a clitic)."""
    unknown = [w for w in await _unused(query, counts) if role(w, query.normalized) == CONTENT]
    bases = {word: _bases(word) for word in unknown}
    found = await counts(set().union(*bases.values())) if unknown else {}
    return [word for word in unknown if not any(found[b] for b in bases[word])]


async def as_written(query: Query, counts: Counts) -> Query:
    """The question with each spoken form no release uses read as the written word it is said for, when a
    release uses that word: «شاغلن» (شاغل هستند) is matched as «شاغل», «سرمایه‌گذاریشون» as «سرمایه‌گذاری»."""
    known = await counts({a for g in query.groups for a in g.alternatives})
    unused = {g.text: _bases(g.text) for g in query.groups
              if not g.verbal and not any(known[a] for a in g.alternatives)}
    found = await counts(set().union(*unused.values())) if unused else {}
    bases = {text: {b for b in keys if found[b]} for text, keys in unused.items()}
    return replace(query, groups=[replace(g, alternatives=_with_concepts(bases[g.text])) if bases.get(g.text) else g
                                  for g in query.groups])


async def unseen_qualifiers(query: Query, counts: Counts) -> list[str]:
    """The qualifying words that no stored release has used, unless the question is computed from figures:
    «لرستان امسال چند هکتار زمین بیشتری واگذار کرد؟» is not answered by the hectares given."""
    if query.arithmetic:
        return []
    return [w for w in await _unused(query, counts) if role(w, query.normalized) == QUALIFIER]


async def _unused(query: Query, counts: Counts) -> list[str]:
    """Words of the question, not verb parts, that no stored release has used."""
    known = await counts({a for g in query.groups for a in g.alternatives})
    return [g.text for g in query.groups if not g.verbal and not any(known[a] for a in g.alternatives)]


def role(word: str, question: str = "") -> str:
    """CONTENT, QUALIFIER or OTHER (see the module's docstring); a word hazm does not know as a common noun
    is judged by its shape."""
    folded = fold_letters(word)
    plain = folded.replace(ZWNJ, "")
    count, tags = _tags(folded)
    written = bool(tags & CONTENT_TAGS) and count >= WRITTEN_COUNT  # a common noun or adjective of the language
    if (plain in _word_class("comparing_words.txt") or _asked_unit(word, plain, question)
            or _comparative(plain, tags) or _ordinal(plain) or _negated(plain)):
        return QUALIFIER
    if _said_with(plain) or (tags and not tags & CONTENT_TAGS) or _infinitive(plain):
        return OTHER
    if written:
        return CONTENT
    spoken = _adverb_in_an(plain) or _spoken_verb(plain, VERB_PREFIXES) or any(map(_said_with, _stripped(plain)))
    return OTHER if spoken else CONTENT


def _said_with(plain: str) -> bool:
    """A function word or a word of the closed classes a question is said with; «ممکنه» is «ممکن» with «-ه»."""
    return (is_function_word(plain) or plain in _word_class("asking_words.txt")
            or plain in _word_class("spoken_words.txt"))


@cache
def _word_class(name: str) -> frozenset[str]:
    return frozenset(fold_letters(w).replace(ZWNJ, "") for w in data_lines(name))


@cache
def _unit_words() -> frozenset[str]:
    return frozenset(w for phrase in UNITS for w in phrase.split()) | MULTIPLIERS.keys()


def _asked_unit(word: str, plain: str, question: str) -> bool:
    """A unit of the project's own («دلار», «مگاوات»), or hazm's classifier («یورو», «بشکه») said as the unit
    of the number asked for."""
    if word in _unit_words() or plain in _unit_words():
        return True
    return "CL" in _tags(plain)[1] and bool(re.search(_AFTER_UNIT_WORD.format(re.escape(word)), question))


def _tags(word: str) -> tuple[int, frozenset[str]]:
    """hazm's corpus count and tags of a word, written with its half-spaces or without."""
    table = resources.word_tags()
    count, tags = table.get(word) or table.get(word.replace(ZWNJ, ""), (0, ""))
    return count, frozenset(tags.split(",")) - {""}


def _comparative(plain: str, tags: frozenset[str]) -> bool:
    """«بیشتری», «بالاترین», «کمتر»: an adjective or adverb with «-تر» or «-ترین»; «دفتر», «بستر» are nouns."""
    if tags and not tags & COMPARING_TAGS:
        return False
    return any(plain.endswith(e) and len(plain) - len(e) >= 2 and _tags(plain[: -len(e)])[1] & COMPARING_TAGS
               for e in COMPARISON_ENDINGS)


def _ordinal(plain: str) -> bool:
    """«آخرین», «اولین», «دومین»: one of several picked by its place, never a topic."""
    return plain.endswith("ین") and len(plain) > 4 and "NUM" in _tags(plain[:-2])[1]


def _infinitive(plain: str) -> bool:
    """«شدن», «برگشتن», «تونستن»: a past stem with «-ن», the infinitive or the spoken «they did»; hazm tags the
    infinitive a noun, but it names an action, never a measure."""
    return plain.endswith("ن") and plain[:-1] in _spoken_stems()[1]


def _negated(plain: str) -> bool:
    """«نشدن», «نمیشه», «نداره»: a verb said in the negative asks for the opposite of what figures report."""
    rest = plain[1:]
    return plain.startswith("ن") and len(rest) > 2 and (_infinitive(rest) or _spoken_verb(rest, VERB_PREFIXES))


def _adverb_in_an(plain: str) -> bool:
    """«واقعاً», «دقیقا», «کلاً»: a noun or adjective with the adverb ending «-اً» (written with or without
    its tanvin)."""
    return len(plain) >= 3 and plain.endswith("ا") and bool(_tags(plain[:-1])[1] & CONTENT_TAGS)


def _spoken_verb(plain: str, prefixes: tuple[str, ...]) -> bool:
    """A verb form as it is said: prefix («می», «ب», «ن»), a stem of one of hazm's verbs as it is spoken
    («ش» for «شو», «تون» for «توان»), and a personal ending («بشه», «میگن», «هستن», «تونستن»)."""
    presents, pasts = _spoken_stems()
    for prefix in prefixes:
        if not plain.startswith(prefix):
            continue
        rest = plain[len(prefix):]
        shortest = 1 if prefix else 2  # a one-letter stem («ش», «د») only with its prefix: «بشه», «میده»
        if any(rest.endswith(e) and len(rest) - len(e) >= shortest and rest[: len(rest) - len(e)] in presents
               for e in PRESENT_ENDINGS):
            return True
        if any(rest.endswith(e) and (prefix or e) and len(rest) - len(e) >= shortest
               and rest[: len(rest) - len(e)] in pasts for e in PAST_ENDINGS):
            return True
    return False


@cache
def _spoken_stems() -> tuple[frozenset[str], frozenset[str]]:
    """The present and past stems of hazm's verbs, written and as spoken."""
    verbs = {v.replace(ZWNJ, "") for v in resources.lexicon().verb_forms.values()}
    pasts = {s for v in verbs for s in _said(v.split("#")[0])}
    presents = {s for v in verbs for s in _said(v.split("#")[-1])}
    return frozenset(presents), frozenset(pasts)


def _said(stem: str) -> set[str]:
    """A stem and its spoken forms: «گو» -> «گ», «ده» -> «د», «توان» -> «تون», «آمد» -> «اومد», «آ» -> «یا»."""
    forms = {stem, re.sub("و?ان", "ون", stem)}
    if len(stem) > 1 and stem.endswith(("و", "ه")):
        forms.add(stem[:-1])
    if stem.startswith("آ"):
        forms |= {"او" + stem[1:], "یا" + stem[1:]}
    return {f for f in forms if f}


def _bases(word: str) -> set[str]:
    """The words a spoken form may be with a clitic taken off («کارش», «کارن»), as matching keys; none for a
    common written noun («پسته» is not «پست» with a clitic)."""
    folded = fold_letters(word)
    count, tags = _tags(folded)
    if tags & CONTENT_TAGS and count >= WRITTEN_COUNT:
        return set()
    return {word_key(stem) for stem in _stripped(folded.replace(ZWNJ, ""))}


def _with_concepts(words: set[str]) -> frozenset[str]:
    return frozenset(words | {concept for w in words for _, _, concept in concept_hits([w])})


def _stripped(plain: str) -> list[str]:
    return [plain[: -len(c)] for c in CLITICS if plain.endswith(c) and len(plain) - len(c) >= 2]
