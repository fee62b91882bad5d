"""Review from scripts: `dateline event ...`, `history`, `undo`, `redo`.

Same rules as the TUI: one revision per change, stale edits refused, undo and
redo persisted per annotator.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import click

from dateline.cli_common import db_option, db_path_for, store_for
from dateline.extract.records import ACLED_TYPES, DATE_PRECISIONS
from dateline.extract.user_dates import parse_user_date
from dateline.safe_text import visible
from dateline.store import open_store
from dateline.store.review import ANNOTATOR_ENV, Reviewer, annotator_name

def annotator_option(func: Any) -> Any:
    return click.option(
        "--annotator", metavar="NAME",
        help=f"Who is making the change (default: ${ANNOTATOR_ENV}, else your OS user).",
    )(func)


def based_on_option(func: Any) -> Any:
    return click.option(
        "--based-on", "based_on", type=int, metavar="REV",
        help="Refuse the change unless the event is still at revision REV.",
    )(func)


def _reviewer(db: str | None, annotator: str | None):  # -> (Store, Reviewer)
    store = open_store(db_path_for(db))
    return store, Reviewer(store, annotator_name(annotator))


@click.group("event")
def event_group() -> None:
    """Confirm, reject or correct events (every change is kept in history).

    \b
    dateline event confirm 12 13 14
    dateline event edit 12 --date "13-14 Sept" --fatalities 17 --note "per ISPR"
    dateline history 12
    """


def _status_command(name: str, verb: str) -> click.Command:
    @click.argument("event_ids", nargs=-1, type=int, required=True)
    @db_option
    @annotator_option
    @based_on_option
    def command(event_ids: tuple[int, ...], db: str | None, annotator: str | None, based_on: int | None) -> None:
        store, reviewer = _reviewer(db, annotator)
        with store:
            for event_id in event_ids:
                row = getattr(reviewer, name)(event_id, based_on)
                click.echo(f"event {event_id}: {row.status} (revision {row.revision})")

    command.__doc__ = f"{verb} events (sets their status; undo with `dateline undo`)."
    return event_group.command(name)(command)


_status_command("confirm", "Confirm")
_status_command("reject", "Reject")


@event_group.command("edit")
@click.argument("event_id", type=int)
@db_option
@annotator_option
@based_on_option
@click.option("--type", "etype", type=click.Choice(list(ACLED_TYPES), case_sensitive=False), help="ACLED event type.")
@click.option("--subtype", help="ACLED sub-event type (must belong to the type).")
@click.option("--date", "date_text", metavar="TEXT",
              help="Free text resolved against the article's publication date: 2025-09-13, "
                   "2025-09-13..2025-09-14, 2025-09, 'Sept. 13', 'last Monday'.")
@click.option("--precision", type=click.Choice(DATE_PRECISIONS), help="Override the date precision.")
@click.option("--location", help="Most specific place.")
@click.option("--admin1", help="Province/state.")
@click.option("--country", help="Country.")
@click.option("--actor", "actors", multiple=True, help="Actor (repeat for each; replaces the list).")
@click.option("--fatalities", metavar="N|none", help="Total killed, or 'none' for unknown.")
@click.option("--note", help="Analyst note ('' clears it).")
@click.option("--tag", "tags", multiple=True, help="Tag (repeat; replaces the list).")
@click.option("--evidence", metavar="START:END", help="New evidence span as article offsets.")
def edit_cmd(event_id: int, db: str | None, annotator: str | None, based_on: int | None, etype: str | None,
             subtype: str | None, date_text: str | None, precision: str | None, location: str | None,
             admin1: str | None, country: str | None, actors: tuple[str, ...], fatalities: str | None,
             note: str | None, tags: tuple[str, ...], evidence: str | None) -> None:
    """Correct fields of an event; it becomes `corrected`."""
    store, reviewer = _reviewer(db, annotator)
    with store:
        event = store.get_event(event_id)
        if event is None:
            raise click.ClickException(f"no event {event_id}")
        changes: dict[str, Any] = {}
        if etype:
            changes["type"] = next(t for t in ACLED_TYPES if t.lower() == etype.lower())
            changes.setdefault("subtype", subtype or ACLED_TYPES[changes["type"]][0])
        if subtype:
            changes["subtype"] = subtype
        if date_text:
            published = date.fromisoformat(event.published) if event.published else None
            try:
                span = parse_user_date(date_text, published)
            except ValueError as exc:
                raise click.BadParameter(str(exc), param_hint="--date") from None
            changes.update(date_start=span.start.isoformat(), date_end=span.end.isoformat(),
                           date_precision=span.precision, date_text=date_text)
        if precision:
            changes["date_precision"] = precision
        for key, value in (("location", location), ("admin1", admin1), ("country", country)):
            if value is not None:
                changes[key] = value or None
        if actors:
            changes["actors"] = list(actors)
        if fatalities is not None:
            if fatalities.lower() in ("none", "null", ""):
                changes["fatalities"] = None
            elif fatalities.isdigit():
                changes["fatalities"] = int(fatalities)
            else:
                raise click.BadParameter(f"{fatalities!r} is not a whole number or 'none'", param_hint="--fatalities")
        if note is not None:
            changes["notes"] = note or None
        if tags:
            changes["tags"] = list(tags)
        if evidence:
            try:
                start, end = (int(x) for x in evidence.split(":"))
            except ValueError:
                raise click.BadParameter("use START:END, e.g. 120:245", param_hint="--evidence") from None
            changes.update(evidence_start=start, evidence_end=end)
        if not changes:
            raise click.UsageError("nothing to change: give at least one field option")
        row = reviewer.edit(event_id, based_on, changes)
    click.echo(f"event {event_id}: {row.status} (revision {row.revision})")


@click.command("history")
@click.argument("event_id", type=int)
@db_option
@click.option("--format", "fmt", type=click.Choice(["text", "jsonl"]), default="text", show_default=True)
def history_cmd(event_id: int, db: str | None, fmt: str) -> None:
    """Every revision of an event: who, when, what changed."""

    with store_for(db) as store:
        if store.get_event(event_id) is None and not store.revisions(event_id):
            raise click.ClickException(f"no event {event_id}")
        revisions = store.revisions(event_id)
    for rev in revisions:
        if fmt == "jsonl":
            click.echo(json.dumps(rev, ensure_ascii=False))
            continue
        who = rev["annotator"] + (f" ({rev['extractor_version']})" if rev["extractor_version"] else "")
        click.echo(f"r{rev['rev']}  {rev['at']}  {rev['action']:<8} {visible(who)}")
        for field, (before, after) in rev["changes"].items():
            click.echo(f"      {field}: {visible(json.dumps(before, ensure_ascii=False))}"
                       f" -> {visible(json.dumps(after, ensure_ascii=False))}")


def _replay_command(name: str) -> click.Command:
    @click.command(name)
    @db_option
    @annotator_option
    def command(db: str | None, annotator: str | None) -> None:
        store, reviewer = _reviewer(db, annotator)
        with store:
            result = getattr(reviewer, name)()
        click.echo(result.summary if result else f"nothing to {name} for {reviewer.annotator}")

    command.help = f"{name.capitalize()} your last review action (persists across restarts)."
    return command


COMMANDS = [event_group, history_cmd, _replay_command("undo"), _replay_command("redo")]
