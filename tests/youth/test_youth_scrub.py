"""The scrubber on real-looking texts: what goes, what stays, what is held for review."""

from __future__ import annotations

import pytest

from wijkwijs.youth.scrub import (
    DIGITS_LEFT,
    POSSIBLE_ADDRESS,
    UNKNOWN_CAPITALISED,
    Scrubber,
)

PLACES = ["Molenwijk", "Oude Haven", "Bedrijventerrein De Vaart", "Demstervoort", "Kerkbuurt"]
SCRUBBER = Scrubber(PLACES)

SCRUBBED = [
    # names by list and by pattern
    (
        "Ik (Sanne) wil dit: Een panna-kooi in de buurt",
        "Ik ([naam]) wil dit: Een panna-kooi in de buurt",
    ),
    (
        "Een skatepark, nu skaten we op de parkeerplaats. Groetjes Daan",
        "Een skatepark, nu skaten we op de parkeerplaats. Groetjes [naam]",
    ),
    ("ik heet Xandro en ik wil een voetbalkooi", "ik heet [naam] en ik wil een voetbalkooi"),
    ("ik ben daan en ik wil een skatepark", "ik ben [naam] en ik wil een skatepark"),
    ("Mijn naam is Noah de Vries, meer bankjes graag", "Mijn naam is [naam], meer bankjes graag"),
    ("Liefs, Fleur", "Liefs, [naam]"),
    ("Ik en Bram willen een pumptrack", "Ik en [naam] willen een pumptrack"),
    ("Samen met mijn zusje Ilse een plan gemaakt", "Samen met mijn zusje [naam] een plan gemaakt"),
    # phone numbers in the ways people write them
    ("Bel me als je vragen hebt: 06-12345678", "Bel me als je vragen hebt: [telefoonnummer]"),
    ("app me 06 12 34 56 78", "app me [telefoonnummer]"),
    ("Mijn nummer is 0612345678!", "Mijn nummer is [telefoonnummer]!"),
    ("bel +31 (0)6-1234 5678 of 030-1234567", "bel [telefoonnummer] of [telefoonnummer]"),
    # e-mail and accounts
    ("Mail me op sanne2009@example.com", "Mail me op [e-mail]"),
    ("Volg ons op insta @daan_dmv", "Volg ons op insta [account]"),
    ("snap: yara.xo", "snap: [account]"),
    ("kijk op instagram.com/jongerenraad_dmv", "kijk op [account]"),
    # house numbers: the street stays, the number goes
    (
        "Ik woon op Molenstraat 12 dus ik weet hoe het is",
        "Ik woon op Molenstraat [huisnummer] dus ik weet hoe het is",
    ),
    (
        "De Kerkstraat 3-5 en de Havenkade 14a zijn oud",
        "De Kerkstraat [huisnummer] en de Havenkade [huisnummer] zijn oud",
    ),
    ("ik woon op huisnummer 7", "ik woon op [huisnummer]"),
    # BSN-like numbers and postcodes
    ("Mijn BSN is 111222333", "Mijn BSN is [bsn]"),
    ("postcode 3811 AB", "postcode [postcode]"),
]

SURVIVES = [
    "Een overdekte hangplek bij het pleintje aan de Molenstraat",
    "Meer licht op het fietspad langs de Vaart",
    "Een oversteekplaats bij de rotonde bij de Vaartweg",
    "Meer bomen langs de Julianalaan, in de zomer is het daar heel heet",
    "Auto's rijden te hard op de Sportlaan, 2 keer per dag gaat het bijna mis",
    "Storm heeft de bomen bij de Oude Haven omgeblazen",
    "Een plek op het Bedrijventerrein De Vaart om te skaten",
    "Met Kerstmis een markt op het plein in de Molenwijk",
    "Een skatepark en een Fortnite-toernooi in de Kerkbuurt",
    "Ik ben 14 en wil een basketbalveld",
    "De bus (lijn 5) moet vaker rijden, ook in 2025",
    "Een veilige fietsroute naar de Jan van Galenstraat",
]

HELD = [
    ("Ik ga daar altijd met Quirijn voetballen", UNKNOWN_CAPITALISED),
    ("Ik woon op de Brink 4 en daar is niks", POSSIBLE_ADDRESS),
    ("Bel 123456 voor meer info", DIGITS_LEFT),
]


@pytest.mark.parametrize(("text", "expected"), SCRUBBED)
def test_personal_data_is_replaced_by_a_visible_marker(text, expected):
    result = SCRUBBER.scrub(text)
    assert result.text == expected
    assert result.markers and not result.needs_review


@pytest.mark.parametrize("text", SURVIVES)
def test_places_and_ordinary_text_survive_intact(text):
    result = SCRUBBER.scrub(text)
    assert result.text == text
    assert result.markers == () and result.review_reasons == ()


@pytest.mark.parametrize(("text", "reason"), HELD)
def test_unsure_records_are_held_for_review(text, reason):
    result = SCRUBBER.scrub(text)
    assert result.needs_review
    assert reason in result.review_reasons


def test_markers_list_each_kind_once_in_order():
    result = SCRUBBER.scrub(
        "Mijn naam is Emma en ik woon op Brugstraat 8. Mail emma@example.com of bel 0687654321"
    )
    assert result.text == (
        "Mijn naam is [naam] en ik woon op Brugstraat [huisnummer]. Mail [e-mail] of bel "
        "[telefoonnummer]"
    )
    assert result.markers == ("[e-mail]", "[telefoonnummer]", "[huisnummer]", "[naam]")


def test_ambiguous_name_at_sentence_start_is_a_word_but_mid_sentence_a_name():
    assert SCRUBBER.scrub("Roos en tulpen in het park").text == "Roos en tulpen in het park"
    assert SCRUBBER.scrub("Ik speel vaak met Roos in het park").text == (
        "Ik speel vaak met [naam] in het park"
    )


def test_a_nine_digit_number_failing_the_elfproef_is_held_not_marked():
    result = SCRUBBER.scrub("code 123456789")
    assert result.text == "code 123456789" and result.review_reasons == (DIGITS_LEFT,)
