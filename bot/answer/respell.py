"""A question's words read against the stored vocabulary: split words joined («دانش بنیان», «قرار داد»,
«سرمایه گزاری»), typos mended («اشتغلا», «صنعطی»), real words («نرسیده», «کنونی») left as they are."""
from collections.abc import Mapping
from dataclasses import replace

from bot.answer.question import Query, TermGroup
from bot.answer.spelling import ZWNJ, Speller, is_real_word
from bot.text.concepts import concept_hits


def term_speller(counts: Mapping[str, int]) -> Speller:
    """The speller over the stored matching keys, weighted by how many facts carry each."""
    return Speller(counts)


def respelled(query: Query, speller: Speller) -> Query:
    """The question with split words joined and misspelt words read as the known word meant."""
    groups, became = _joined([part for g in query.groups for part in _split(g, speller)], speller)
    mended = [_mended(g, speller) for g in groups]
    counted = query.counted and _mended(became.get(query.counted, query.counted), speller)
    return replace(query, groups=mended, counted=counted)


def _split(group: TermGroup, speller: Speller) -> list[TermGroup]:
    """«دست‌ساخته» (hazm joins «در دست ساخته» into a word of its own) when no release uses it but each part is a
    stored word: the parts, as the releases write them."""
    parts = group.text.split(ZWNJ)
    if len(parts) < 2 or _known(group, speller) or not all(p in speller.known for p in parts):
        return [group]
    return [replace(group, text=p, alternatives=_with_concepts({p})) for p in parts]


def _joined(groups: list[TermGroup], speller: Speller) -> tuple[list[TermGroup], dict[TermGroup, TermGroup]]:
    """Neighbours that are one known word together, each mapped to the group it became."""
    out: list[TermGroup] = []
    became: dict[TermGroup, TermGroup] = {}
    for group in groups:
        joined = _join(out[-1], group, speller) if out else None
        if joined is None:
            out.append(group)
            became[group] = group
            continue
        became.update({old: joined for old, new in became.items() if new == out[-1]} | {group: joined})
        out[-1] = joined
    return out, became


def _join(first: TermGroup, second: TermGroup, speller: Speller) -> TermGroup | None:
    """«دانش بنیان», «قرار داد» stored as one word «دانش‌بنیان», «قرارداد»; «سرمایه گزاری» one slip from the
    stored «سرمایه‌گذاری». A slip is mended only when a part is unknown: two known words stay two."""
    together = {a + b for a in _spellings(first) for b in _spellings(second)}
    found = together & speller.known
    if not found and not (_known(first, speller) and _known(second, speller)):
        real = is_real_word(f"{first.text} {second.text}")
        found = {fixed for word in together if (fixed := speller.correct(word, real))}
    if not found:
        return None
    return TermGroup(f"{first.text}{ZWNJ}{second.text}", _with_concepts(found) | _concepts(first, second, speller),
                     max(first.weight, second.weight, 1.0))


def _concepts(first: TermGroup, second: TermGroup, speller: Speller) -> set[str]:
    """What two joined words mean together: the concepts both carry when both are words of their own
    («غیر فعال»: #راکد, not the #مستقر of «فعال»); a part no release uses adds nothing, so the other part's
    («سرمایه گذاران»: #سرمایه‌گذاری)."""
    both = first.alternatives & second.alternatives if _known(first, speller) and _known(second, speller) \
        else first.alternatives | second.alternatives
    return {a for a in both if a.startswith("#")}


def _with_concepts(words: set[str]) -> frozenset[str]:
    """Known words with the concepts they name («اشتغال»: #اشتغال), as the releases' words carry them."""
    return frozenset(words | {concept for w in words for _, _, concept in concept_hits([w])})


def _spellings(group: TermGroup) -> set[str]:
    return {a for a in group.alternatives if not a.startswith("#")} | {group.text.replace(ZWNJ, "")}


def _known(group: TermGroup, speller: Speller) -> bool:
    return any(a in speller.known for a in group.alternatives)


def _mended(group: TermGroup, speller: Speller) -> TermGroup:
    """A group no release uses, read as the known word meant; a real word only without its ending."""
    if _known(group, speller):
        return group
    word = group.text.replace(ZWNJ, "")
    real = is_real_word(group.text)
    keys = sorted(a for a in group.alternatives if not a.startswith("#"))
    tries = [word] if real else [*keys, word]
    fixed = next(filter(None, (speller.correct(w, real) for w in tries)), None)
    return replace(group, alternatives=_with_concepts({fixed})) if fixed else group
