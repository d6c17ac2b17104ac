"""Issue 15, fourteenth round: heldout13's blind leaks as classes (docs/youth-input.md).

Every example here is new, written for these tests (none is a corpus sentence). Each class is
tested both ways: what is personal is masked or held, its near negative is published.

- a kin role said of the word before it ("X is het zusje van", "X, de oudste broer van",
  "X (zusje van", "X is mijn nicht") makes that word a person, also a word that a brand list
  or the dictionary has; "het kind van de rekening", "de maat van" and a greeting before
  "mijn dochter" are no person;
- a word read only as a dictionary word's inflection, never seen written, that opens a
  message before thanks or a greeting ("shirs!! bedankt") or follows "hey"/"hoi"/"dankjewel"
  before punctuation is addressed: a name; an everyday word there ("jongens bedankt"), a
  letter drawn out ("jongenss"), a typo or a compound ("dansmeiden") is not;
- a class code with a group suffix ("4 vmbo-t2", "3 havo-2c", "kgt-b3") is one class, masked
  whole; "4 havo en" keeps its "en";
- a house number before a dash and a postcode ("Meeuwenlaan 88 – 3072 BK") is an address, no
  range of two numbers; a real range ("12-14") is still one house number;
- an organisation of the gemeente mails and posts from its name from the article on with its
  kind abbreviated by the initials of its parts ("Buurthuis De Ster" as "bhdester"): its
  mailbox and account there are published; a person's name at that domain, or other initials
  ("@jkdester"), are still masked.
"""

from __future__ import annotations

import pytest

from wijkwijs.personal.scrubber import Gazetteer, Scrubber

SCRUBBER = Scrubber()
# a gemeente of its own: its organisations' mailboxes and accounts are told from a person's
LOCAL = Scrubber(
    gazetteer=Gazetteer(places=("Buurthuis De Ster", "Wijkpunt Oosthaven"), gemeente="Ooststrand")
)


def _published(text: str) -> None:
    result = SCRUBBER.scrub(text)
    assert (result.text, result.needs_review) == (text, False)


@pytest.mark.parametrize(("text", "scrubbed"), [
    # a word in no list opening the sentence
    ("Vebu is het zusje van Tamsin, zei ze.", "[naam] is het zusje van [naam], zei ze."),
    # a dictionary word with a capital, an adjective before the kin role
    ("Tijger is het kleine broertje van Sam.", "[naam] is het kleine broertje van [naam]."),
    # an apposition after a comma, a kin role with "van"
    ("Storm, de oudste zus van Milan, komt ook.", "[naam], de oudste zus van [naam], komt ook."),
    # a word a brand list has, before a possessive kin role or a kin role with "van"
    ("Wibra is mijn nicht, ze komt woensdag.", "[naam] is mijn nicht, ze komt woensdag."),
    ("Kiabi is de broer van Tamsin.", "[naam] is de broer van [naam]."),
    # a capitalised everyday word
    ("Bolt is de oudste broer van Sam.", "[naam] is de oudste broer van [naam]."),
    # an apposition in brackets, with or without an article
    ("Kiabi (zusje van Tamsin) komt ook.", "[naam] (zusje van [naam]) komt ook."),
    ("Wibra (de moeder van Tamsin) helpt mee.", "[naam] (de moeder van [naam]) helpt mee."),
])  # fmt: skip
def test_a_kin_role_said_of_a_word_makes_it_a_person(text, scrubbed):
    assert SCRUBBER.scrub(text).text == scrubbed


@pytest.mark.parametrize("text", [
    "Rotterdam is het kind van de rekening, zeggen ze in de wijk.",
    "De HEMA is de maat van alles voor de kleintjes.",
    # an everyday noun or a compound as kin of a thing: a metaphor
    "Geduld is de moeder van de wijsheid, zegt opa altijd.",
    "Jeugdwerk is een vriend van de buurt.",
])  # fmt: skip
def test_an_idiom_or_a_measure_is_no_kin_role(text):
    _published(text)


def test_a_list_item_before_a_kin_role_is_not_made_a_person():
    # after a comma without an article the kin role is the next item of the list
    text = "Aanwezig: tolk Somalisch, vader van Tamsin."
    assert SCRUBBER.scrub(text).text == "Aanwezig: tolk Somalisch, vader van [naam]."


def test_a_greeting_before_the_writers_kin_is_no_person():
    # "Dobar dan, mijn dochter ...": the comma form counts only with "van"; the greeting stays
    result = SCRUBBER.scrub("Dobar dan, mijn dochter wil graag op judo.")
    assert result.text == "Dobar dan, mijn dochter wil graag op judo."


@pytest.mark.parametrize(("text", "scrubbed"), [
    ("shirs🥹 dankjewel voor gisteren!", "[naam]🥹 dankjewel voor gisteren!"),
    ("shirs, bedankt voor de lift", "[naam], bedankt voor de lift"),
    ("shirs!! dankjewel", "[naam]!! dankjewel"),
    # after the thanks
    ("dankjewel shirs🥹", "dankjewel [naam]🥹"),
])  # fmt: skip
def test_a_never_written_inflection_addressed_before_thanks_is_a_name(text, scrubbed):
    assert SCRUBBER.scrub(text).text == scrubbed


def test_a_never_written_inflection_after_hey_is_a_name():
    result = SCRUBBER.scrub("hey shirs!! kom je morgen ook?")
    assert result.text == "hey [naam]!! kom je morgen ook?"


@pytest.mark.parametrize("text", [
    "jongens bedankt voor vandaag, echt top",
    "Allemaal dankjewel voor de hulp bij de markt.",
    "hoi allemaal! morgen geen training",
    "bedankt jongens! tot donderdag",
    "jongens!! dankjewel voor de taart",
    # a letter drawn out, a typo, a compound nobody wrote before: the word, no nickname
    "jongenss dankjewel!",
    "iedereenn bedankt voor vandaag",
    "hoi dansmeiden! vanavond om 7 uur",
])  # fmt: skip
def test_an_everyday_word_addressed_before_thanks_is_kept(text):
    _published(text)


@pytest.mark.parametrize(("text", "scrubbed"), [
    ("Mentor van 4 vmbo-t2 is meneer Bos.", "Mentor van [klas] is meneer [naam]."),
    ("Lotte zit in 3 havo-2c.", "[naam] zit in [klas]."),
    ("Lotte zit in 2 vwo-a1 bij meneer Bos.", "[naam] zit in [klas] bij meneer [naam]."),
])  # fmt: skip
def test_a_class_code_with_a_group_suffix_is_masked_whole(text, scrubbed):
    assert SCRUBBER.scrub(text).text == scrubbed


def test_a_school_level_before_a_word_keeps_the_word():
    assert SCRUBBER.scrub("Lotte zit in 4 havo en wil meedoen.").text == (
        "[naam] zit in [klas] en wil meedoen."
    )


@pytest.mark.parametrize(("text", "scrubbed"), [
    ("Dewi Kaan – Meeuwenlaan 88 – 3072 BK.", "[naam] – Meeuwenlaan [huisnummer] – [postcode]."),
    ("Meeuwenlaan 88 - 3072bk", "Meeuwenlaan [huisnummer] - [postcode]"),
])  # fmt: skip
def test_a_house_number_before_a_dash_and_a_postcode_is_an_address(text, scrubbed):
    assert SCRUBBER.scrub(text).text == scrubbed


def test_a_range_of_house_numbers_is_still_one_house_number():
    assert SCRUBBER.scrub("Ze wonen op de Meeuwenlaan 12-14 boven de bakker.").text == (
        "Ze wonen op de Meeuwenlaan [huisnummer] boven de bakker."
    )


@pytest.mark.parametrize("text", [
    "Vragen over de disco? Mail info@bhdester.nl of bel even langs.",
    "Volg ons op insta: @bhdester voor het programma.",
])  # fmt: skip
def test_an_organisations_mailbox_with_its_kind_abbreviated_is_published(text):
    result = LOCAL.scrub(text)
    assert (result.text, result.needs_review) == (text, False)


@pytest.mark.parametrize(("text", "scrubbed"), [
    ("Mail lotte@bhdester.nl voor de sleutel.", "Mail [e-mail] voor de sleutel."),
    ("Volg @jkdester voor de filmpjes.", "Volg [account] voor de filmpjes."),
])  # fmt: skip
def test_a_person_at_the_organisations_abbreviated_domain_is_still_masked(text, scrubbed):
    assert LOCAL.scrub(text).text == scrubbed
