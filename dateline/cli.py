"""The `dateline` command: a thin click layer over loader, store and export."""

from __future__ import annotations

import gc
import json
import sqlite3
import sys
import traceback
from datetime import date
from typing import TYPE_CHECKING, Any

import click
from rich.console import Console

from dateline import __version__
from dateline.store import EventFilter, Store, StoreError, resolve_db_path
from dateline.store.paths import ENV_VAR
from dateline.cli_common import db_option, db_path_for, err_console, store_for

if TYPE_CHECKING:
    from dateline.ingest import LoadReport

EXIT_INPUT_FAILED = 1
EXIT_DB_ERROR = 3

EVENT_FORMATS = ("table", "jsonl", "json", "csv")


class DatabaseError(click.ClickException):
    exit_code = EXIT_DB_ERROR


class DefaultGroup(click.Group):
    """`dateline PATH...` means `dateline open PATH...`: load, then show the timeline."""

    default_command = "open"

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        index = 0
        while index < len(args) and args[index].startswith("-") and args[index] != "-":
            if args[index] in ("--help", "--version"):
                return super().parse_args(ctx, args)
            index += 2 if args[index] == "--db" else 1
        if index < len(args) and args[index] not in self.commands:
            self.add_optional_commands()
        if index >= len(args) or args[index] not in self.commands:
            args = args[:index] + [self.default_command] + args[index:]
        return super().parse_args(ctx, args)

    def list_commands(self, ctx: click.Context) -> list[str]:
        self.add_optional_commands()
        return super().list_commands(ctx)

    def add_optional_commands(self) -> None:
        """Register the commands that live in modules of their own when one is asked for (or all
        are listed). Importing them cost every command 0.02 s; they, and `dateline.ingest`, also
        brought the loader, yaml and dateparser, which `events` or `export` never use."""
        from dateline.commands import COMMANDS

        for command in COMMANDS:
            self.add_command(command)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except StoreError as exc:
            _maybe_traceback(ctx)
            raise DatabaseError(str(exc)) from exc
        except sqlite3.Error as exc:
            _maybe_traceback(ctx)
            raise DatabaseError(f"database error: {exc}") from exc

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        super().format_epilog(ctx, formatter)
        with formatter.section("Database"):
            # The path on a line of its own and never wrapped, so it can be copied whole.
            formatter.write(f"{' ' * formatter.current_indent}{resolve_db_path(ctx.params.get('db'))}\n")
            formatter.write_text(
                f"(override with --db PATH or {ENV_VAR})"
            )


def _maybe_traceback(ctx: click.Context) -> None:
    if ctx.find_root().params.get("debug"):
        traceback.print_exc()


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]},
             epilog="Run `dateline COMMAND --help` for each command's options and examples.")
@db_option
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
@click.version_option(__version__, prog_name="dateline")
def cli(db: str | None, debug: bool) -> None:
    """Turn news articles into a dated event timeline you can review.

    \b
    dateline sample_articles/          load a folder, then open the timeline
    dateline                           open the timeline on the database
    dateline events --type Battles     list events (table, jsonl, json, csv)
    dateline export -o events.csv --format acled-csv
    """


def _run_load(store: Store, paths: list[str], jobs: int, quiet: bool) -> LoadReport:
    from dateline.ingest import load_paths

    console = err_console()
    show_progress = not quiet and console.is_terminal
    if not show_progress:
        return load_paths(store, paths, jobs=jobs)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=console, transient=True) as progress:
        task = progress.add_task("loading", total=None)

        def tick(item: Any, outcome: str) -> None:
            progress.update(task, advance=1, description=f"loading {outcome}: {item.origin[-40:]}")

        return load_paths(store, paths, jobs=jobs, on_item=tick)


def _report(report: LoadReport, quiet: bool) -> None:
    console = err_console()
    for line in report.warnings:
        if not quiet:
            console.print(line, markup=False, style="yellow")
    for line in report.failed:
        console.print(line, markup=False, style="red")
    if not quiet or report.failed:
        console.print(
            f"loaded {report.loaded} articles ({report.events} events), "
            f"skipped {report.skipped} already loaded, failed {len(report.failed)}",
            markup=False,
        )


@cli.command("load")
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Extract in N processes (worth it for thousands of articles).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar or summary (errors still shown).")
def load_cmd(paths: tuple[str, ...], db: str | None, jobs: int, quiet: bool) -> None:
    """Load articles from files, folders (recursively) or `-` (JSONL on stdin).

    \b
    Formats: .txt/.md (optional YAML front matter: id, title, published,
    source, url), .json (an article object or a list), .jsonl (one article
    per line: id, title, text, published, source, url).
    Re-loading identical text is skipped. Bad files or lines are reported as
    `path:line: reason` and everything else still loads; exit status 1 then.

    \b
    Example: dateline load sample_articles/ feeds/*.jsonl
    """
    with store_for(db) as store:
        report = _run_load(store, list(paths), jobs, quiet)
    _report(report, quiet)
    if not report.ok:
        sys.exit(EXIT_INPUT_FAILED)


@cli.command("open", hidden=True)
@click.argument("paths", nargs=-1)
@db_option
@click.option("-j", "--jobs", default=1, type=click.IntRange(1, 64), help="Extraction processes.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar or summary.")
@click.option("--read-only", is_flag=True, help="Open the timeline without allowing edits.")
@click.option("--annotator", metavar="NAME", help="Who is reviewing (default: $DATELINE_ANNOTATOR, else your OS user).")
def open_cmd(paths: tuple[str, ...], db: str | None, jobs: int, quiet: bool, read_only: bool,
             annotator: str | None) -> None:
    """Load PATHS (if any), then open the timeline."""
    db_path = db_path_for(db)
    failed = False
    if paths:
        with store_for(db) as store:
            report = _run_load(store, list(paths), jobs, quiet)
        _report(report, quiet)
        failed = not report.ok
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        err_console().print(
            f"not a terminal: not opening the timeline. Database: {db_path}", markup=False
        )
    else:
        from dateline.tui.app import run_app

        run_app(db_path, read_only=read_only, annotator=annotator)
    if failed:
        sys.exit(EXIT_INPUT_FAILED)


def _parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        pass
    for size, suffix in ((7, "-01"), (4, "-01-01")):
        if len(value) == size:
            try:
                return date.fromisoformat(value + suffix).isoformat()
            except ValueError:
                break
    raise click.BadParameter(f"{value!r} is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)")


def filter_options(func: Any) -> Any:
    options = [
        click.option("--from", "date_from", callback=_parse_date, metavar="DATE", help="Events ending on/after DATE."),
        click.option("--to", "date_to", callback=_parse_date, metavar="DATE", help="Events starting on/before DATE."),
        click.option("--type", "types", multiple=True, help="ACLED event type or sub-type (repeatable)."),
        click.option("--location", help="Substring of location, admin1 or country."),
        click.option("--actor", help="Substring of an actor's name."),
        click.option("--article", help="Article id."),
        click.option("--status", "statuses", multiple=True,
                     type=click.Choice(["unreviewed", "confirmed", "corrected", "rejected", "reviewed"]),
                     help="Review status (repeatable; reviewed = confirmed or corrected)."),
        click.option("-q", "--query", "text", metavar="TEXT", help="Full-text search in evidence and article text."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def build_filter(date_from: str | None, date_to: str | None, types: tuple[str, ...], location: str | None,
                 actor: str | None, article: str | None, statuses: tuple[str, ...], text: str | None) -> EventFilter:
    from dateline.extract.records import ACLED_TYPES

    main_types = {t.lower() for t in ACLED_TYPES}
    return EventFilter(
        date_from=date_from, date_to=date_to,
        types=tuple(t for t in types if t.lower() in main_types),
        subtypes=tuple(t for t in types if t.lower() not in main_types),
        statuses=statuses, location=location, actor=actor, article=article, text=text,
    )


@cli.command("events")
@db_option
@filter_options
@click.option("--format", "fmt", type=click.Choice(EVENT_FORMATS), default="table", show_default=True)
@click.option("--limit", type=click.IntRange(1), help="At most N events.")
def events_cmd(db: str | None, fmt: str, limit: int | None, **filters: Any) -> None:
    """List events in timeline order.

    \b
    Examples:
      dateline events --from 2025-09 --type Battles --location Bannu
      dateline events --status unreviewed --format jsonl | jq .evidence
    """
    # dateline.output is imported by the commands that write with it: its rich tables and
    # csv cost every other command, `load` first, 6 ms of start-up.
    from dateline.output import events_table, write_events

    flt = build_filter(**filters)
    with store_for(db) as store:
        rows = store.events(flt, limit=limit)
        if fmt == "table":
            count = events_table(rows, Console(highlight=False))
            if not count:
                active = "; ".join(flt.describe())
                err_console().print(f"no events{' match ' + active if active else ''}", markup=False)
        else:
            write_events(rows, fmt, sys.stdout)


@cli.command("show")
@click.argument("event_id", type=int)
@db_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def show_cmd(event_id: int, db: str | None, fmt: str) -> None:
    """Show one event with all its fields, its evidence and its history."""
    from dateline.output import cell

    with store_for(db) as store:
        event = store.get_event(event_id)
        if event is None:
            raise click.ClickException(f"no event {event_id}")
        history = store.revisions(event_id)
    record = event.export()
    if fmt == "json":
        click.echo(json.dumps({**record, "history": history}, ensure_ascii=False, indent=2))
        return
    from rich.table import Table

    table = Table(box=None, show_header=False, pad_edge=False)
    table.add_column(style="bold", no_wrap=True)
    table.add_column(ratio=1)
    for key, value in record.items():
        table.add_row(key, cell(value))
    table.add_row("history", cell([f"r{h['rev']} {h['action']} by {h['annotator']} {h['at']}" for h in history]))
    Console(highlight=False).print(table)


@cli.command("export")
@db_option
@filter_options
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "csv", "acled-csv", "gold"]),
              default="jsonl", show_default=True)
@click.option("-o", "--output", default="-", show_default=True, help="File to write, or - for stdout.")
@click.option("--include-rejected", is_flag=True, help="Also export events an analyst rejected.")
def export_cmd(db: str | None, fmt: str, output: str, include_rejected: bool, **filters: Any) -> None:
    """Export events as JSONL, JSON, CSV, ACLED-style CSV, or gold for evaluation.

    \b
    Rejected events are left out unless --include-rejected.
    Examples:
      dateline export -o events.jsonl
      dateline export --format acled-csv --from 2025-01 -o acled.csv
      dateline export --format gold --status reviewed -o my-gold.jsonl
    """
    from dateline.output import write_events

    flt = build_filter(**filters)
    with store_for(db) as store:
        rows = (e for e in store.events(flt) if include_rejected or e.status != "rejected")
        if output == "-":
            count = write_events(rows, fmt, sys.stdout)
        else:
            try:
                with open(output, "w", encoding="utf-8", newline="") as out:
                    count = write_events(rows, fmt, out)
            except OSError as exc:
                raise click.ClickException(f"cannot write {output}: {exc.strerror}") from exc
    if output != "-":
        err_console().print(f"wrote {count} events to {output}", markup=False)


@cli.group("articles", invoke_without_command=True)
@db_option
@click.option("--undated", is_flag=True, help="Only articles whose publication date is unknown.")
@click.option("--format", "fmt", type=click.Choice(EVENT_FORMATS), default="table", show_default=True)
@click.pass_context
def articles_cmd(ctx: click.Context, db: str | None, undated: bool, fmt: str) -> None:
    """List loaded articles (and fix their publication dates).

    \b
    dateline articles --undated
    dateline articles set-date my-article 2025-09-15
    """
    if ctx.invoked_subcommand:
        ctx.obj = db
        return
    from dateline.output import articles_table, write_records

    with store_for(db) as store:
        rows = store.articles(undated=undated)
        if fmt == "table":
            if not articles_table(rows, Console(highlight=False)):
                err_console().print("no undated articles" if undated else "no articles loaded yet", markup=False)
        else:
            fields = ("id", "ref", "title", "source", "url", "published", "published_how", "origin", "loaded_at", "chars", "events")
            write_records(rows, fmt, sys.stdout, fields)


@articles_cmd.command("set-date")
@click.argument("ref")
@click.argument("published", callback=_parse_date)
@db_option
@click.pass_context
def set_date_cmd(ctx: click.Context, ref: str, published: str, db: str | None) -> None:
    """Set article REF's publication date; its relative dates are re-resolved."""
    from dateline.ingest import set_article_date

    with store_for(db or ctx.obj) as store:
        stats = set_article_date(store, ref, date.fromisoformat(published))
    click.echo(f"{ref}: published {published}; {stats['added']} events re-extracted, "
               f"{stats['kept']} reviewed events kept, {stats['flagged']} flagged")


@cli.command("stats")
@db_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def stats_cmd(db: str | None, fmt: str) -> None:
    """Counts of articles and events, by type and review status."""
    with store_for(db) as store:
        stats = store.stats()
    if fmt == "json":
        click.echo(json.dumps(stats, indent=2))
        return
    lines = [f"database         {stats['database']}", f"articles         {stats['articles']}"
             f" ({stats['undated_articles']} undated)", f"events           {stats['events']}",
             f"date range       {stats['first_event'] or '-'} .. {stats['last_event'] or '-'}",
             f"fatalities       {stats['fatalities']}"]
    lines += [f"  {status:<14} {n}" for status, n in stats["by_status"].items()]
    lines += ["by type:"] + [f"  {t:<30} {n}" for t, n in stats["by_type"].items()]
    click.echo("\n".join(lines))


@cli.command("reextract")
@db_option
def reextract_cmd(db: str | None) -> None:
    """Re-run extraction on every stored article (after an upgrade).

    Only events no human has touched are replaced; confirmed, corrected,
    rejected and added events stay exactly as the analyst left them, and are
    flagged when the new extraction disagrees with them.
    """
    from dateline.ingest import reextract

    with store_for(db) as store:
        totals = reextract(store)
    click.echo(
        f"re-extracted {totals['articles']} articles: {totals['added']} machine events "
        f"(replacing {totals['replaced']}), {totals['kept']} reviewed kept, {totals['flagged']} flagged"
    )


def main() -> None:
    try:
        cli(prog_name="dateline")
    finally:
        # Python's last collection at exit walks every object still alive (after a load, the
        # gazetteer's and the modules') to free next to nothing: 0.05-0.09 s at the end of a
        # load, its workers already gone (measured). Frozen, they are skipped; stores and files
        # are closed by then, and the memory goes back to the system all the same.
        gc.freeze()
