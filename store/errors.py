"""Errors the store raises with a message fit to show a user as-is."""


class StoreError(Exception):
    """A problem with the database that the user can act on (one clear line)."""


class DiskFullError(StoreError):
    """No room left: every further write would fail too, so loads stop."""


class StaleEditError(StoreError):
    """An edit was based on a revision that is no longer current."""

    def __init__(self, event_id: int, based_on: int, current: int) -> None:
        super().__init__(
            f"event {event_id} changed since you loaded it (you edited revision "
            f"{based_on}, it is now at revision {current}); reload and try again"
        )
        self.event_id = event_id
        self.based_on = based_on
        self.current = current
