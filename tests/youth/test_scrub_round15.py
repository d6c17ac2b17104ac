"""Issue 15, fifteenth round: heldout14's blind leaks as classes (docs/youth-input.md).

Every example here is new, written for these tests (none is a corpus sentence). Each class is
tested both ways: what is personal is masked, its near negative is published.

- a word ending like a street ("-wal", "-kamal", "-gracht") right after a first name, listed
  or on no list, is a surname when its stem is neither a word nor a name, no house number
  follows and the gemeente has no such street; a street named after a person ("Willem
  Alexanderlaan", "Karel Doormanstraat") and the gemeente's own street stay places.
"""

from __future__ import annotations

import pytest

from wijkwijs.personal.scrubber import Gazetteer, Scrubber

SCRUBBER = Scrubber()


def _published(text: str, scrubber: Scrubber = SCRUBBER) -> None:
    result = scrubber.scrub(text)
    assert (result.text, result.needs_review) == (text, False)


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        (
            "Farzad Zandkamal komt morgen langs voor de stage",
            "[naam] komt morgen langs voor de stage",
        ),
        (
            "intake soraya mirwaisgracht geboren 4 mei 2011",
            "intake [naam] geboren [geboortedatum]",
        ),
    ],
)
def test_a_street_ending_after_a_first_name_is_a_surname(text, scrubbed):
    assert SCRUBBER.scrub(text).text == scrubbed


@pytest.mark.parametrize(
    "text",
    [
        "Zaterdag lopen we over de Willem Alexanderlaan naar het park",
        "De Karel Doormanstraat is afgesloten voor de braderie",
    ],
)
def test_a_street_named_after_a_person_stays_a_place(text):
    _published(text)


def test_the_gemeentes_own_street_after_a_first_name_stays_a_place():
    local = Scrubber(gazetteer=Gazetteer(streets=("Zandkamal",)))
    _published("Fleur Zandkamal wordt opnieuw bestraat", local)
    scrubbed = SCRUBBER.scrub("Fleur Zandkamal wordt opnieuw bestraat").text
    assert scrubbed == "[naam] wordt opnieuw bestraat"  # where the gemeente has no such street
