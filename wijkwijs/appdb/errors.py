"""What a write can run into, each with a Dutch message the page shows as it is."""

from __future__ import annotations

from datetime import datetime


class AppDbError(Exception):
    """Base class; `str(error)` is the Dutch message for the user."""


class InvalidInput(AppDbError, ValueError):
    """A field is missing or wrong; the message names the field."""


class NotFound(AppDbError, LookupError):
    pass


class ConflictError(AppDbError):
    """Someone else saved the same record first: nothing of this write was saved."""

    def __init__(self, what: str, by_role: str | None, at: datetime | None, current_version: int):
        self.current_version = current_version
        when = f" op {at.astimezone().strftime('%d-%m-%Y om %H:%M')}" if at else ""
        who = f" door een collega ({by_role})" if by_role else " door een collega"
        super().__init__(
            f"{what} is intussen gewijzigd{who}{when}. Uw wijziging is niet opgeslagen, zodat "
            "die van uw collega niet verloren gaat. Lees de nieuwe versie en voer uw wijziging "
            "opnieuw in."
        )


class NeedsConfirmation(AppDbError):
    """The scrubber is unsure whether the text still holds personal data: the writer must look
    again and confirm before it is saved."""

    def __init__(self, reasons: tuple[str, ...], text: str):
        self.reasons, self.text = reasons, text
        super().__init__(
            "De tekst bevat mogelijk nog persoonsgegevens ("
            + "; ".join(reasons)
            + "). Pas de tekst aan, of bevestig dat er niets over een persoon in staat."
        )
