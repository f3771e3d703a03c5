"""Logging for the operator: one format, chatty HTTP libraries quieted, and secrets masked in every line."""
import logging
import sys
from urllib.parse import quote

QUIET = ("httpx", "httpcore", "tornado.access")
MASK = "<BOT_TOKEN>"


class SecretMask(logging.Filter):
    """Replaces each secret in a record's message, exception and stack text, whoever logged it."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self.secrets = sorted({form for s in secrets if s for form in (s, quote(s, safe=""))}, key=len, reverse=True)

    def mask(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, MASK)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            text = record.getMessage()
        except (TypeError, ValueError):  # a malformed call still gets logged, masked
            text = f"{record.msg} {record.args}"
        record.msg, record.args = self.mask(text), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.mask(record.exc_text)
        if record.stack_info:
            record.stack_info = self.mask(record.stack_info)
        return True


def configure(level: str, secrets: list[str]) -> None:
    """Log to stderr at `level`; HTTP request lines (which carry the token in the URL) only from WARNING."""
    logging.basicConfig(level=level, stream=sys.stderr, format="%(asctime)s %(levelname)s %(name)s: %(message)s",
                        force=True)
    for name in QUIET:
        logging.getLogger(name).setLevel(max(logging.WARNING, logging.getLogger().level))
    mask = SecretMask(secrets)
    for handler in logging.getLogger().handlers:
        handler.addFilter(mask)
