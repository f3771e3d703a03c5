"""Configuration, read once at the entry point from the environment and an optional .env file."""
import os
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_DB = "data/amar.db"


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
    port: int = 8443
    poll_timeout: int = 30

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, env_file: Path = Path(".env")) -> "Settings":
        merged = {**read_env_file(env_file), **(env if env is not None else os.environ)}
        get = merged.get
        return cls(
            bot_token=get("BOT_TOKEN", "").strip(),
            admin_ids=frozenset(int(x) for x in get("ADMIN_IDS", "").replace(" ", "").split(",") if x),
            database_path=get("DATABASE_PATH", DEFAULT_DB),
            api_root=get("TELEGRAM_API_ROOT", "https://api.telegram.org").rstrip("/"),
            broadcast_rate=float(get("BROADCAST_RATE", "25")),
            per_chat_interval=float(get("BROADCAST_PER_CHAT_INTERVAL", "1.0")),
            paid_broadcast=get("ALLOW_PAID_BROADCAST", "").lower() in ("1", "true", "yes"),
            retry_base_delay=float(get("RETRY_BASE_DELAY", "1.0")),
            retry_limit=int(get("RETRY_LIMIT", "5")),
            questions_per_minute=int(get("QUESTIONS_PER_MINUTE", "20")),
            log_level=get("LOG_LEVEL", "INFO").upper(),
            webhook_url=get("WEBHOOK_URL", ""),
            webhook_secret=get("WEBHOOK_SECRET", ""),
            port=int(get("PORT", "8443")),
            poll_timeout=int(get("POLL_TIMEOUT", "30")),
        )
