"""The few hazm modules the bot uses, imported without hazm's package init.

`import hazm` runs hazm/__init__.py, which imports every part of hazm (chunker, parsers, embeddings) and
with them nltk and numpy: about 0.6 s and 40 MB that nothing here uses. The normaliser, lemmatiser,
stemmer and tokenizer modules need only two small base classes from nltk (`StemmerI`, `TokenizerI`,
which add nothing the bot calls), so while they load, those two nltk modules are stand-ins; afterwards
`sys.modules` is left as it was, and a later `import hazm` or `import nltk` loads the real packages.
"""
import importlib
import importlib.machinery
import importlib.util
import sys
import types
from pathlib import Path

_NLTK_BASES = {"nltk.stem.api": "StemmerI", "nltk.tokenize.api": "TokenizerI"}
_USED = ("hazm.constants", "hazm.stemmer", "hazm.word_tokenizer", "hazm.lemmatizer", "hazm.normalizer")


def _stand_ins() -> dict[str, types.ModuleType]:
    modules = {name: types.ModuleType(name) for name in ("nltk", "nltk.stem", "nltk.tokenize", *_NLTK_BASES)}
    for name, base in _NLTK_BASES.items():
        setattr(modules[name], base, type(base, (), {}))
    if "hazm" not in sys.modules:
        modules["hazm"] = importlib.util.module_from_spec(_hazm_spec())  # the package, its __init__ not run
    return {name: module for name, module in modules.items() if name not in sys.modules}


def load() -> dict[str, types.ModuleType]:
    """hazm's constants, stemmer, word_tokenizer, lemmatizer and normalizer modules, by short name."""
    added = _stand_ins()
    sys.modules.update(added)
    try:
        loaded = {name.split(".")[1]: importlib.import_module(name) for name in _USED}
    finally:
        for name in added:
            del sys.modules[name]
    return loaded


def data_dir() -> Path:
    """hazm's data folder (words.dat, verbs.dat)."""
    return Path(str(_hazm_spec().origin)).parent / "data"


def _hazm_spec() -> importlib.machinery.ModuleSpec:
    spec = importlib.util.find_spec("hazm")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("hazm is not installed (make setup installs it)")
    return spec
