"""Configuration, read once at the entry point from the environment and an optional .env file."""
import logging
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_DB = "data/amar.db"
_ID_SEPARATORS = re.compile(r"[\s,;]+")


class SettingsError(ValueError):
    """A configuration value that cannot be used; the text names the variable and the bad entry."""


def read_env_file(path: Path) -> dict[str, str]:
    """KEY=VALUE lines; comments and blank lines ignored; quotes stripped."""
    if not path.is_file():
        return {}
    values = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#") and "=" in line:
            key, value = line.split("=", 1)
            values[key.strip()] = value.strip().strip("'\"")
    return values


def parse_admin_ids(text: str) -> frozenset[int]:
    """Numeric Telegram user ids separated by commas, spaces or semicolons; anything else is named."""
    ids = set()
    for entry in filter(None, _ID_SEPARATORS.split(text)):
        if not re.fullmatch(r"-?[0-9]{1,19}", entry):
            raise SettingsError(f"ADMIN_IDS: «{entry}» is not a numeric Telegram user id "
                                "(ids are numbers such as 123456789, separated by commas)")
        ids.add(int(entry))
    return frozenset(ids)


def _number[N: (int, float)](name: str, text: str, kind: type[N], positive: bool = False) -> N:
    try:
        value = kind(text)
    except ValueError:
        raise SettingsError(f"{name}: «{text}» is not a number") from None
    if positive and not value > 0:
        raise SettingsError(f"{name}: must be greater than 0, not «{text}»")
    return value


def _log_level(text: str) -> str:
    level = text.strip().upper()
    if level not in logging.getLevelNamesMapping():
        raise SettingsError(f"LOG_LEVEL: «{text}» is not one of DEBUG, INFO, WARNING, ERROR")
    return level


@dataclass(frozen=True, slots=True)
class Settings:
    bot_token: str = ""
    admin_ids: frozenset[int] = field(default_factory=frozenset)
    database_path: str = DEFAULT_DB
    api_root: str = "https://api.telegram.org"
    broadcast_rate: float = 25.0
    per_chat_interval: float = 1.0
    paid_broadcast: bool = False
    retry_base_delay: float = 1.0
    retry_limit: int = 5
    questions_per_minute: int = 20
    log_level: str = "INFO"
    webhook_url: str = ""
    webhook_secret: str = ""
    webhook_listen: str = "0.0.0.0"
    port: int = 8443
    poll_timeout: int = 30

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, env_file: Path = Path(".env")) -> "Settings":
        """Every variable checked here, so a bad value stops the start with its name, not a traceback later."""
        merged = {**read_env_file(env_file), **(env if env is not None else os.environ)}
        get = merged.get
        return cls(
            bot_token=get("BOT_TOKEN", "").strip(),
            admin_ids=parse_admin_ids(get("ADMIN_IDS", "")),
            database_path=get("DATABASE_PATH", DEFAULT_DB),
            api_root=get("TELEGRAM_API_ROOT", "https://api.telegram.org").rstrip("/"),
            broadcast_rate=_number("BROADCAST_RATE", get("BROADCAST_RATE", "25"), float, positive=True),
            per_chat_interval=_number("BROADCAST_PER_CHAT_INTERVAL", get("BROADCAST_PER_CHAT_INTERVAL", "1.0"), float),
            paid_broadcast=get("ALLOW_PAID_BROADCAST", "").lower() in ("1", "true", "yes"),
            retry_base_delay=_number("RETRY_BASE_DELAY", get("RETRY_BASE_DELAY", "1.0"), float),
            retry_limit=_number("RETRY_LIMIT", get("RETRY_LIMIT", "5"), int, positive=True),
            questions_per_minute=_number("QUESTIONS_PER_MINUTE", get("QUESTIONS_PER_MINUTE", "20"), int,
                                         positive=True),
            log_level=_log_level(get("LOG_LEVEL", "INFO")),
            webhook_url=get("WEBHOOK_URL", ""),
            webhook_secret=get("WEBHOOK_SECRET", ""),
            webhook_listen=get("WEBHOOK_LISTEN", "0.0.0.0"),
            port=_number("PORT", get("PORT", "8443"), int, positive=True),
            poll_timeout=_number("POLL_TIMEOUT", get("POLL_TIMEOUT", "30"), int),
        )
