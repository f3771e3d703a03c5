"""The plain text a regular expression cannot match without: a quick test before running it.

Most of the period patterns can match nowhere in most sentences, but Python's regex engine still tries each
of them at every position (a pattern that opens with an optional group or a look-behind has no fixed first
letter), which cost a release more than its places and amounts together. `required_text` reads a compiled
pattern and names strings one of which every match needs in the text around it (a look-around's text
counts: it must be there too), so `may_match` can say «no» with a few substring tests. It only ever
says «no» when the pattern cannot match, so a pattern the reading does not understand is simply run.
"""
import re
from collections.abc import Sequence
from functools import cache
from re import _constants as sre  # type: ignore[attr-defined]  # what re compiles from: stable in a minor version
from re import _parser as sre_parse  # type: ignore[attr-defined]

Requirement = tuple[str, ...]  # one of these strings is in any text the pattern matches
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


@cache  # a pattern shared by several lists is read once
def required_text(pattern: re.Pattern[str]) -> Requirement | None:
    """Strings one of which every match of the pattern needs; None when none can be named."""
    if pattern.flags & re.IGNORECASE:
        return None
    return _of_sequence(sre_parse.parse(pattern.pattern, pattern.flags))


def may_match(text: str, needs: Requirement | None) -> bool:
    if needs is None:
        return True
    for part in needs:  # noqa: SIM110 (a loop, not any(): it runs for every pattern of every sentence)
        if part in text:
            return True
    return False


def _of_sequence(items: Sequence[tuple]) -> Requirement | None:
    """The most telling requirement of a sequence: its longest run of plain letters, or what a group, an
    alternation whose every branch needs something, a repeat done at least once or a look-around needs."""
    options: list[Requirement] = []
    run = ""
    for op, arg in items:
        if op is sre.LITERAL:
            run += chr(arg)
            continue
        if run:
            options.append((run,))
            run = ""
        if (inner := _of_item(op, arg)) is not None:
            options.append(inner)
    if run:
        options.append((run,))
    return max(options, key=lambda option: (min(map(len, option)), -len(option)), default=None)


def _of_item(op: object, arg: tuple) -> Requirement | None:
    if op is sre.SUBPATTERN:
        return _of_sequence(arg[3])
    if op is sre.ATOMIC_GROUP:
        return _of_sequence(arg)
    if op is sre.ASSERT:
        return _of_sequence(arg[1])
    if op in _REPEATS and arg[0] >= 1:
        return _of_sequence(arg[2])
    if op is sre.BRANCH:
        branches = [_of_sequence(branch) for branch in arg[1]]
        if any(branch is None for branch in branches):
            return None
        return tuple(dict.fromkeys(part for branch in branches if branch for part in branch))
    return None
