"""Commands that live in modules of their own, registered on the main group."""

import click

from dateline.commands import review

COMMANDS: list[click.Command] = [*review.COMMANDS]
