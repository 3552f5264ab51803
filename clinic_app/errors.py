"""Errors the user may see. Each message says what is wrong and what to do."""


class ClinicError(Exception):
    """Base for errors with a message fit for a person (no traceback)."""


class ValidationError(ClinicError):
    """Input that cannot be saved. ``errors`` maps a field name to a message."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        first = next(iter(self.errors.items()), ("input", "is not valid"))
        super().__init__(f"{first[0]}: {first[1]}")


class NotFoundError(ClinicError):
    """A record asked for by id does not exist."""


class DatabaseError(ClinicError):
    """The database cannot be used; the message says why and what to do."""
