"""Small guarantees SQLite gives that its Python types do not say: an aggregate always returns a row, an INSERT
always has a row id."""
from typing import Any

import aiosqlite


def one(row: aiosqlite.Row | None) -> aiosqlite.Row:
    """The row of a query that always has one (COUNT, SUM, MAX …)."""
    if row is None:
        raise LookupError("the query returned no row")
    return row


def new_id(cur: aiosqlite.Cursor | Any) -> int:
    """The id of the row an INSERT just made."""
    if cur.lastrowid is None:
        raise LookupError("the statement inserted no row")
    return int(cur.lastrowid)
