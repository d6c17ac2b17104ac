"""Issue 15, tenth round: the probe set, written before the next blind corpus.

Every example here is new, written for these tests (none is a corpus sentence), in the forms
an author who never saw the detector would try next. Each class is tested both ways: a person
or a number that is masked, and a near negative that is published untouched.

- names of origins the name lists lacked: Ukrainian as Ukraine's national standard romanises
  it ("Arsenii", "Tymofii", "Dariia") and in older or Russian-style spellings, Polish with
  diacritics and its surnames, Persian (Dari), Eritrean and Ethiopian (Tigrinya), also in
  lowercase, in capitals, at a sentence's start and after a verb; their collisions with Dutch
  words ("les", "vlas", "roman") stay words where no person is meant;
- numbers as a word processor or a phone types them: an en or em dash or a minus sign for
  the hyphen, a no-break space for the space;
- codes read out in a voice memo after their name: a postcode, a plate and an IBAN in lone
  letters and number words;
- an organisation's mailbox: ordinary words at a domain of ordinary words that no free mail
  provider hosts ("wijkagent@politie.nl", "noreply@..."); at "gmail.com" words and the
  gemeente's own places make a person's address;
- initials after the word "initialen", whatever stands around them, and a surname's initial
  alone after a first name in lowercase ("jesse b");
- an account right after the name of one of the gemeente's own clubs or services ("aan VV
  Molenwijk, rekening NL91 ..."), in a record naming nobody, is theirs;
- a first name that is a word labelling a chat line with emoji before the colon ("Roos 💕:")
  is held, as it is without them;
- a first name that is a word where only a person is called, seen, visited or present ("ik
  heb roos gebeld", "bij fleur thuis", "was storm er ook bij") is held; after "mijn bff is"
  it is masked;
- code-switching: "her name is roos", "a girl named roos" name a person, "said roos" may;
  "my friend said", "my brother will" stay English;
- a transcript's fillers before a name open no clause of their own: "nou ja bram zegt" is
  read as "bram zegt";
- a name with emoji glued to it before its verb ("❤️Fiyori❤️ wil") is the verb's subject;
- a survey row's cell before a cell that is an age is a name, also a word ("roos", "storm");
- a year said as English says it ("twintig twaalf" for 2012) in a spoken birth date;
- the day someone turns an age ("ze is 14 sinds 3 maart", "op 03/03 wordt ze 14") is a
  birth date;
- a nickname in quotes after the words that give it ("ze noemen hem 'De Kapper'");
- a dictionary word typed without its accents ("oke", "cafe", "ideeen") is a word in
  lowercase text, though "Oke" is a first name: a transcript's filler is no name slot;
- a first name that is a word, in lowercase, where one speaks to someone or someone came by
  ("zeg tegen fleur", "vandaag kwam roos langs"): held for a reviewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from wijkwijs.personal import lexicon, ocr
from wijkwijs.personal.scrubber import Gazetteer, Scrubber

SCRUBBER = Scrubber(
    gazetteer=Gazetteer(streets=("Molenstraat",), places=("Buurthuis De Kade",)),
    today=date(2026, 6, 1),
)


@pytest.mark.parametrize(("text", "expected"), [
    # Ukrainian by the national 2010 system, in every position
    ("Arsenii wil een crossbaan achter de sporthal.",
     "[naam] wil een crossbaan achter de sporthal."),
    ("arsenii heeft de sleutel van het hok", "[naam] heeft de sleutel van het hok"),
    ("gisteren zag ik tymofii bij de pannakooi", "gisteren zag ik [naam] bij de pannakooi"),
    ("Vandaag belde dariia over de kookavond", "Vandaag belde [naam] over de kookavond"),
    ("ik heb yuliia en solomiia gesproken over de bieb",
     "ik heb [naam] en [naam] gesproken over de bieb"),
    ("IEDEREEN WIL EEN ZWEMBAD, ZEGT ARSENII", "IEDEREEN WIL EEN ZWEMBAD, ZEGT [naam]"),
    # older passports' and Russian-style spellings; a surname from the same lists
    ("Arseniy en Timofey komen elke woensdag.", "[naam] en [naam] komen elke woensdag."),
    ("Oleksandr Shevchenko wil een basketbalveld.", "[naam] wil een basketbalveld."),
    # Polish with its diacritics, and a surname Faker keeps outside its `last_names`
    ("mijn mentor is Małgorzata Wójcik", "mijn mentor is [naam]"),
    ("Kubiak wil een fietsenmaker in de wijk.", "[naam] wil een fietsenmaker in de wijk."),
    # Eritrean and Ethiopian (Tigrinya), Persian (Dari)
    ("Teklay en Kahsay voetballen elke dag op het veld.",
     "[naam] en [naam] voetballen elke dag op het veld."),
    ("Farzaneh vraagt om meer licht in het park.", "[naam] vraagt om meer licht in het park."),
    ("Abolfazl Rezaei wil een boksclub.", "[naam] wil een boksclub."),
    # a name that is also a word, where the sentence makes it a person
    ("roman wil een pannakooi bij de school", "[naam] wil een pannakooi bij de school"),
])  # fmt: skip
def test_round10_names_of_other_origins_are_masked(text, expected):
    result = SCRUBBER.scrub(text)
    assert result.text == expected
    assert not result.needs_review


@pytest.mark.parametrize("text", [
    # the same names are Dutch or English words where no person is meant
    "Les 3 ging over energie en de les daarna over water.",
    "Meekrap en vlas zijn vroeger hier verbouwd, vertelde de gids.",
    "Ik lees een roman over de oorlog.",
    "EHBO-les van het Rode Kruis, alle scouts doen mee.",
    "such a vibe, het was able om de hele avond te blijven",
    # after a title a listed name in lowercase is a surname: not a word of the new lists
    "de trainer wist het ook niet, de juf rede ook niet mee",
])  # fmt: skip
def test_round10_words_that_are_names_elsewhere_stay_words(text):
    result = SCRUBBER.scrub(text)
    assert (result.text, result.review_reasons) == (text, ())


def test_round10_the_new_lists_are_names_except_their_dictionary_words():
    lex = lexicon.lexicon()
    assert {"arsenii", "tymofii", "dariia", "kubiak", "bąk", "teklay", "farzaneh"} <= (
        lex.first_names | lex.surnames
    )
    # "les" (Ukrainian), "vlas" (Russian), "wist", "such", "million": names in a new list,
    # but Dutch or English words, so the lists of earlier rounds decide them
    assert not {"vlas", "wist", "kassa", "such", "million"} & (lex.first_names | lex.surnames)
    assert {"such", "able", "million", "wist", "vlas"} <= lex.words


@pytest.mark.parametrize(("text", "expected"), [
    ("TEL 06–12345678", "TEL [telefoonnummer]"),
    ("Tel. 06 — 12345678 (moeder)", "Tel. [telefoonnummer] (moeder)"),
    ("bel haar op 06\u00a012345678", "bel haar op [telefoonnummer]"),
    ("de scooter met kenteken FZ–123–K staat er weer",
     "de scooter met kenteken [kenteken] staat er weer"),
    ("Sanne de Wit, geboren 03—03—2012", "[naam], geboren [geboortedatum]"),
    ("bsn 123−456−782", "bsn [bsn]"),
])  # fmt: skip
def test_round10_numbers_with_typed_dashes_and_spaces_are_masked(text, expected):
    result = SCRUBBER.scrub(text)
    assert result.text == expected
    assert not result.needs_review


@pytest.mark.parametrize("text", [
    # a dash between a number and a word, or between words, is punctuation
    "De training is van 16–18 uur, voor groep 7–8.",
    "Het scheelt 3 – 4 euro per week.",
    "Open tot 22 — daarna gaat de deur op slot.",
])  # fmt: skip
def test_round10_dashes_in_ordinary_text_change_nothing(text):
    result = SCRUBBER.scrub(text)
    assert (result.text, result.review_reasons) == (text, ())


def test_round10_the_reading_of_typed_dashes_keeps_every_offset():
    text = "06–1234 5678, FZ—123—K, 16 – 18 uur, Kaneel — zo"
    read = ocr.reading(text, lambda w: False)
    assert len(read) == len(text)
    assert read == "06-1234 5678, FZ-123-K, 16 - 18 uur, Kaneel — zo"


@pytest.mark.parametrize(("text", "expected"), [
    ("de postcode is negen zes vier een t k, dat is bij de kerk",
     "de postcode is [postcode], dat is bij de kerk"),
    ("postcode eh 9641 t k", "postcode eh [postcode]"),
    ("kenteken is vier x b d zes zeven", "kenteken is [kenteken]"),
    ("het kenteken van zijn scooter is d x vier acht twee k",
     "het kenteken van zijn scooter is [kenteken]"),
    ("rekeningnummer n l negen een a b n a nul vier een zeven een zes vier drie nul nul",
     "rekeningnummer [iban]"),
])  # fmt: skip
def test_round10_codes_read_out_after_their_name_are_masked(text, expected):
    result = SCRUBBER.scrub(text)
    assert result.text == expected


@pytest.mark.parametrize("text", [
    "de postcode is een probleem voor de bezorger",
    "de postcode is niet bekend, maar het is in de buurt",
    "het kenteken is vier jaar oud",
    "de rekening van vijf euro is betaald",
])  # fmt: skip
def test_round10_a_cue_without_a_code_read_out_changes_nothing(text):
    result = SCRUBBER.scrub(text)
    assert (result.text, result.review_reasons) == (text, ())


@pytest.mark.parametrize("text", [
    "zeg tegen fleur dat de training niet doorgaat",
    "vandaag kwam roos langs met haar broer",
    "morgen komt jade ook naar de kookavond",
])  # fmt: skip
def test_round10_a_name_that_is_a_word_after_tegen_or_kwam_is_held(text):
    result = SCRUBBER.scrub(text)
    assert result.needs_review
    assert result.text == text  # held, never changed on a guess


@pytest.mark.parametrize("text", [
    "we fietsen tegen de storm in",
    "er kwam een storm aan, dus de training ging niet door",
    "tegen pesten helpt een buddy",
    "ze kwam langs met haar moeder",
])  # fmt: skip
def test_round10_tegen_and_kwam_before_a_thing_hold_nothing(text):
    result = SCRUBBER.scrub(text)
    assert (result.text, result.review_reasons) == (text, ())


@pytest.mark.parametrize("text", [
    "Buurtbrigade Noord: wijkagent@politie.nl, bel bij spoed 112.",
    "Van: noreply@sportlink.nl  Onderwerp: wedstrijd verplaatst",
    "De blokhut huren kan via verhuur@scoutingmolenwijk.nl, 60 euro per dag.",
    "mail info@buurthuisdekade.nl voor de zaal",  # one of the gemeente's places
    "De regio heeft een eigen adres: utrecht@voedselbank.nl",  # a Dutch town
])  # fmt: skip
def test_round10_an_organisations_mailbox_of_words_is_published(text):
    result = SCRUBBER.scrub(text)
    assert (result.text, result.review_reasons) == (text, ())


@pytest.mark.parametrize(("text", "expected"), [
    # words at a free mail provider's domain, or a name at an organisation's, are a person's
    ("stuur de foto naar zwartekat@ziggo.nl", "stuur de foto naar [e-mail]"),
    ("de ledenadministratie is ledenadmin.vvmolenwijk@gmail.com",
     "de ledenadministratie is [e-mail]"),
    ("mail lotte.visser@jongerenwerk.nl", "mail [e-mail]"),
    ("mail groningen@gmail.com", "mail [e-mail]"),
    # an address read out is a person's, whatever its words
    ("stuur het naar kako apenstaartje hotmail punt nl aub", "stuur het naar [e-mail] aub"),
    # the gemeente's own place at a free mail provider: a volunteer's mailbox
    ("mail de foto's naar leiding.buurthuisdekade@gmail.com", "mail de foto's naar [e-mail]"),
])  # fmt: skip
def test_round10_a_persons_address_is_still_masked(text, expected):
    assert SCRUBBER.scrub(text).text == expected


@pytest.mark.parametrize("text", [
    "ja oke dus dit is de memo van vandaag het was rustig in het hok",
    "eh oke de reunie van de oud-leiding is vrijdag",
    "ideeen genoeg voor de cafe-avond",
])  # fmt: skip
def test_round10_a_word_without_its_accents_stays_a_word(text):
    result = SCRUBBER.scrub(text)
    assert (result.text, result.review_reasons) == (text, ())


@pytest.mark.parametrize(("text", "expected"), [
    ("Oke wil een voetbalveld bij de school.", "[naam] wil een voetbalveld bij de school."),
    ("ik ging met Oke naar de film", "ik ging met [naam] naar de film"),
])  # fmt: skip
def test_round10_the_same_name_with_a_capital_is_masked(text, expected):
    result = SCRUBBER.scrub(text)
    assert (result.text, result.needs_review) == (expected, False)


@pytest.mark.parametrize(("text", "expected"), [
    ("meisje, 13 jaar, initialen S.V.", "meisje, 13 jaar, initialen [naam]"),
    ("Aanmelding: initialen: J.K.B., leeftijd 12", "Aanmelding: initialen: [naam], leeftijd 12"),
])  # fmt: skip
def test_round10_initials_after_initialen_are_masked(text, expected):
    assert SCRUBBER.scrub(text).text == expected


@pytest.mark.parametrize("text", [
    "de initialen van de school staan op het shirt",
    "Initialen op de tas zijn gratis bij de markt.",
])  # fmt: skip
def test_round10_the_word_initialen_alone_changes_nothing(text):
    result = SCRUBBER.scrub(text)
    assert (result.text, result.review_reasons) == (text, ())


@pytest.mark.parametrize(("text", "expected"), [
    ("jesse b wil een skatebaan", "[naam] wil een skatebaan"),
    ("idee van: jesse b", "idee van: [naam]"),
    ("groetjes, noor v", "groetjes, [naam]"),
])  # fmt: skip
def test_round10_a_surname_initial_without_its_point_goes_with_the_name(text, expected):
    assert SCRUBBER.scrub(text).text == expected


@pytest.mark.parametrize("text", [
    "ik zit in groep 8 b en we hebben een plan b voor de regen",
    "k heb t al gezegd tegen de jongens, n plan is er nog niet",
])  # fmt: skip
def test_round10_a_letter_alone_without_a_name_before_it_changes_nothing(text):
    result = SCRUBBER.scrub(text)
    assert (result.text, result.review_reasons) == (text, ())


@pytest.mark.parametrize(("text", "expected"), [
    ("ze noemen hem 'De Kapper' op het plein", "ze noemen hem 'De [naam]' op het plein"),
    ('iedereen noemt haar "Prinses"', 'iedereen noemt haar "[naam]"'),
    ("bijnaam: 'Bolle'", "bijnaam: '[naam]'"),
])  # fmt: skip
def test_round10_a_quoted_nickname_is_masked(text, expected):
    assert SCRUBBER.scrub(text).text == expected


@pytest.mark.parametrize("text", [
    "de film heet 'De Kapper' en draait in het buurthuis",
    "we noemen het plein 'het hok'",
])  # fmt: skip
def test_round10_a_quoted_name_of_a_thing_is_published(text):
    result = SCRUBBER.scrub(text)
    assert (result.text, result.review_reasons) == (text, ())


@pytest.mark.parametrize(("text", "expected"), [
    ("ze is 14 sinds 3 maart", "ze is 14 sinds [geboortedatum]"),
    ("ze werd 3 maart 14", "ze werd [geboortedatum] 14"),
    ("op 03/03 wordt ze 14", "op [geboortedatum] wordt ze 14"),
])  # fmt: skip
def test_round10_the_day_someone_turns_an_age_is_a_birth_date(text, expected):
    assert SCRUBBER.scrub(text).text == expected


@pytest.mark.parametrize("text", [
    "op 3 maart werd het 12 graden",
    "de winkel is sinds 3 maart open",
    "op 3 maart wordt hij om 14 uur opgehaald",
])  # fmt: skip
def test_round10_a_day_with_a_number_that_is_no_age_stays(text):
    result = SCRUBBER.scrub(text)
    assert (result.text, result.review_reasons) == (text, ())


CLUB_SCRUBBER = Scrubber(
    gazetteer=Gazetteer(places=("VV Molenwijk", "Buurthuis De Kade"), gemeente="Molenwijk"),
    today=date(2026, 6, 1),
)


def test_round10_an_account_right_after_the_gemeentes_club_is_the_clubs():
    text = "De contributie gaat naar VV Molenwijk, rekening NL91 ABNA 0417 1643 00."
    result = CLUB_SCRUBBER.scrub(text)
    assert (result.text, result.review_reasons) == (text, ())


@pytest.mark.parametrize(("text", "expected"), [
    # the club elsewhere in the record, a parent, a holder: a person's account
    ("geld terug naar NL91ABNA0417164300, het ging om Buurthuis De Kade",
     "geld terug naar [iban], het ging om Buurthuis De Kade"),
    ("VV Molenwijk: de ouder betaalt via NL91ABNA0417164300",
     "VV Molenwijk: de ouder betaalt via [iban]"),
    ("VV Molenwijk, rekening NL91ABNA0417164300 t.n.v. J. Bakker",
     "VV Molenwijk, rekening [iban] t.n.v. [naam]"),
])  # fmt: skip
def test_round10_a_persons_account_beside_the_club_is_still_masked(text, expected):
    assert CLUB_SCRUBBER.scrub(text).text == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("2026-05-04 10:11\troos\t14\tCentrum\tmeer bankjes",
     "2026-05-04 10:11\t[naam]\t14\tCentrum\tmeer bankjes"),
    ("4-5-2026;storm;13;dansles", "4-5-2026;[naam];13;dansles"),
])  # fmt: skip
def test_round10_a_cell_before_an_age_cell_is_a_name(text, expected):
    result = SCRUBBER.scrub(text)
    assert (result.text, result.needs_review) == (expected, False)


@pytest.mark.parametrize("text", [
    "park;2;bankjes kapot",
    "locatie\taantal\tidee\npark\t40\tbankjes",
])  # fmt: skip
def test_round10_a_cell_before_a_count_stays(text):
    result = SCRUBBER.scrub(text)
    assert (result.text, result.review_reasons) == (text, ())


@pytest.mark.parametrize(("text", "expected"), [
    ("❤️Fiyori❤️ wil een meidenavond", "❤️[naam]❤️ wil een meidenavond"),
    ("Kisanet 🙏🏽 vraagt om een meidenavond", "[naam] 🙏🏽 vraagt om een meidenavond"),
])  # fmt: skip
def test_round10_a_name_with_emoji_before_its_verb_is_masked(text, expected):
    result = SCRUBBER.scrub(text)
    assert (result.text, result.needs_review) == (expected, False)


def test_round10_a_thing_with_emoji_before_a_verb_stays():
    text = "Voetbal ⚽ is leuk en de kooi 🔥 is vol"
    result = SCRUBBER.scrub(text)
    assert (result.text, result.review_reasons) == (text, ())


@pytest.mark.parametrize(("text", "expected"), [
    ("nou ja bram zegt dat het niet mag", "nou ja [naam] zegt dat het niet mag"),
    ("ja emma wil naar de bios", "ja [naam] wil naar de bios"),
    ("eh emma wil naar de bios", "eh [naam] wil naar de bios"),
])  # fmt: skip
def test_round10_a_name_after_fillers_opens_the_clause(text, expected):
    result = SCRUBBER.scrub(text)
    assert (result.text, result.needs_review) == (expected, False)


@pytest.mark.parametrize("text", [
    "eh dus het was rustig vandaag",
    "nou ja de kooi is weer open",
    "ja storm is er weer, dus de training gaat niet door",
])  # fmt: skip
def test_round10_fillers_before_ordinary_words_change_nothing(text):
    result = SCRUBBER.scrub(text)
    assert (result.text, result.review_reasons) == (text, ())


def test_round10_a_year_said_as_twintig_twaalf_goes_with_the_birth_date():
    assert SCRUBBER.scrub("geboren twaalf maart twintig twaalf").text == "geboren [geboortedatum]"
    text = "op 3 maart twintig kinderen in de zaal"
    assert SCRUBBER.scrub(text).text == text


@pytest.mark.parametrize("text", ["Roos 💕: ik wil een moestuin", "Storm 🌸: ok"])
def test_round10_a_word_name_labelling_a_chat_line_with_emoji_is_held(text):
    result = SCRUBBER.scrub(text)
    assert result.needs_review
    assert result.text == text


@pytest.mark.parametrize(
    "text", ["Idee 💡: een moestuin bij de school", "Actie ✅: de sleutel ophalen"]
)
def test_round10_a_heading_with_emoji_is_published(text):
    result = SCRUBBER.scrub(text)
    assert (result.text, result.review_reasons) == (text, ())


@pytest.mark.parametrize("text", [
    "ik heb roos gebeld over de training",
    "heb je fleur nog gezien?",
    "bij fleur thuis is het gezellig",
    "gisteren was storm er ook bij",
])  # fmt: skip
def test_round10_a_word_name_as_a_persons_object_is_held(text):
    result = SCRUBBER.scrub(text)
    assert result.needs_review
    assert result.text == text


def test_round10_a_word_name_a_relative_is_said_to_be_is_masked():
    assert SCRUBBER.scrub("mijn bff is roos").text == "mijn bff is [naam]"


@pytest.mark.parametrize("text", [
    "ik heb de storm gezien",
    "Nieuwe mat gevraagd voor veld 3.",
    "er is storm voorspeld, thuis is het gezellig",
])  # fmt: skip
def test_round10_the_same_words_as_things_change_nothing(text):
    result = SCRUBBER.scrub(text)
    assert (result.text, result.review_reasons) == (text, ())


@pytest.mark.parametrize(("text", "expected"), [
    ("her name is roos and she wants a garden", "her name is [naam] and she wants a garden"),
    ("there is a girl named roos in the group", "there is a girl named [naam] in the group"),
])  # fmt: skip
def test_round10_an_english_name_cue_masks_a_word_name(text, expected):
    assert SCRUBBER.scrub(text).text == expected


@pytest.mark.parametrize("text", [
    "my friend said the park is dark",
    "my brother will come to the park",
    "can the youth centre have a movie night with English subtitles?",
])  # fmt: skip
def test_round10_english_verbs_that_are_names_stay_verbs(text):
    result = SCRUBBER.scrub(text)
    assert (result.text, result.review_reasons) == (text, ())
