"""Commands that live in modules of their own, registered on the main group."""

import click

COMMANDS: list[click.Command] = []
