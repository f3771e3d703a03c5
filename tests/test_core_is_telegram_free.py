"""The core takes text and returns data: it must not import Telegram."""
import importlib
import pkgutil
import subprocess
import sys

import bot


def test_core_modules_do_not_import_telegram():
    """Importing every core module leaves `telegram` out of sys.modules."""
    names = [m.name for m in pkgutil.walk_packages(bot.__path__, "bot.") if m.name != "bot.__main__"]
    code = ("import importlib, sys\n"
            f"for n in {names!r}: importlib.import_module(n)\n"
            "print('telegram' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
    assert importlib.import_module("bot.answer.engine")
