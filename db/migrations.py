"""Versioned schema migrations, applied in order at start, each once, each in its own transaction."""
import logging

import aiosqlite

log = logging.getLogger(__name__)

MIGRATIONS: list[tuple[str, str]] = [
    ("001_releases_and_facts", """
        CREATE TABLE releases (
            id INTEGER PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            date TEXT NOT NULL,
            date_key INTEGER NOT NULL,
            title TEXT NOT NULL,
            body TEXT NOT NULL,
            created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
        );
        CREATE INDEX releases_by_date ON releases(date_key);
        CREATE TABLE facts (
            id INTEGER PRIMARY KEY,
            release_id INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
            value REAL NOT NULL,
            value_max REAL,
            unit TEXT,
            kind TEXT NOT NULL,
            noun TEXT,
            qualifier TEXT,
            period_start INTEGER,
            period_end INTEGER,
            period_kind TEXT,
            period_label TEXT,
            region TEXT,
            scope TEXT,
            is_target INTEGER NOT NULL DEFAULT 0,
            sentence TEXT NOT NULL,
            amount_text TEXT NOT NULL,
            terms TEXT NOT NULL
        );
        CREATE INDEX facts_by_release ON facts(release_id);
        CREATE INDEX facts_by_value ON facts(value);
        CREATE TABLE fact_terms (
            term TEXT NOT NULL,
            fact_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
            weight REAL NOT NULL,
            PRIMARY KEY (term, fact_id)
        ) WITHOUT ROWID;
        CREATE INDEX fact_terms_by_fact ON fact_terms(fact_id);
        CREATE TABLE lists (
            id INTEGER PRIMARY KEY,
            release_id INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
            head TEXT NOT NULL,
            items TEXT NOT NULL,
            sentence TEXT NOT NULL,
            terms TEXT NOT NULL
        );
        CREATE INDEX lists_by_release ON lists(release_id);
        CREATE TABLE people (
            id INTEGER PRIMARY KEY,
            release_id INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            role TEXT NOT NULL,
            sentence TEXT NOT NULL,
            terms TEXT NOT NULL
        );
        CREATE INDEX people_by_release ON people(release_id);
    """),
    ("002_subscribers_and_questions", """
        CREATE TABLE subscribers (
            chat_id INTEGER PRIMARY KEY,
            user_id INTEGER,
            active INTEGER NOT NULL DEFAULT 1,
            subscribed INTEGER NOT NULL DEFAULT 0,
            blocked_reason TEXT,
            created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
            updated_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
        );
        CREATE TABLE questions (
            id INTEGER PRIMARY KEY,
            chat_id INTEGER,
            question TEXT NOT NULL,
            answered INTEGER NOT NULL,
            confidence REAL NOT NULL,
            asked_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
        );
        CREATE INDEX questions_by_time ON questions(asked_at);
    """),
    ("003_broadcasts", """
        CREATE TABLE broadcasts (
            id INTEGER PRIMARY KEY,
            release_id INTEGER NOT NULL REFERENCES releases(id),
            admin_chat_id INTEGER,
            progress_message_id INTEGER,
            started_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
            finished_at TEXT
        );
        CREATE TABLE deliveries (
            broadcast_id INTEGER NOT NULL REFERENCES broadcasts(id),
            chat_id INTEGER NOT NULL,
            status TEXT NOT NULL DEFAULT 'pending',
            attempts INTEGER NOT NULL DEFAULT 0,
            error TEXT,
            message_id INTEGER,
            updated_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
            PRIMARY KEY (broadcast_id, chat_id)
        );
        CREATE INDEX deliveries_pending ON deliveries(status, broadcast_id);
    """),
    ("004_term_postings_by_date", """
        ALTER TABLE fact_terms ADD COLUMN date_key INTEGER NOT NULL DEFAULT 0;
        UPDATE fact_terms SET date_key = (SELECT r.date_key FROM facts f JOIN releases r ON r.id = f.release_id
                                          WHERE f.id = fact_terms.fact_id);
        CREATE INDEX fact_terms_by_term_date ON fact_terms(term, date_key)
    """),
    ("005_charts", """
        CREATE TABLE charts (
            id INTEGER PRIMARY KEY,
            fact_ids TEXT NOT NULL,
            anchor_id INTEGER NOT NULL,
            created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
            UNIQUE (fact_ids, anchor_id)
        )
    """),
    ("006_broadcast_claims_parts_and_lease", """
        ALTER TABLE deliveries ADD COLUMN parts_sent INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE deliveries ADD COLUMN next_try_at REAL NOT NULL DEFAULT 0;
        DROP INDEX deliveries_pending;
        CREATE INDEX deliveries_claim ON deliveries(status, broadcast_id, chat_id);
        CREATE TABLE sender_lease (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            owner TEXT NOT NULL,
            expires_at REAL NOT NULL
        )
    """),
    ("007_drafts", """
        CREATE TABLE drafts (
            id INTEGER PRIMARY KEY,
            chat_id INTEGER NOT NULL,
            user_id INTEGER NOT NULL,
            status TEXT NOT NULL DEFAULT 'open',
            body TEXT NOT NULL,
            date TEXT NOT NULL,
            title TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
        );
        CREATE INDEX drafts_open ON drafts(chat_id, user_id, status)
    """),
    ("008_covering_postings_term_counts_topic_coverage", """
        CREATE TABLE fact_terms_by_date (
            term TEXT NOT NULL,
            date_key INTEGER NOT NULL,
            fact_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
            weight REAL NOT NULL,
            PRIMARY KEY (term, date_key, fact_id)
        ) WITHOUT ROWID;
        INSERT INTO fact_terms_by_date(term, date_key, fact_id, weight)
            SELECT term, date_key, fact_id, weight FROM fact_terms;
        DROP TABLE fact_terms;
        ALTER TABLE fact_terms_by_date RENAME TO fact_terms;
        CREATE TABLE term_counts (term TEXT PRIMARY KEY, facts INTEGER NOT NULL) WITHOUT ROWID;
        INSERT INTO term_counts(term, facts) SELECT term, COUNT(*) FROM fact_terms GROUP BY term;
        CREATE TABLE topic_coverage (
            unit TEXT NOT NULL,
            aspect TEXT NOT NULL,
            value TEXT NOT NULL,
            weight REAL NOT NULL,
            count INTEGER NOT NULL,
            PRIMARY KEY (unit, aspect, value, weight)
        ) WITHOUT ROWID;
        INSERT INTO topic_coverage SELECT COALESCE(unit, ''), 'facts', '', 0, COUNT(*) FROM facts GROUP BY unit;
        INSERT INTO topic_coverage SELECT COALESCE(unit, ''), 'releases', '', 0, COUNT(DISTINCT release_id)
            FROM facts GROUP BY unit;
        INSERT INTO topic_coverage SELECT COALESCE(unit, ''), 'region', COALESCE(region, ''), 0, COUNT(*)
            FROM facts GROUP BY unit, region;
        WITH RECURSIVE years(unit, year, last) AS (
            SELECT DISTINCT COALESCE(unit, ''), period_start / 100, period_end / 100 FROM facts
                WHERE period_start IS NOT NULL
            UNION SELECT unit, year + 1, last FROM years WHERE year < last)
        INSERT INTO topic_coverage SELECT unit, 'year', year, 0, COUNT(*) FROM years GROUP BY unit, year;
        INSERT INTO topic_coverage SELECT COALESCE(f.unit, ''), 'concept', t.term, t.weight, COUNT(*)
            FROM fact_terms t JOIN facts f ON f.id = t.fact_id WHERE t.term >= '#' AND t.term < '$'
            GROUP BY f.unit, t.term, t.weight
    """),
    # A second step of 008, kept apart because 008 may already be applied where its first form was merged.
    ("008b_kind_by_id_and_first_fact_of_terms", """
        CREATE INDEX facts_kind_by_id ON facts(id, kind);
        ALTER TABLE term_counts ADD COLUMN first_fact INTEGER NOT NULL DEFAULT 0;
        UPDATE term_counts SET first_fact = (SELECT MIN(fact_id) FROM fact_terms t WHERE t.term = term_counts.term);
        CREATE INDEX term_counts_by_first_fact ON term_counts(first_fact)
    """),
    ("010_feedback", """
        CREATE TABLE feedback (
            question_id INTEGER PRIMARY KEY REFERENCES questions(id),
            fact_id INTEGER,
            vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
            reason TEXT,
            voted_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
        );
        CREATE INDEX feedback_by_time ON feedback(voted_at)
    """),
    ("011_paraphrases", """
        CREATE TABLE paraphrases (
            id INTEGER PRIMARY KEY,
            wording TEXT NOT NULL,
            period_start INTEGER,
            period_end INTEGER,
            fact_id INTEGER NOT NULL REFERENCES facts(id),
            question_id INTEGER REFERENCES questions(id),
            taught_by INTEGER,
            taught_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
            undone_at TEXT
        );
        CREATE INDEX paraphrases_by_wording ON paraphrases(wording)
    """),
    ("012_subscription_regions", """
        CREATE TABLE subscription_regions (
            chat_id INTEGER NOT NULL REFERENCES subscribers(chat_id) ON DELETE CASCADE ON UPDATE CASCADE,
            region TEXT NOT NULL,
            PRIMARY KEY (chat_id, region)
        ) WITHOUT ROWID
    """),
    ("013_draft_corrections", """
        CREATE TABLE draft_corrections (
            draft_id INTEGER NOT NULL REFERENCES drafts(id),
            line INTEGER NOT NULL,
            kind TEXT NOT NULL,
            value TEXT NOT NULL DEFAULT '',
            corrected_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
            PRIMARY KEY (draft_id, line)
        );
        ALTER TABLE drafts ADD COLUMN release_id INTEGER REFERENCES releases(id)
    """),
    ("014_fact_place", """
        ALTER TABLE facts ADD COLUMN place TEXT
    """),
    ("016_conversations", """
        CREATE TABLE conversations (
            chat_id INTEGER PRIMARY KEY,
            state TEXT NOT NULL,
            saved_at REAL NOT NULL
        )
    """),
]


async def apply_migrations(conn: aiosqlite.Connection) -> list[str]:
    """Apply pending migrations; a failing one rolls back and stays pending. Returns those applied."""
    await conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                       "(name TEXT PRIMARY KEY, applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)")
    async with conn.execute("SELECT name FROM schema_migrations") as cur:
        done = {row[0] async for row in cur}
    applied = []
    for name, sql in MIGRATIONS:
        if name in done:
            continue
        try:
            await conn.execute("BEGIN")
            for statement in filter(str.strip, sql.split(";")):
                await conn.execute(statement)
            await conn.execute("INSERT INTO schema_migrations(name) VALUES (?)", (name,))
            await conn.execute("COMMIT")
        except Exception:
            await conn.execute("ROLLBACK")
            log.exception("migration %s failed; rolled back, still pending", name)
            raise
        applied.append(name)
        log.info("migration %s applied", name)
    return applied
