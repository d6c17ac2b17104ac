"""Issue 15, eleventh round: the classes of heldout10's blind costs (docs/youth-input.md).

Every example here is new, written for these tests (none is a corpus sentence). Each class is
tested both ways: what is personal is masked or held, its near negative is published.

- Frisian, the second official language, is vocabulary (the Fryske Akademy's hunspell
  dictionary, data/README.md): a Frisian note is published untouched, while a person in it is
  still masked;
- a Frisian word with a capital in mid-sentence is read as before it was vocabulary (a name),
  since Frisian writes its nouns in lowercase; in lowercase it stays a word;
- a house number in words after one of the gemeente's own streets, whatever the street's
  ending ("-buorren"), and after the word "huisnummer" whatever follows;
- a mail header's display name with a name in it is one person's name, also where it recurs
  (the signature); a mailbox's own name without a name in it stays;
- a Frisian word after a first name in lowercase raises no doubt of a surname;
- the gemeente's and its organisations' names glued into an address or a handle without
  their diacritics ("julsterwald" for "Jûlsterwâld") are its own, as with them.
"""

from __future__ import annotations

import pytest

from wijkwijs.personal.lexicon import lexicon
from wijkwijs.personal.scrubber import Gazetteer, Scrubber

SCRUBBER = Scrubber()
LOCAL = Scrubber(gazetteer=Gazetteer(streets=("Tsjerkebuorren",)))


@pytest.mark.parametrize("text", [
    "Hja wolle moarn graach fuotbal oefenje by de sporthal.",
    "Juster wiene de bern op skoalle en hja hiene in protte nocht.",
    "Hja wolle in hok foar de jongerein by de sporthal.",
    "we gaan keatsen op het veld achter de school",
])  # fmt: skip
def test_frisian_text_is_published_untouched(text):
    result = SCRUBBER.scrub(text)
    assert (result.text, result.needs_review) == (text, False)


@pytest.mark.parametrize(("text", "expected"), [
    ("Jildou Hoekstra wol moarn graach fuotbal oefenje.",
     "[naam] wol moarn graach fuotbal oefenje."),
    ("sjoukje syn freonen wolle moarn fuotbal oefenje",
     "[naam] syn freonen wolle moarn fuotbal oefenje"),
])  # fmt: skip
def test_a_person_in_a_frisian_note_is_still_masked(text, expected):
    assert SCRUBBER.scrub(text).text == expected


def test_the_frisian_list_holds_no_word_spelt_as_a_name_it_lists():
    """The dictionary lists Frisian names capitalised; their lowercase homographs are left
    out at build time, and words a name list holds are no Frisian vocabulary either."""
    lex = lexicon()
    assert {"keatsen", "hja", "skoalle", "jongerein"} <= lex.frisian_only
    assert not {"rintsje", "durk", "jildou"} & lex.frisian_only


def test_a_frisian_word_after_a_lowercase_first_name_raises_no_doubt():
    text = "sjoukje syn freonen wolle moarn fuotbal oefenje"
    result = SCRUBBER.scrub(text)
    assert (result.text, result.needs_review) == (
        "[naam] syn freonen wolle moarn fuotbal oefenje",
        False,
    )


def test_a_frisian_word_with_a_capital_in_mid_sentence_is_a_name():
    assert SCRUBBER.scrub("gisteren kwam Keatsen nog even langs in het buurthuis").text == (
        "gisteren kwam [naam] nog even langs in het buurthuis"
    )


def test_a_worded_house_number_after_the_gemeentes_own_street_is_masked():
    text = "ze woont op de Tsjerkebuorren zeventien en haar zus ook"
    assert LOCAL.scrub(text).text == "ze woont op de Tsjerkebuorren [huisnummer] en haar zus ook"


def test_a_count_after_the_gemeentes_own_street_stays():
    text = "op de Tsjerkebuorren twee kramen erbij voor de markt"
    result = LOCAL.scrub(text)
    assert (result.text, result.needs_review) == (text, False)


def test_a_worded_number_after_huisnummer_is_masked_whatever_follows():
    assert SCRUBBER.scrub("zijn huisnummer is negen volgens de brief van de school").text == (
        "zijn huisnummer is [huisnummer] volgens de brief van de school"
    )


def test_a_count_of_house_numbers_stays():
    text = "het aantal huisnummers in de straat is negen"
    result = SCRUBBER.scrub(text)
    assert (result.text, result.needs_review) == (text, False)


def test_a_mail_senders_display_name_is_masked_where_it_recurs():
    text = (
        "Van: Storm Kuipers <s.kuipers@wadcollege.nl>\nOnderwerp: zaal\n\n"
        "Kan de zaal dinsdag open?\n\nStorm Kuipers\ndocent"
    )
    assert SCRUBBER.scrub(text).text == (
        "Van: [naam] <[e-mail]>\nOnderwerp: zaal\n\nKan de zaal dinsdag open?\n\n[naam]\ndocent"
    )


def test_a_mailboxs_own_display_name_stays():
    """Only the display name is this class's; its address is the mailbox rules' to judge."""
    text = "Van: Bibliotheek Noord <info@bieb.nl>\nOnderwerp: zaal\n\nDe zaal is dinsdag open."
    assert SCRUBBER.scrub(text).text.startswith("Van: Bibliotheek Noord <")


# the gemeente's name has diacritics; addresses and handles are written without them
FRISIAN_GEMEENTE = Scrubber(gazetteer=Gazetteer(gemeente="Jûlsterwâld"))


@pytest.mark.parametrize("text", [
    "Vragen over de zomerweek? Mail naar zomerweek@julsterwald.nl of kom langs.",
    "Volg @jeugdwerkjulsterwald voor het rooster van de zomer.",
])  # fmt: skip
def test_an_organisations_contact_with_the_gemeente_unaccented_is_published(text):
    result = FRISIAN_GEMEENTE.scrub(text)
    assert (result.text, result.needs_review) == (text, False)


@pytest.mark.parametrize(("text", "expected"), [
    ("Vragen? Mail naar sanne@julsterwald.nl of kom langs.",
     "Vragen? Mail naar [e-mail] of kom langs."),
    ("Volg @jildou.julsterwald voor de foto van de zomer.",
     "Volg [account] voor de foto van de zomer."),
])  # fmt: skip
def test_a_persons_contact_at_the_unaccented_gemeente_is_masked(text, expected):
    assert FRISIAN_GEMEENTE.scrub(text).text == expected
