"""Review actions on real SQLite files: history, undo/redo across reopen, stale edits."""

from datetime import date

import pytest

from helpers import REVIEW_TEXT as TEXT
from dateline.extract.records import Event
from dateline.store import StaleEditError, StoreError, open_store
from dateline.store.review import Reviewer, ValidationError


def reviewer(path, who="ana"):
    return Reviewer(open_store(path), who)


def test_confirm_writes_one_revision_with_who_and_what(seeded):
    r = reviewer(seeded)
    row = r.confirm(1, based_on=0)
    assert (row.status, row.revision, row.updated_by) == ("confirmed", 1, "ana")
    history = r.store.revisions(1)
    assert [(h["rev"], h["action"], h["annotator"]) for h in history] == [(0, "extract", "extractor"), (1, "confirm", "ana")]
    assert history[1]["changes"] == {"status": ["unreviewed", "confirmed"]}


def test_edit_validates_and_marks_corrected(seeded):
    r = reviewer(seeded)
    with pytest.raises(ValidationError, match="subtype"):
        r.edit(1, 0, {"type": "Battles", "subtype": "Attack"})
    with pytest.raises(ValidationError, match="before date_start"):
        r.edit(1, 0, {"date_end": "2025-11-01"})
    with pytest.raises(ValidationError, match="fatalities"):
        r.edit(1, 0, {"fatalities": -3})
    assert r.store.get_event(1).revision == 0  # nothing saved by refused edits
    row = r.edit(1, 0, {"fatalities": 6, "evidence_end": 20})
    assert (row.status, row.fatalities, row.evidence) == ("corrected", 6, TEXT[:20])


def test_stale_edit_is_refused(seeded):
    first, second = reviewer(seeded, "ana"), reviewer(seeded, "ben")
    first.edit(1, 0, {"fatalities": 7})
    with pytest.raises(StaleEditError, match="revision 0, it is now at revision 1"):
        second.edit(1, 0, {"fatalities": 9})
    assert first.store.get_event(1).fatalities == 7


def test_undo_redo_survive_reopen(seeded):
    reviewer(seeded).edit(1, 0, {"fatalities": 8})
    reviewer(seeded).reject(2, 0)
    assert reviewer(seeded).undo().summary == "undo: reject event 2"
    assert reviewer(seeded).undo().summary.startswith("undo: edit")
    store = open_store(seeded)
    assert (store.get_event(1).fatalities, store.get_event(1).status) == (5, "unreviewed")
    assert store.get_event(2).status == "unreviewed"
    assert reviewer(seeded).redo().summary.startswith("redo: edit")
    assert open_store(seeded).get_event(1).fatalities == 8
    # history keeps everything: extract, edit, undo, redo
    assert [h["action"] for h in store.revisions(1)] == ["extract", "edit", "undo", "redo"]


def test_new_action_clears_redo_and_undo_is_per_annotator(seeded):
    r = reviewer(seeded)
    r.confirm(1, 0)
    r.undo()
    r.reject(2, 0)
    assert r.redo() is None
    assert reviewer(seeded, "ben").undo() is None


def test_undo_refused_when_someone_changed_the_event_since(seeded):
    reviewer(seeded, "ana").confirm(1, 0)
    reviewer(seeded, "ben").edit(1, 1, {"fatalities": 4})
    with pytest.raises(StoreError, match="was changed since"):
        reviewer(seeded, "ana").undo()


def test_add_split_merge_and_their_undo(seeded):
    r = reviewer(seeded)
    added = r.add("a1", {"type": "Battles", "subtype": "Armed clash", "evidence_start": 0, "evidence_end": 10})
    assert (added.origin, added.status, added.evidence) == ("human", "confirmed", TEXT[:10])
    r.undo()
    assert r.store.get_event(added.id) is None or r.store.count_events() == 2
    first, second = r.split(1, 0, 20)
    assert (first.evidence, second.evidence) == (TEXT[:20], TEXT[20:45])
    assert r.store.count_events() == 3
    r.merge(second.id, second.revision, 1)
    assert r.store.count_events() == 2
    r.undo()
    r.undo()
    assert r.store.count_events() == 2 and r.store.get_event(1).evidence == TEXT[:45]


def test_reextract_spares_touched_events(seeded):
    r = reviewer(seeded)
    r.edit(1, 0, {"fatalities": 9})
    stats = r.store.replace_machine_events(1, TEXT, [
        Event(type="Violence against civilians", subtype="Attack", evidence_start=0, evidence_end=45, fatalities=5)], "v2")
    assert stats["replaced"] == 1 and stats["kept"] == 1 and stats["added"] == 0
    assert r.store.get_event(1).fatalities == 9
