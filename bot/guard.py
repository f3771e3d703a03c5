"""A database that served subscribers must not silently come back empty.

Beside the database a small file (`<database>.subscribers`) remembers how many subscribers it had when it was
last opened or the bot last stopped. When the database file is gone (deleted, a volume not mounted) while that
file says it had subscribers, opening fails with the reason instead of creating an empty database with the seed
releases and nobody to send news to. To start afresh on purpose, delete the marker file too.
"""
import logging
from pathlib import Path

from db.connection import Database
from db.subscribers import subscriber_counts

log = logging.getLogger(__name__)
MARKER_SUFFIX = ".subscribers"


def marker_path(path: str) -> Path:
    return Path(f"{path}{MARKER_SUFFIX}")


def lost_reason(path: str) -> str | None:
    """Why the database at `path` must not be created afresh, or None when it may be."""
    if path == ":memory:" or (Path(path).is_file() and Path(path).stat().st_size > 0):
        return None
    marker = marker_path(path)
    try:
        had = int(marker.read_text().strip())
    except (OSError, ValueError):
        return None
    if had <= 0:
        return None
    return (f"the database file is missing, but {marker} records {had} subscribers: restore the database "
            f"from a backup, or delete {marker} to start an empty one")


async def remember_subscribers(db: Database) -> None:
    """Record the subscriber count beside the database (only once there is something worth protecting)."""
    if db.path == ":memory:":
        return
    active, inactive = await subscriber_counts(db)
    marker = marker_path(db.path)
    if active + inactive or marker.exists():
        try:
            marker.write_text(f"{active + inactive}\n")
        except OSError as err:
            log.warning("could not record the subscriber count in %s: %s", marker, err)
