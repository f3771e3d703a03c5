"""Frozen dataclasses (a Query with its periods and term groups) as JSON-able values and back.

Stored state outlives the code that wrote it: a field added since takes its default, a field dropped since is
ignored, and a value that no longer fits raises ValueError for the caller to treat as no state at all.
"""
import types
from dataclasses import MISSING, fields, is_dataclass
from functools import cache
from typing import Any, Union, get_args, get_origin, get_type_hints


def to_plain(value: Any) -> Any:
    """Dataclasses as dicts, tuples, lists and sets as lists (sets sorted, so equal values give equal text)."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (set, frozenset)):
        return sorted(to_plain(v) for v in value)
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    return value


def from_plain[T](cls: type[T], value: Any) -> T:
    """An instance of the dataclass `cls` from what to_plain made of one."""
    return _typed(cls, value)


@cache
def _hints(cls: type) -> dict[str, Any]:
    return get_type_hints(cls)


def _typed(hint: Any, value: Any) -> Any:
    origin, args = get_origin(hint), get_args(hint)
    if origin in (Union, types.UnionType):
        if value is None:
            return None
        hint = next(a for a in args if a is not type(None))
        origin, args = get_origin(hint), get_args(hint)
    if is_dataclass(hint):
        return _dataclass(hint, value)
    if origin in (list, tuple, frozenset, set):
        if not isinstance(value, list):
            raise ValueError(f"a list was expected for {hint}, not {value!r}")
        return origin(_typed(args[0], v) for v in value)
    if hint is float and isinstance(value, int):
        return float(value)
    if isinstance(hint, type) and not isinstance(value, hint):
        raise ValueError(f"{hint.__name__} was expected, not {value!r}")
    return value


def _dataclass(cls: Any, value: Any) -> Any:
    if not isinstance(value, dict):
        raise ValueError(f"{cls.__name__} was expected, not {value!r}")
    hints = _hints(cls)
    missing = [f.name for f in fields(cls) if f.name not in value
               and f.default is MISSING and f.default_factory is MISSING]
    if missing:
        raise ValueError(f"{cls.__name__} lacks {', '.join(missing)}")
    return cls(**{f.name: _typed(hints[f.name], value[f.name]) for f in fields(cls) if f.name in value})
