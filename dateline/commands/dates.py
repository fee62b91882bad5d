"""`dateline dates`: every temporal expression in a text, and how it was resolved."""

from __future__ import annotations

import json
from datetime import date

import click
from rich.console import Console
from rich.table import Table

from dateline.cli_common import db_option, store_for
from dateline.extract.dates import tag_dates
from dateline.loader import read_text_exact
from dateline.output import cell


def _published(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (use YYYY-MM-DD)") from None


@click.command("dates")
@click.argument("file", required=False, metavar="[FILE | -]")
@click.option("--published", callback=_published, metavar="YYYY-MM-DD",
              help="Publication date that relative expressions resolve against.")
@click.option("--article", "article_ref", metavar="REF", help="Tag a stored article instead of a file.")
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
def dates_cmd(file: str | None, published: date | None, article_ref: str | None, db: str | None, fmt: str) -> None:
    """Show every temporal expression in a text and how it was resolved.

    \b
    Each expression has its character span (into the text exactly as read),
    its kind (DATE, TIME, DURATION, SET), a TIMEX3-style value (2025-09-13,
    2025-09, 2025-W37, PAST_REF, P3D, XXXX-10 when the year cannot be known),
    a second value for ranges, its precision, the anchor it was resolved
    against and the rule that fired.

    \b
    Examples:
      dateline dates story.txt --published 2025-11-10
      echo "Gunmen struck on Sunday" | dateline dates - --published 2025-11-10 --format jsonl
      dateline dates --article ap-pakistan-2025-11
    """
    if article_ref:
        with store_for(db) as store:
            article = store.get_article(article_ref)
        if article is None:
            raise click.ClickException(f"no article with id {article_ref!r}")
        text, published = article.text, published or article.published
    elif file:
        try:
            text = read_text_exact(file)
        except OSError as exc:
            raise click.ClickException(f"cannot read {file}: {exc.strerror}") from exc
        except ValueError as exc:
            raise click.ClickException(f"{file}: {exc}") from exc
    else:
        raise click.UsageError("give a FILE (or - for stdin), or --article REF")
    if published is None:
        click.echo("note: no publication date, so relative expressions stay unresolved (--published)", err=True)
    found = tag_dates(text, published)
    if fmt == "jsonl":
        for e in found:
            click.echo(json.dumps({"start": e.start, "end": e.end, "text": e.text, "type": e.type, "value": e.value,
                                   "value_end": e.value_end, "precision": e.precision, "anchor": e.anchor,
                                   "rule": e.rule}, ensure_ascii=False))
        return
    table = Table(box=None, pad_edge=False, header_style="bold")
    for name in ("span", "text", "type", "value", "precision", "rule"):
        table.add_column(name, no_wrap=name != "text", ratio=1 if name == "text" else None)
    for e in found:
        value = e.value + (f"..{e.value_end}" if e.value_end else "")
        table.add_row(f"{e.start}-{e.end}", cell(e.text), e.type, value, e.precision, e.rule)
    Console(highlight=False).print(table)
    if not found:
        click.echo("no temporal expressions found", err=True)
