"""The Telegram wiring under load: what it changes in the HTTP layer leaves that layer working as before."""
import importlib.util

from httpcore._synchronization import current_async_library

from handlers.app import no_import_per_request


def test_httpcore_still_runs_on_asyncio_once_sniffio_is_marked_absent():
    """With sniffio not installed, marking it absent keeps httpcore's answer (asyncio) and its import fails
    at once instead of searching every folder again."""
    installed = importlib.util.find_spec("sniffio") is not None
    no_import_per_request()
    assert current_async_library() == "asyncio"
    assert installed or importlib.util.find_spec("sniffio") is None
