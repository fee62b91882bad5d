import json
import sqlite3
from datetime import date

import pytest

from dateline.extract.records import Article, Event
from dateline.loader import sha256_text
from dateline.store import EventFilter, StoreError, open_store
from dateline.store.db import BULK_PRAGMAS, EVENT_ROW_COLUMNS, event_row
from dateline.store.schema import MIGRATIONS, SCHEMA_VERSION

TEXT = "Gunmen killed five people in Bannu on Sunday. Police arrested two men in Lahore."


def article(ref="a1", text=TEXT, published=date(2025, 11, 10)) -> Article:
    return Article(ref=ref, text=text, title="T", published=published, published_how="metadata",
                   sha256=sha256_text(text))


def events() -> list[Event]:
    return [
        Event(type="Violence against civilians", subtype="Attack", evidence_start=0, evidence_end=45,
              date_start=date(2025, 11, 9), date_end=date(2025, 11, 9), date_precision="day",
              location="Bannu", country="Pakistan", actors=["Gunmen"], fatalities=5),
        Event(type="Strategic developments", subtype="Arrests", evidence_start=46, evidence_end=len(TEXT),
              date_start=date(2025, 11, 10), date_end=date(2025, 11, 10), location="Lahore"),
    ]


def test_add_article_stores_exact_evidence_and_revision_zero(store):
    store.add_article(article(), events(), "v1")
    rows = list(store.events())
    assert [r.evidence for r in rows] == [TEXT[e.evidence_start:e.evidence_end] for e in events()]
    assert rows[0].article_ref == "a1" and rows[0].actors == ["Gunmen"]
    assert store.revisions(rows[0].id)[0]["rev"] == 0
    assert store.revisions(rows[0].id)[0]["extractor_version"] == "v1"


def test_revision_zero_holds_the_whole_stored_row(store):
    """Undo restores from revision states, so a state must equal the row it snapshots."""
    store.add_article(article(), events(), "v1")
    names = [d[1] for d in store.conn.execute("PRAGMA table_info(events)")]
    states = dict(store.conn.execute("SELECT event_id, state FROM revisions WHERE rev = 0").fetchall())
    rows = store.conn.execute(f"SELECT {', '.join(names)} FROM events").fetchall()
    assert len(rows) == len(states) == 2
    for row in rows:
        assert json.loads(states[row[0]]) == dict(zip(names, row))
    bannu = json.loads(states[1])
    assert bannu["fatalities"] == 5 and bannu["actors"] == '["Gunmen"]' and bannu["latitude"] is None


def test_each_built_event_value_lands_in_its_column(store):
    """Load workers build the rows (`event_row`) and the store inserts them by position."""
    full = Event(type="Battles", subtype="Armed clash", evidence_start=0, evidence_end=45,
                 date_start=date(2025, 11, 8), date_end=date(2025, 11, 9), date_precision="range",
                 date_text="on Sunday", date_rule="weekday", location="Bannu", admin1="Khyber Pakhtunkhwa",
                 country="Pakistan", latitude=32.98, longitude=70.6, actors=["Forces armées", "Gunmen"],
                 actors_normalized=["Military Forces"], fatalities=5, fatalities_text="killed five",
                 aggregate=True, confidence=0.8)
    store.add_article(article(), [full], "v1")
    stored = store.conn.execute(f"SELECT {', '.join(EVENT_ROW_COLUMNS)} FROM events").fetchall()
    assert stored == [event_row(full, TEXT)]
    assert dict(zip(EVENT_ROW_COLUMNS, stored[0]))["actors"] == '["Forces armées", "Gunmen"]'
    assert dict(zip(EVENT_ROW_COLUMNS, stored[0]))["evidence"] == TEXT[:45]


def _database_at_version(db_path, version: int) -> None:
    """A file as an older dateline left it: its migrations only."""
    conn = sqlite3.connect(db_path, isolation_level=None)
    for statement in [s for migration in MIGRATIONS[:version] for s in migration]:
        conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.close()


def test_a_version_3_database_upgrades_and_still_finds_events_by_their_words(db_path):
    _database_at_version(db_path, 3)
    with open_store(db_path) as store:
        store.add_article(article(), events(), "v1")
        assert store.stats()["schema_version"] == SCHEMA_VERSION
        assert store.conn.execute("SELECT count(*) FROM sqlite_master WHERE name LIKE 'events_fts%'").fetchone()[0] == 0
        assert store.count_events(EventFilter(text="Bannu Sunday")) == 2  # words of the evidence, found via the article
        assert store.count_events(EventFilter(text="Bannu Karachi")) == 0


def test_same_ref_with_other_text_is_refused(store):
    store.add_article(article(), [], "v1")
    with pytest.raises(StoreError, match="already loaded with different text"):
        store.add_article(article(text="other"), [], "v1")
    assert store.stats()["articles"] == 1


def test_filters_and_literal_fts(store):
    store.add_article(article(), events(), "v1")
    assert store.count_events(EventFilter(location="bann")) == 1
    assert store.count_events(EventFilter(types=("Strategic developments",))) == 1
    assert store.count_events(EventFilter(date_from="2025-11-10")) == 1
    assert store.count_events(EventFilter(actor="gunmen")) == 1
    assert store.count_events(EventFilter(text="arrested")) == 2  # article text matches both
    for hostile in ['"', "AND(", "*", "NEAR", "a OR", "-x", "%_"]:
        store.count_events(EventFilter(text=hostile))  # never a syntax error


def test_keyset_paging_walks_every_event_once(store):
    for i in range(7):
        text = f"Event number {i} happened."
        store.add_article(article(ref=f"r{i}", text=text), [
            Event(type="Battles", subtype="Armed clash", evidence_start=0, evidence_end=len(text),
                  date_start=date(2025, 1, 1 + i % 3))], "v1")
    seen, after = [], None
    while True:
        page = list(store.events(limit=3, after=after))
        if not page:
            break
        seen += [p.id for p in page]
        after = (page[-1].date_start, page[-1].id)
    assert sorted(seen) == list(range(1, 8)) and len(seen) == 7
    assert [e.date_start for e in store.events()] == sorted(e.date_start for e in store.events())


def test_a_failed_write_in_a_batch_undoes_only_itself(store, db_path):
    with store.batch() as batch:
        store.add_article(article("a1"), events(), "v1")
        batch.tick()
        with pytest.raises(StoreError):
            store.add_article(article("a1", text="other text"), events(), "v1")  # same id, other text
        store.add_article(article("a2", text=TEXT + " "), events(), "v1")
        batch.tick()
    other = open_store(db_path)  # a second connection sees the batch once it is committed
    assert other.stats()["articles"] == 2 and other.stats()["events"] == 4
    assert other.conn.execute("SELECT count(*) FROM revisions").fetchone()[0] == 4
    other.close()


def test_an_article_failing_halfway_in_a_batch_leaves_nothing_and_settings_come_back(store, db_path):
    """A batch keeps its savepoints' undo copies in memory (BULK_PRAGMAS): an article whose
    events fail after its row went in must still vanish whole, its neighbours kept."""
    usual = [store.conn.execute(f"PRAGMA {name}").fetchone() for name in BULK_PRAGMAS]
    bad = Event(type="Battles", subtype="Armed clash", evidence_start=10, evidence_end=5)  # fails the CHECK
    with store.batch() as batch:
        for n in range(30):
            store.add_article(article(f"a{n}", text=f"{TEXT} {n}"), events(), "v1")
            batch.tick()
        with pytest.raises(StoreError):
            store.add_article(article("broken", text=TEXT + " broken"), [*events(), bad], "v1")
        store.add_article(article("after", text=TEXT + " after"), events(), "v1")
        batch.tick()
    assert [store.conn.execute(f"PRAGMA {name}").fetchone() for name in BULK_PRAGMAS] == usual
    with open_store(db_path) as other:
        assert other.stats()["articles"] == 31 and other.stats()["events"] == 62
        assert other.conn.execute("SELECT count(*) FROM revisions").fetchone()[0] == 62
        assert other.get_article("broken") is None and other.get_article("after") is not None


def test_a_batch_commits_as_it_goes(store, db_path):
    with store.batch() as batch:
        batch.size = 1
        store.add_article(article("a1"), events(), "v1")
        batch.tick()
        other = open_store(db_path)
        assert other.stats()["articles"] == 1  # visible before the batch ends
        other.close()


def test_newer_schema_is_refused(db_path):
    open_store(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer than this dateline"):
        open_store(db_path)


def test_non_sqlite_file_is_refused_and_untouched(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"my precious notes")
    with pytest.raises(StoreError, match="not a SQLite database"):
        open_store(path)
    assert path.read_bytes() == b"my precious notes"


def test_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a dateline one"):
        open_store(path)


def test_wal_foreign_keys_and_version(store):
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.stats()["schema_version"] == SCHEMA_VERSION


def test_reextract_replaces_untouched_and_flags_reviewed(store):
    article_id = store.add_article(article(), events(), "v1")
    store.conn.execute("UPDATE events SET status='confirmed', revision=1 WHERE location='Bannu'")
    changed = events()
    changed[0].fatalities = 6
    stats = store.replace_machine_events(article_id, TEXT, changed, "v2")
    assert stats == {"replaced": 1, "added": 1, "kept": 1, "flagged": 1}
    bannu = next(e for e in store.events() if e.location == "Bannu")
    assert bannu.fatalities == 5 and bannu.status == "confirmed" and "fatalities" in bannu.flagged


def test_articles_added_in_a_batch_are_searchable_at_every_commit(db_path):
    """Indexing waits for the batch's commit, and no commit leaves it behind."""
    with open_store(db_path) as store:
        with store.batch() as batch:
            for i in range(5):
                store.add_article(article(ref=f"a{i}", text=f"Gunmen killed {i} in Bannu on Sunday. Unique{i}."), [], "v1")
                batch.tick()
                if i == 2:
                    batch.commit()
                    batch._begin()
                    reader = sqlite3.connect(db_path)  # another connection sees only what is committed
                    assert [_found(reader, f"Unique{j}") for j in range(5)] == [1, 1, 1, 0, 0]
                    reader.close()
        store.add_article(article(ref="single", text="Protesters marched in Lahore. Loner."), [], "v1")
    with open_store(db_path) as store:
        store.conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")  # raises if out of step
        assert [_found(store.conn, w) for w in ("Unique0", "Unique4", "Loner", "Bannu")] == [1, 1, 1, 5]


def _found(conn: sqlite3.Connection, word: str) -> int:
    return conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", (word,)).fetchone()[0]


def test_a_version_4_database_upgrades_and_indexes_new_articles(db_path):
    _database_at_version(db_path, 4)
    with open_store(db_path) as store:
        store.add_article(article(), events(), "v1")
        assert store.stats()["schema_version"] == SCHEMA_VERSION == 5
        assert store.count_events(EventFilter(text="Bannu Sunday")) == 2
        store.conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
