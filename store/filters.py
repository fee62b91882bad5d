"""Event filters shared by the CLI, the TUI and export, compiled to SQL."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from dateline.store.rows import STATUS_ALIASES


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Filters combine with AND; empty fields do not filter."""

    date_from: str | None = None  # ISO date; events ending on/after it
    date_to: str | None = None  # ISO date; events starting on/before it
    types: tuple[str, ...] = ()
    subtypes: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    location: str | None = None  # substring of location, admin1 or country
    actor: str | None = None  # substring of any actor (as written or normalised)
    article: str | None = None  # article ref, exact
    text: str | None = None  # full-text search over evidence and article text

    def is_empty(self) -> bool:
        return all(not getattr(self, f.name) for f in fields(self))

    def describe(self) -> list[str]:
        """Human-readable active filters, e.g. for a header or an empty-result hint."""
        parts = []
        if self.date_from:
            parts.append(f"from {self.date_from}")
        if self.date_to:
            parts.append(f"to {self.date_to}")
        for label, values in (("type", self.types), ("subtype", self.subtypes), ("status", self.statuses)):
            if values:
                parts.append(f"{label}: {', '.join(values)}")
        for label, value in (("location", self.location), ("actor", self.actor),
                             ("article", self.article), ("text", self.text)):
            if value:
                parts.append(f"{label}: {value}")
        return parts


def fts_query(user_text: str) -> str | None:
    """A literal FTS5 query from whatever the user typed.

    Every term is quoted, so FTS5 operators and stray quotes ("AND(", "*",
    "NEAR", '"') are searched as words instead of raising syntax errors.
    """
    terms = re.findall(r"\w+", user_text, flags=re.UNICODE)
    if not terms:
        return None
    return " ".join('"' + term.replace('"', '""') + '"' for term in terms)


def _like(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def where_clause(flt: EventFilter, alias: str = "e") -> tuple[str, list[object]]:
    """SQL condition (for `events AS alias` joined to `articles AS a`) and its parameters."""
    conds: list[str] = []
    params: list[object] = []
    # Kept in this exact form: it is the condition of the partial timeline index.
    conds.append(f"{alias}.deleted = 0")
    conds.append(f"{alias}.merged_into IS NULL")
    if flt.date_from:
        conds.append(f"COALESCE({alias}.date_end, {alias}.date_start) >= ?")
        params.append(flt.date_from)
    if flt.date_to:
        conds.append(f"{alias}.date_start <= ?")
        params.append(flt.date_to)
    if flt.types:
        conds.append(f"{alias}.type IN ({','.join('?' * len(flt.types))}) COLLATE NOCASE")
        params.extend(flt.types)
    if flt.subtypes:
        conds.append(f"{alias}.subtype IN ({','.join('?' * len(flt.subtypes))}) COLLATE NOCASE")
        params.extend(flt.subtypes)
    if flt.statuses:
        statuses: list[str] = []
        for status in flt.statuses:
            statuses.extend(STATUS_ALIASES.get(status, (status,)))
        conds.append(f"{alias}.status IN ({','.join('?' * len(statuses))})")
        params.extend(statuses)
    if flt.location:
        conds.append(
            f"({alias}.location LIKE ? ESCAPE '\\' OR {alias}.admin1 LIKE ? ESCAPE '\\' "
            f"OR {alias}.country LIKE ? ESCAPE '\\')"
        )
        params.extend([_like(flt.location)] * 3)
    if flt.actor:
        conds.append(
            f"({alias}.actors LIKE ? ESCAPE '\\' OR {alias}.actors_normalized LIKE ? ESCAPE '\\')"
        )
        params.extend([_like(flt.actor)] * 2)
    if flt.article:
        conds.append("a.ref = ?")
        params.append(flt.article)
    if flt.text:
        query = fts_query(flt.text)
        if query is None:
            conds.append("0")
        else:
            # Evidence is part of its article's text, so the article index finds it too.
            conds.append(f"{alias}.article_id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
            params.append(query)
    return (" AND ".join(conds) or "1"), params
