"""Commands that live in modules of their own, registered on the main group."""

import click

from dateline.commands import dates, evaluate, review

COMMANDS: list[click.Command] = [*review.COMMANDS, evaluate.eval_cmd, dates.dates_cmd]
