"""The personal-data scrubber: what goes, what stays, what is held, and its figures on the corpus.

The corpus in tests/youth/eval/ was written independently of the scrubber's lists (its
README); the targets are those of issue 15.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from wijkwijs.personal.build_lexicon import _regular_finite_forms
from wijkwijs.personal.evaluation import (
    TARGET_HELD_AT_MOST,
    TARGET_NEGATIVES_UNCHANGED,
    TARGET_RECALL,
    evaluate,
    load,
)
from wijkwijs.personal.lexicon import lexicon
from wijkwijs.youth.scrub import (
    DIGITS_LEFT,
    POSSIBLE_NAME,
    UNKNOWN_WORD,
    Gazetteer,
    Scrubber,
)

EVAL = Path(__file__).parent / "eval"
GAZETTEER = Gazetteer(
    streets=("Molenstraat", "Brink", "Vaartweg"),
    places=(
        "Molenwijk",
        "Molenwijk Lions",
        "Oude Haven",
        "Bedrijventerrein De Vaart",
        "Demstervoort",
        "Kerkbuurt",
    ),
)
SCRUBBER = Scrubber(gazetteer=GAZETTEER, today=date(2026, 6, 1))

SCRUBBED = [
    # names: any origin, any case, possessive, hyphen, tussenvoegsel, title, word-names
    ("ik ben sanne van der meer en ik wil een skatebaan", "ik ben [naam] en ik wil een skatebaan"),
    ("Hamza Al-Hassan wil een pannaveld", "[naam] wil een pannaveld"),
    ("mevrouw Bakker van hiernaast zegt het", "mevrouw [naam] van hiernaast zegt het"),
    ("meneer visser wil een bankje", "meneer [naam] wil een bankje"),
    ("SOUFIANE WIL EEN BOKSZAK", "[naam] WIL EEN BOKSZAK"),
    ("Emma's idee: meer bankjes", "[naam] idee: meer bankjes"),
    ("Roos wil een moestuin", "[naam] wil een moestuin"),
    ("Semhar Tesfay en haar zusje Helen willen dat", "[naam] en haar zusje [naam] willen dat"),
    ("kacper kowalczyk vindt de club te duur", "[naam] vindt de club te duur"),
    ("ik speel altijd met Roshelle", "ik speel altijd met [naam]"),
    ("roos haar tekening hangt in het buurthuis", "[naam] haar tekening hangt in het buurthuis"),
    ("Liefs, Fleur", "Liefs, [naam]"),
    ("Ik ga daar altijd met Quirijn voetballen", "Ik ga daar altijd met [naam] voetballen"),
    # contact details and numbers
    ("app me 06 12 34 56 78 of +31 (0)6-1234 5678", "app me [telefoonnummer] of [telefoonnummer]"),
    ("kantoor: (030) 1234567", "kantoor: [telefoonnummer]"),
    ("mail sanne [at] gmail punt com", "mail [e-mail]"),
    ("mail lotte @hotmail of gmail: daan2009", "mail [e-mail] of gmail: [account]"),
    ("mail: fatima punt benali at gmail punt com", "mail: [e-mail]"),
    ("mail naar jessy.vd.berg[@]outlook[.]com of ilse@gmail,com", "mail naar [e-mail] of [e-mail]"),
    ("insta: daan_dmv en tt @lotte.x", "insta: [account] en tt [account]"),
    ("kijk op instagram.com/jongerenraad_dmv", "kijk op [account]"),
    ("bsn 1234.56.782 en zonder nul 12345672", "bsn [bsn] en zonder nul [bsn]"),
    ("NL91 ABNA 0417 1643 00 is de rekening", "[iban] is de rekening"),
    ("postcode 3811AB", "postcode [postcode]"),
    # addresses: the street stays, the number goes
    ("Ik woon op Molenstraat 12 dus", "Ik woon op Molenstraat [huisnummer] dus"),
    ("hij woont op de Brink 4a", "hij woont op de Brink [huisnummer]"),
    ("Kerkpad3 en nummer 7a", "Kerkpad[huisnummer] en nummer [huisnummer]"),
    # dates of birth, initials with an age, plates, a class with a name
    ("geboortedatum: 21/07/2008", "geboortedatum: [geboortedatum]"),
    ("ze is jarig op 5 mei", "ze is jarig op [geboortedatum]"),
    ("J. (14) vindt het park vies", "[naam] vindt het park vies"),
    ("scooter D-482-XK op de stoep", "scooter [kenteken] op de stoep"),
    ("Sara uit klas 2b wil een fietsenstalling", "[naam] uit [klas] wil een fietsenstalling"),
    ("Daan (3kader) en Mila uit tto 1", "[naam] ([klas]) en [naam] uit [klas]"),
    ("Wessel Mulder (vwo 2) wil een pannaveld", "[naam] ([klas]) wil een pannaveld"),
    ("Milan uit 3c wil een skatebaan", "[naam] uit [klas] wil een skatebaan"),
    # any top-level domain, a username glued by "." or "_", a platform abbreviation
    ("mail naar kasia.nowak@onet.pl", "mail naar [e-mail]"),
    ("zoek sem_bakker of kees.v op", "zoek [account] of [account] op"),
    ("dc: lars.v gaat het regelen", "dc: [account] gaat het regelen"),
    ("xbox-naam Shadow Tijmen 09, wil een toernooi", "xbox-naam [account], wil een toernooi"),
    # a birthday cue after the date, an ISO date with slashes
    ("ze heeft 9 juni haar verjaardag", "ze heeft [geboortedatum] haar verjaardag"),
    ("geboortedatum 2011/04/09", "geboortedatum [geboortedatum]"),
    # the tussenvoegsel between title and surname goes with it; capitals and possessives
    ("meneer van 't Veld wil meedenken", "meneer [naam] wil meedenken"),
    ("DEWI'S MOEDER BELDE", "[naam] MOEDER BELDE"),
    ("Tunde Adeyemi speelt elke dag in de kooi", "[naam] speelt elke dag in de kooi"),
    ("PUTRI SIREGAR MIST EEN DANSLES", "[naam] MIST EEN DANSLES"),
    ("Chiamakas moeder belde", "[naam] moeder belde"),
    ("Szymon Kowal wil een bankje", "[naam] wil een bankje"),
    ("storm is 15 en wil een kooi", "[naam] is 15 en wil een kooi"),
    ("hazel (13) wil een hangplek", "[naam] (13) wil een hangplek"),
    ("tip van merel: meer licht", "tip van [naam]: meer licht"),
    # a person slot: a chat sender, a nickname frame, a signature, the person contacted
    ("[19:47] Kiwi 🥝: kan er wifi bij de kooi", "[19:47] [naam] 🥝: kan er wifi bij de kooi"),
    ("Pluis (zo noemt iedereen haar) wil een kattenopvang",
     "[naam] (zo noemt iedereen haar) wil een kattenopvang"),
    ("kip zo noemen ze hem zegt dat het hok weg moet",
     "[naam] zo noemen ze hem zegt dat het hok weg moet"),
    ('"de kooi is altijd bezet" — Ghirmay, 12', '"de kooi is altijd bezet" — [naam], 12'),
    ("heb Kılınç gemaild over de stageplekken", "heb [naam] gemaild over de stageplekken"),
    ("mijn zoon Sajjad wil voetballen", "mijn zoon [naam] wil voetballen"),
    ("qusai en taim willen een schoolplein", "[naam] en [naam] willen een schoolplein"),
    ("de jongen die ze Tijger noemen wil boksen", "de jongen die ze [naam] noemen wil boksen"),
    ("Lolly's broer wil ook meedoen", "[naam] broer wil ook meedoen"),  # a word with kin
    ("Krul (14) wil een boksclub", "[naam] (14) wil een boksclub"),  # an age, a person's verb
    ("groetjes, Rachel", "groetjes, [naam]"),  # a greeting is no list of things
    ("yusuf en zn vader dhr fletcher", "[naam] en zn vader dhr [naam]"),
    # a known wijk whose club runs on past a street-like word starts where the wijk starts
    ("trainer van Zanden van de Molenwijk Lions", "trainer [naam] van de Molenwijk Lions"),
    # a town, a brand or a frequent word right after a title is a surname
    ("we hebben dhr. van Katwijk gesproken", "we hebben dhr. [naam] gesproken"),
    ("mevrouw Wassenaar wil een bankje", "mevrouw [naam] wil een bankje"),
    ("tante Lang wil meehelpen", "tante [naam] wil meehelpen"),
    ("Fleur, 14 jaar, uit mavo 3 wil een moestuin", "[naam], 14 jaar, uit [klas] wil een moestuin"),
    ("Sem (1F) wil een moestuin", "[naam] ([klas]) wil een moestuin"),
    # a nickname before a bracket that names, or before "heet eigenlijk"
    ("spruit (zo noemen ze Ifeanyi Knol) wil een doeltje",
     "[naam] (zo noemen ze [naam]) wil een doeltje"),
    ("DOOR (ja, ze heet echt zo) vraagt om een clubshop",
     "[naam] (ja, ze heet echt zo) vraagt om een clubshop"),
    ("Bever heet eigenlijk Bolaji maar niemand zegt dat",
     "[naam] heet eigenlijk [naam] maar niemand zegt dat"),
    # dotted initials with a bare age; a class goes with initials as with a name
    ("Anoniem verslag (R.J.M. 15): hij wil boksen", "Anoniem verslag ([naam]): hij wil boksen"),
    ("Leerling R.B. (14) uit 3 kgt-b vertelt", "Leerling [naam] uit [klas] vertelt"),
    ("Meneer Kemps wil een moestuin met de entreeklas",
     "Meneer [naam] wil een moestuin met de [klas]"),
    # a brand spelt like a first name before a tussenvoegsel or an age is a child; a word that
    # spells the record's account; a Discord tag; a year cut short; a floor after a number
    ("Deelnemers: Otis van Kessel (12), Mae Smit (13)", "Deelnemers: [naam] (12), [naam] (13)"),
    ("in bio van @doorvdven. Door wil dat we haar appen",
     "in bio van [account]. [naam] wil dat we haar appen"),
    ("gebruiker stekel#2207 in de server", "gebruiker [account] in de server"),
    ("goedemiddag, met Semhar hier. Kan de kooi open?",
     "goedemiddag, met [naam] hier. Kan de kooi open?"),
    ("aanmelding, geb.datum 07-03-'12", "aanmelding, geb.datum [geboortedatum]"),
    ("Phuong woont aan de Molenstraat 9 3-hoog",
     "[naam] woont aan de Molenstraat [huisnummer] [huisnummer]"),
    # a date and a number typed out in words, classes as schools write them
    ("hij is geboren op drie maart 2009", "hij is geboren op [geboortedatum]"),
    ("zijn nummer is nul zes 51 48 00 09", "zijn nummer is [telefoonnummer]"),
    ("Ardi (gr 7 van juf Pelupessy) wil een boomhut",
     "[naam] ([klas] van juf [naam]) wil een boomhut"),
    # a word that spells the record's account is a name, even an everyday one
    ("bloem is te vinden op insta: bloempje.x", "[naam] is te vinden op insta: [account]"),
]  # fmt: skip

SURVIVES = [
    "Een overdekte hangplek bij het pleintje aan de Molenstraat",
    "Meer licht op het fietspad langs de Vaartweg",
    "we gaan altijd bij de Jan Linders chips halen",
    "meiden willen kleding zoals bij Hema, Zara en Primark",
    "Met Kerstmis een markt op het plein in de Molenwijk",
    "Ik ben 14 en wil een basketbalveld, jongens van 14 en 15 ook",
    "De bus (lijn 5) moet vaker rijden, ook in 2025 en 2026",
    "zaterdag 12 maart om 19:30 is er een buurtschoonmaak, kosten €5,75",
    "een roos en een berg zand bij de bakker op de hoek",
    "het hart van de wijk is de Oude Haven",
    "groep 8 van de basisschool wil een pannaveld",
    "ff chillen bij de hangplek wss morgen idk",
    "op TikTok zag ik een pumptrack, vandaag Straatronde Kerkbuurt",
    "jongens uit tto 1 spelen fifa23 op de ps5",
    "Een veilige fietsroute naar de Jan van Galenstraat",
    "de nieuwe Nike schoenen slijten snel op het beton",
    "de skatebaan staat op nummer 1 in de lijst van wensen",
    "de nieuwe flats op nummer 2 tot 30 zijn klaar",
    "de 3e verdieping van de bieb is dicht",
    "bro er is hier NIKS te doen",
    "Zon schijnt de hele dag op het veld, ze willen schaduw",
    "jongen speelt bas in een bandje en zoekt een oefenruimte",
    "een jongen met zijn zusje van 8 wil een speeltuin",
    "meisje (14) uit de Molenwijk wil een zebrapad",
    "Hoi allen, kan iemand dit meenemen naar het overleg?",
    "een jonge vader van 19 stelt voor om de winkel te gebruiken",
    "het budget is €25.000 voor de hele wijk",
    "nummer 1: lampen, nummer 2: bankjes",
    "op 14 februari is er een actie in de flat",
    "een scholier (wilde geen naam noemen) wil gratis sport",
    "de jongreenwerker kwam langs bij de skateaban",
    "bij fc utrecht is een jeugdopleiding",
    "op fortnite met 5 vrienden een toernooi gespeeld",
    "de jongens spelen in juli en augustus elke dag buiten",
    # abbreviations of notes, acronyms, festivals, brands, an organisation's own lines
    "gespr. m. 6 jgrn over vuurwerkverbod, vlgs hen geen overlast. Aant. volgt",
    "Dit kwartaal geen klachten over de JOP. Idee na de EHBO-cursus: een AED",
    "een Suikerfeest-markt en een Diwali-avond in het wijkcentrum, en iets tijdens Keti Koti",
    "we wezen op de Kindertelefoon (0800-0432) en het nummer 14 010 van de gemeente",
    "zaaknummer Z-2024-08813, deadline voor ideeën is 01-03-2026",
    "[13:37] anoniem: kan er een wc bij de kooi",
    "bankjes bij het Emma plein en de Zeemans kade",
    "Voetbal (12) staat bovenaan, daarna Wifi (8)",  # stickers counted, not ages
    "de plekken die ze vaak noemen zijn de kooi en het veld",
    "Jumbo's parkeerplaats is vol",
    "we gaan naar de Zara en de Hema in Wassenaar",
    "Storm, 14 jaar geleden, heeft de bomen omgeblazen",
    "de kooi (2e hands) is oud",
    "de meiden willen een beauty-hoek met Etos-producten",
    "ik woon op 3 hoog en er is geen speeltuin dichtbij",  # a floor alone places nobody
    "Kijk hier! De kooi is kapot.",
    "Dit schooljaar (2024-2025) zijn 37 leerlingen doorverwezen",  # a year range, no BSN
    "het veldje (zo noemen we het) is kapot",
    "de kooi (zo heet het veldje) is kapot",
    "o.a. 15 jongeren willen een kooi",
    # dialect and contractions: a lowercase surname frequent in Dutch text is a word
    "\"da's toch skon, zo'n veldje\", zei een jongen",
    "ze willen een vuilnisbak die nie overloopt",
    "jao, 't is good zo, zei een jongen",
    "het jongerencentrum is open op di en do van 15.30 tot 21.30 uur",  # weekdays
    "de oudste van twee zussen stelt voor om een kastje neer te zetten",  # a verb after kin
]

HELD = [
    # a famous person is a name where people are only talked about: held, text kept
    ("de jongens praten alleen over Max Verstappen", POSSIBLE_NAME),
    ("meiden zijn fan van Taylor Swift", POSSIBLE_NAME),
    ("de meiden willen een muurschildering van Prinses Amalia", POSSIBLE_NAME),
    ("een film over Lamine Yamal en Xavi Simons", POSSIBLE_NAME),
    # an unknown capitalised word without a person's context: a name, a brand or a new word
    ("van Jiayi in de Trapstar-winkel", UNKNOWN_WORD),
    ("jongeren dragen allemaal Nike of Trapstar", POSSIBLE_NAME),
    ("Obi zegt dat de basketring te laag hangt", POSSIBLE_NAME),  # an everyday word, a verb
    ("sara heeft een idee voor het park", POSSIBLE_NAME),  # lowercase text, "heeft"
    ("Storm heeft de bomen omgeblazen", POSSIBLE_NAME),
    ("xinyoq wil een bijbaan", None),  # a lowercase word in no list opening a sentence: a name
    ("de zwobbert bij de kooi is kapot", UNKNOWN_WORD),
    ("ik was met jade bij de kooi", POSSIBLE_NAME),
    ("code 123456789", DIGITS_LEFT),
    # where the lists cannot settle whether a word is a name, a reviewer decides
    ("de moeder van lente winter belde", POSSIBLE_NAME),  # a listed word next to a name
    ("sem storm betaalde de bal", POSSIBLE_NAME),  # two listed words open the sentence
    ("Tuinette klaagt over de hangjongeren", POSSIBLE_NAME),  # compound-like word, a verb
    ("van rozemijn zeeduif: meer licht", POSSIBLE_NAME),  # two compound-like words in a row
    ("dit zei roos ook", POSSIBLE_NAME),  # a first name that is a word after "zei"
    ("groet, Lief", POSSIBLE_NAME),  # a capitalised word where a name is announced
    ("gesproken met Pluis over de overlast", POSSIBLE_NAME),  # a capital after a cue
    ("jeu 16 jaar heikamp ik wil een plek", POSSIBLE_NAME),  # a rare word before an age
    ("LEE HIER!! KAN DE POMPTRACK KOMEN??", POSSIBLE_NAME),  # introducing oneself
]


# Fourth round (issue 15): classes the blind corpora showed, each with new examples written
# for the test, not taken from a corpus.
SCRUBBED_ROUND4 = [
    # a phone number dictated in words, whole or mixed with digits (libphonenumber decides)
    ("bel me op nul zes een twee drie vier vijf zes zeven acht", "bel me op [telefoonnummer]"),
    ("nee wacht: 06 tweeëntwintig drieëndertig 44 55", "nee wacht: [telefoonnummer]"),
    ("nul zes dubbel zeven 12 34 56 na school", "[telefoonnummer] na school"),
    ("app plus eenendertig zes 12 34 56 78", "app [telefoonnummer]"),
    ("mobiel 0 6 4 4 1 2 9 0 3 7 graag", "mobiel [telefoonnummer] graag"),
    # a postcode followed by a house number, as PostNL's address check takes them
    ("ik woon op 3512 JK 14", "ik woon op [postcode] [huisnummer]"),
    ("stuur het naar 6821AB, 7b", "stuur het naar [postcode], [huisnummer]"),
    ("in 3512 JK, 14 jongeren deden mee", "in [postcode], 14 jongeren deden mee"),
    # a chat sender in angle brackets
    ("<Wervel> wanneer is de jongerenraad", "<[naam]> wanneer is de jongerenraad"),
    # a class set apart between commas, dashes or before a colon, in a record naming someone
    ("Het Baken, 3C: Milan wil meer bankjes", "Het Baken, [klas]: [naam] wil meer bankjes"),
    # a class in words or as an ordinal, a range, two school types
    ("Noa uit groep acht wil een speeltuin", "[naam] uit [klas] wil een speeltuin"),
    ("Sven, 2de klas, wil een tafeltennistafel", "[naam], [klas], wil een tafeltennistafel"),
    ("Milan zit in de tweede klas en wil een kooi", "[naam] zit in de [klas] en wil een kooi"),
    ("Jesse uit 1 havo/vwo wil meer bankjes", "[naam] uit [klas] wil meer bankjes"),
    ("Jesse zit in klas 1-2 en wil een kooi", "[naam] zit in [klas] en wil een kooi"),
    # an age written out, after initials or a nickname
    ("T.K. (zestien) wil een bankje", "[naam] wil een bankje"),
    ("Wolkje (veertien) wil een bankje", "[naam] (veertien) wil een bankje"),
    # a date of birth in three boxes, an IBAN with dashes, "op" for "at" before a provider
    ("geboortedatum 12 03 2010", "geboortedatum [geboortedatum]"),
    ("rekeningnr NL02-ABNA-0123-4567-89", "rekeningnr [iban]"),
    ("mail lotteVDB op hotmail punt com", "mail [e-mail]"),
    # a BSN dictated in words (the elfproef decides), a house number in words
    ("bsn is een twee drie vier vijf zes zeven acht twee", "bsn is [bsn]"),
    ("ik woon op de Beukenlaan drieëntwintig", "ik woon op de Beukenlaan [huisnummer]"),
    ("we wonen op nummer twaalf, naast de bieb", "we wonen op nummer [huisnummer], naast de bieb"),
    # a role before a surname
    ("agent Brouwers kwam langs", "agent [naam] kwam langs"),
]  # fmt: skip

HELD_ROUND4 = [
    # an everyday word opening a sentence as the subject of what only a person is or does
    "Paddo is boos want de bank is weg",
    "Wolkje doet ook mee met het plan voor de moestuin",
    "Sprinkhaan zegt dat de lampen kapot zijn",
    "Bliksem en zijn broertje willen een voetbalkooi",
    "hunter en zn moeder willen een hondenveld",
    "Mossel uit de Kolkbuurt wil een bankje",
    # a chat line marked by an emoji: a word that is also a name there
    "Bram 🐸: yo de lampen doen het niet",
    # a first name that is a word, a less frequent word and a verb opening a lowercase note
    "merel gierzwaluw wil een steiger bij de vaart",
]

SURVIVES_ROUND4 = [
    "Gemeente wil meer bankjes in het park",
    "Iedereen is blij met de nieuwe speeltuin",
    "Jongeren uit de Kerkbuurt willen een skatebaan",
    "De club en zijn trainers willen een veld",
    "We waren met twee of drie en twaalf kinderen, vier keer per week",
    "Tip 💡: verlichting bij het fietspad",
    "Idee 🌳: meer bomen in de straat",
    "Top 3, 2e plek: de skatebaan",
    "ik zit op gmail en insta",
    "plan B (acht bankjes) is beter",
    "het buurthuis is o.a. zes jaar geleden gebouwd",
    "op de Markt twee kramen met fruit",
    "de Schoolstraat drie keer oversteken is gevaarlijk",
    "we waren met een twee drie vier vijf zes zeven acht negen",
]


# After the blind heldout5 run: its classes of miss, again with new examples
SCRUBBED_AFTER_HELDOUT5 = [
    # a role as the head of a compound is a title
    ("jeugdcoach Dekkers wil een extra veld", "jeugdcoach [naam] wil een extra veld"),
    ("de buurtwerker Marit vraagt om hulp", "de buurtwerker [naam] vraagt om hulp"),
    # a bracket that says it is a nickname, anywhere inside
    ("Mossel (15, bijnaam) wil een bankje", "[naam] (15, bijnaam) wil een bankje"),
    ("Spijker (de kleinste, iedereen noemt hem zo) wil een doel",
     "[naam] (de kleinste, iedereen noemt hem zo) wil een doel"),
    ("ik ben knoop zo noemen ze me, ik wil een baan",
     "ik ben [naam] zo noemen ze me, ik wil een baan"),
    # initials before a surname, initials and a dash before an age in a list
    ("storten t.n.v. K. Oudeman graag", "storten t.n.v. [naam] graag"),
    ("inschrijvingen: P.K. - 14, S.B. - 12.", "inschrijvingen: [naam], [naam]."),
    # a class in a record that carries other personal data, even without a name
    ("leerlingen van 3vwo-a, bel 06-23456789", "leerlingen van [klas], bel [telefoonnummer]"),
]  # fmt: skip

SURVIVES_AFTER_HELDOUT5 = [
    # an English note: English words that are also names ("to", "will", "just") are words
    "there is really nothing to do here on a sunday, we will need a youth club",
    "De kinderburgemeester. Idee: een speeltuin voor de hele wijk.",
    "de buurtwerker zegt dat het goed gaat",
    "de teamleider W&I belt terug over de R&B-avond",
    "ze noemen het park zo omdat er veel bomen staan",
    "groep 7 en 8 van de school willen een moestuin",
]


def test_a_shop_spelt_like_a_surname_after_a_first_name_is_the_surname():
    scrubber = Scrubber(
        gazetteer=Gazetteer(places=("Blokker", "Jan Linders")), today=date(2026, 6, 1)
    )
    assert scrubber.scrub("Mila-Rose Blokker wil een club").text == "[naam] wil een club"
    assert scrubber.scrub("bij de Blokker kopen we ballen").text == "bij de Blokker kopen we ballen"


def test_an_english_note_reads_english_words_and_still_finds_names():
    opening = SCRUBBER.scrub("Will make a poster for the youth club, the old one is broken")
    assert opening.text.startswith("Will make") and opening.needs_review  # a word or a name
    named = SCRUBBER.scrub("we need a skate park, ask Priyanka about it")
    assert named.text == "we need a skate park, ask [naam] about it"


def test_a_noun_after_a_name_in_capitals_holds_the_record():
    result = SCRUBBER.scrub("AANMELDING JORINDE SPERWER | WIL EEN STEIGER")
    assert result.text == "AANMELDING [naam] SPERWER | WIL EEN STEIGER" and result.needs_review


@pytest.mark.parametrize(("text", "expected"), SCRUBBED_AFTER_HELDOUT5)
def test_after_heldout5_classes_are_masked(text, expected):
    assert SCRUBBER.scrub(text).text == expected


@pytest.mark.parametrize("text", SURVIVES_AFTER_HELDOUT5)
def test_after_heldout5_ordinary_text_survives(text):
    result = SCRUBBER.scrub(text)
    assert result.text == text and result.review_reasons == ()


@pytest.mark.parametrize(("text", "expected"), SCRUBBED_ROUND4)
def test_round4_classes_are_masked(text, expected):
    result = SCRUBBER.scrub(text)
    assert result.text == expected


@pytest.mark.parametrize("text", HELD_ROUND4)
def test_round4_doubtful_subjects_hold_the_record_unchanged(text):
    result = SCRUBBER.scrub(text)
    assert result.review_reasons == (POSSIBLE_NAME,) and result.text == text


@pytest.mark.parametrize("text", SURVIVES_ROUND4)
def test_round4_ordinary_text_survives(text):
    result = SCRUBBER.scrub(text)
    assert result.text == text and result.review_reasons == ()


@pytest.mark.parametrize(("text", "expected"), SCRUBBED)
def test_personal_data_is_replaced_by_a_visible_marker(text, expected):
    result = SCRUBBER.scrub(text)
    assert result.text == expected
    assert result.markers and not result.needs_review


@pytest.mark.parametrize("text", SURVIVES)
def test_places_brands_and_ordinary_text_survive_intact(text):
    result = SCRUBBER.scrub(text)
    assert result.text == text
    assert result.markers == () and result.review_reasons == ()


@pytest.mark.parametrize(("text", "reason"), HELD)
def test_doubtful_records_are_held_for_review(text, reason):
    result = SCRUBBER.scrub(text)
    if reason is None:
        assert result.text.startswith("[naam]")
    else:
        assert reason in result.review_reasons and result.needs_review
        if not result.spans:
            assert result.text == text  # doubt holds the record, it masks nothing


def test_a_held_record_says_which_words_held_it():
    text = "de jongens praten over Max Verstappen en de zwobbert bij de kooi"
    result = SCRUBBER.scrub(text)
    assert result.text == text
    assert [(text[d.start : d.end], d.kind) for d in result.doubts] == [
        ("Max", POSSIBLE_NAME), ("zwobbert", UNKNOWN_WORD),
    ]  # fmt: skip
    assert result.review_reasons == (UNKNOWN_WORD, POSSIBLE_NAME)


def test_the_gemeentes_own_service_addresses_name_nobody():
    scrubber = Scrubber(gazetteer=Gazetteer(gemeente="Schiewaard"), today=date(2026, 6, 1))
    text = "vragen naar jongerenwerk@schiewaard.nl of @jongerenwerk.schiewaard op insta"
    assert scrubber.scrub(text).text == text
    crew = scrubber.scrub("crew @lindeveld.queens en mail sanne@schiewaard.nl")
    assert crew.text == "crew [account] en mail [e-mail]"


def test_negatives_count_unchanged_text_and_published_untouched_apart():
    records = [
        {"id": "a", "text": "meer bankjes in het park", "personal": [], "places": []},
        {"id": "b", "text": "fan van Taylor Swift", "personal": [], "places": []},
        {"id": "c", "text": "Roos wil een moestuin", "personal": [], "places": []},
    ]
    report = evaluate(records, SCRUBBER)
    assert (report.negatives, report.negatives_unchanged, report.negatives_untouched) == (3, 2, 1)
    assert report.held == 1 and [rid for rid, _ in report.changed] == ["c"]


def test_the_result_says_what_was_removed_and_where():
    text = "Mijn naam is Emma en ik woon op Molenstraat 8. Mail emma@example.com of bel 0687654321"
    result = SCRUBBER.scrub(text)
    assert result.text == (
        "Mijn naam is [naam] en ik woon op Molenstraat [huisnummer]. Mail [e-mail] of bel "
        "[telefoonnummer]"
    )
    assert result.markers == ("[naam]", "[huisnummer]", "[e-mail]", "[telefoonnummer]")
    assert result.removed == {"name": 1, "address": 1, "email": 1, "phone": 1}
    assert [text[s.start : s.end] for s in result.spans] == [
        "Emma", "8", "emma@example.com", "0687654321",
    ]  # fmt: skip


def test_a_gazetteer_file_is_read(tmp_path):
    path = tmp_path / "gazetteer.json"
    path.write_text(
        '{"gemeente": "Vaartveen", "buurten": ["Rozenhof"], "streets": ["Kolkdreef"]}',
        encoding="utf-8",
    )
    gazetteer = Gazetteer.from_json(path)
    assert gazetteer.streets == ("Kolkdreef",)
    assert set(gazetteer.places) == {"Rozenhof", "Vaartveen"}
    result = Scrubber(gazetteer=gazetteer).scrub("in Rozenhof woont hij aan de Kolkdreef 12")
    assert result.text == "in Rozenhof woont hij aan de Kolkdreef [huisnummer]"


def _report(split: str):
    own = EVAL / f"gazetteer_{split}.json"  # heldout2 is about another gemeente
    gazetteer = Gazetteer.from_json(own if own.exists() else EVAL / "gazetteer.json")
    return evaluate(load(EVAL / f"{split}.jsonl"), Scrubber(gazetteer=gazetteer), split)


@pytest.mark.parametrize("split", ["dev", "heldout", "stress", "heldout2", "heldout3"])
def test_the_targets_of_issue_15_hold_on_the_development_corpora(split):
    """dev and heldout were written independently of the scrubber, heldout2 and heldout3 by
    other authors, each scored blind once (docs/youth-input.md); all are development data now.
    stress was written by the scrubber's developer (tests/youth/eval/README.md). The target
    on negatives is on their text: a held negative keeps it."""
    report = _report(split)
    assert report.positives >= 230 and report.negatives >= 230
    assert report.recall >= TARGET_RECALL, report.missed
    assert report.unchanged >= TARGET_NEGATIVES_UNCHANGED, report.changed
    assert report.held_share <= TARGET_HELD_AT_MOST


def test_the_blind_heldout4_figures_hold():
    """heldout4 (another author, gemeente Dommelrode) was scored blind once in the third round:
    recall 94.8 %, negatives unchanged 93.0 %, held 17.6 % (docs/youth-input.md). Its misses
    were then studied for general causes and fixed; since then it is development data and
    every target holds on it, so they are asserted as targets (the blind recall was not)."""
    report = _report("heldout4")
    assert (report.records, report.positives, report.negatives) == (675, 346, 329)
    assert report.recall >= TARGET_RECALL, report.missed
    assert report.caught >= 343
    assert report.unchanged >= TARGET_NEGATIVES_UNCHANGED, report.changed
    assert report.held_share <= TARGET_HELD_AT_MOST


def test_the_blind_heldout5_figures_hold():
    """heldout5 (another author, gemeente Vlietmonde) was scored blind once in the fourth
    round, after that round's rules were committed: recall 318/327 (97.2 %), negatives
    unchanged 363/379 (95.8 %), held 105/706 (14.9 %) (docs/youth-input.md). The blind recall
    missed its target; the classes of its misses were then fixed and it is development data,
    held to every target like the others."""
    report = _report("heldout5")
    assert (report.records, report.positives, report.negatives) == (706, 327, 379)
    assert report.recall >= TARGET_RECALL, report.missed
    assert report.caught >= 318  # never below the blind run
    assert report.unchanged >= TARGET_NEGATIVES_UNCHANGED, report.changed
    assert report.held_share <= TARGET_HELD_AT_MOST


def test_the_blind_heldout6_figures_hold():
    """heldout6 (another author, gemeente Schelderwaard) was scored blind once in the fifth
    round, after that round's rules were committed: recall 288/304 (94.7 %), negatives
    unchanged 312/370 (84.3 %), held 142/674 (21.1 %): no target met (docs/youth-input.md).
    The classes of its misses and changed negatives were then fixed; it is development data
    now, held to every target like the others."""
    report = _report("heldout6")
    assert (report.records, report.positives, report.negatives) == (674, 304, 370)
    assert report.recall >= TARGET_RECALL, report.missed
    assert report.caught >= 288  # never below the blind run
    assert report.unchanged >= TARGET_NEGATIVES_UNCHANGED, report.changed
    assert report.held_share <= TARGET_HELD_AT_MOST


def test_the_blind_heldout7_figures_hold():
    """heldout7 (another author, gemeente Rijnsvelde) was scored blind once in the sixth
    round, after the second pass (residual.py) was committed: recall 294/304 (96.7 %),
    negatives unchanged 295/329 (89.7 %), held 111/633 (17.5 %) (docs/youth-input.md). A
    regression below the blind run fails. The classes of its misses and changed negatives were
    then fixed; it is development data now, held to every target like the others."""
    report = _report("heldout7")
    assert (report.records, report.positives, report.negatives) == (633, 304, 329)
    assert report.caught >= 294  # never below the blind run
    assert report.recall >= TARGET_RECALL, report.missed
    assert report.unchanged >= TARGET_NEGATIVES_UNCHANGED, report.changed
    assert report.held_share <= TARGET_HELD_AT_MOST


def test_the_blind_heldout8_figures_hold():
    """heldout8 (another author, gemeente Mergelrode) was scored blind once in the seventh
    round, after that round's rules were committed: recall 351/360 (97.5 %), negatives
    unchanged 356/408 (87.3 %), held 188/768 (24.5 %): no target met (docs/youth-input.md).
    Its classes were then fixed in the seventh round (held 179, 23.3 %), the eighth (held
    150, 19.5 %), the tenth (held 148) and the eleventh (147): development figures now, held
    to every target like the others."""
    report = _report("heldout8")
    assert (report.records, report.positives, report.negatives) == (768, 360, 408)
    assert report.caught >= 351  # never below the blind run
    assert report.recall >= TARGET_RECALL, report.missed
    assert report.unchanged >= TARGET_NEGATIVES_UNCHANGED, report.changed
    assert report.held_share <= TARGET_HELD_AT_MOST
    assert report.held <= 143  # never above what the sixteenth round reached (145 before)


def test_the_blind_heldout9_figures_hold():
    """heldout9 (another author, gemeente Turfwolde) was scored blind once after the eighth
    round: recall 380/387 (98.2 %), negatives unchanged 393/429 (91.6 %), held 179/816
    (21.9 %): recall and held missed their targets (docs/youth-input.md). Its classes were
    fixed in the ninth round (recall 387, held 152) and the tenth (names of other origins,
    organisations' mailboxes and accounts, "oke", survey rows: held 136, negatives unchanged 411)
    and the eleventh (held 135): development figures now, held to every target like the
    others."""
    report = _report("heldout9")
    assert (report.records, report.positives, report.negatives) == (816, 387, 429)
    assert report.caught >= 380  # never below the blind run
    assert report.caught >= 387  # what the ninth round reached
    assert report.recall >= TARGET_RECALL, report.missed
    assert report.unchanged >= TARGET_NEGATIVES_UNCHANGED, report.changed
    assert report.held_share <= TARGET_HELD_AT_MOST
    assert report.held <= 129  # never above what the sixteenth round reached (130 before)
    assert report.negatives_unchanged >= 413  # what the thirteenth round reached (411 before)


def test_the_blind_heldout10_figures_hold():
    """heldout10 (another author, Frisian gemeente Mûnewâld) was scored blind once after the
    tenth round: recall 412/416 (99.0 %), negatives unchanged 369/429 (86.0 %), held 241/845
    (28.5 %): negatives and held missed their targets (docs/youth-input.md). The eleventh
    round made Frisian vocabulary and fixed a few classes: negatives unchanged 388 (90.4 %)
    meet their target, held 207 (24.5 %) missed its own. The thirteenth round read Frisian
    words a name list holds and Frisian compounds as words, a greeting as no name: held 169
    (20.0 %) meets its target, negatives unchanged 390; both held here, the targets too."""
    report = _report("heldout10")
    assert (report.records, report.positives, report.negatives) == (845, 416, 429)
    assert report.caught >= 412  # never below the blind run
    assert report.recall >= TARGET_RECALL, report.missed
    assert report.unchanged >= TARGET_NEGATIVES_UNCHANGED, report.changed
    assert report.negatives_unchanged >= 394  # what the sixteenth round reached (390 before)
    assert report.held <= 166  # never above what the sixteenth round reached (168 before)
    assert report.held / report.records <= TARGET_HELD_AT_MOST


def test_the_blind_heldout11_figures_hold():
    """heldout11 (another author, Twente gemeente Esselhorst with Tweants dialect) was scored
    blind once after the eleventh round: recall 366/367 (99.7 %), negatives unchanged 384/435
    (88.3 %), held 158/802 (19.7 %): negatives missed their target (docs/youth-input.md). The
    twelfth round fixed a class year before an education level and an organisation's landline
    after its name, a capitalised Twents function word ("Wiej"): negatives unchanged 394
    (90.6 %), held 152 (19.0 %), held here as ratchets."""
    report = _report("heldout11")
    assert (report.records, report.positives, report.negatives) == (802, 367, 435)
    assert report.caught >= 367  # what the fourteenth round reached (the blind run: 366)
    assert report.recall >= TARGET_RECALL, report.missed
    assert report.unchanged >= TARGET_NEGATIVES_UNCHANGED, report.changed
    assert report.negatives_unchanged >= 395  # the seventeenth round's (394 the twelfth)
    assert report.held <= 148  # never above what the sixteenth round reached (150 before)
    assert report.held / report.records <= TARGET_HELD_AT_MOST


def test_the_blind_heldout12_figures_hold():
    """heldout12 (another author, Zaanstreek gemeente Zaanweel with Zaans dialect) was scored
    blind once after the twelfth round: recall 385/387 (99.5 %), negatives unchanged 385/431
    (89.3 %, its target missed), held 139/818 (17.0 %) (docs/youth-input.md). Since then
    only a word in another script is masked as a name (test_scrub_other_script.py): caught 386,
    held 138. The thirteenth round fixed classes of its changed negatives: negatives unchanged
    398 (92.3 %, its target met), held 135. Held as ratchets, all three targets too."""
    report = _report("heldout12")
    assert (report.records, report.positives, report.negatives) == (818, 387, 431)
    assert report.caught >= 386  # the blind run's 385, and the Cyrillic name since
    assert report.recall >= TARGET_RECALL, report.missed
    assert report.negatives_unchanged >= 400  # the sixteenth round's (398 before, blind 385)
    assert report.unchanged >= TARGET_NEGATIVES_UNCHANGED, report.changed
    assert report.held <= 131  # never above what was reached (the sixteenth round: 134 before)
    assert report.held / report.records <= TARGET_HELD_AT_MOST


def test_the_blind_heldout13_figures_hold():
    """heldout13 (another author, a Rotterdam-Zuid-style gemeente Riederwaal with Rotterdams
    and straattaal) was scored blind once after the thirteenth round: recall 386/390 (98.97 %,
    its target missed by one record), negatives unchanged 386/414 (93.2 %), held 120/804
    (14.9 %) (docs/youth-input.md). Held as ratchets: never below the blind run; after the
    fourteenth round (its four leaks and its negatives fixed as classes) recall 390/390,
    negatives unchanged 390/414 and held 119."""
    report = _report("heldout13")
    assert (report.records, report.positives, report.negatives) == (804, 390, 414)
    assert report.caught >= 390  # the fourteenth round's (blind: 386)
    assert report.negatives_unchanged >= 393  # the sixteenth round's (390 before, blind: 386)
    assert report.unchanged >= TARGET_NEGATIVES_UNCHANGED, report.changed
    assert report.held <= 118  # the sixteenth round's (119 before, blind: 120)
    assert report.held / report.records <= TARGET_HELD_AT_MOST


def test_the_blind_heldout14_figures_hold():
    """heldout14 (another author, West-Frisian gemeente Westerkolk with West-Frisian dialect)
    was scored blind once after the fourteenth round: recall 356/370 (96.2 %), negatives
    unchanged 383/433 (88.5 %), held 142/803 (17.7 %): recall and negatives missed their
    targets (docs/youth-input.md). Held as ratchets: never below the blind run; after the
    fifteenth round (six of its leaks fixed as classes) recall 364/370 and held 141; after the
    sixteenth (all six leaks and ten changed negatives fixed as classes) recall 370/370,
    negatives unchanged 394/433 and held 135."""
    report = _report("heldout14")
    assert (report.records, report.positives, report.negatives) == (803, 370, 433)
    assert report.caught >= 370  # the sixteenth round's (blind: 356)
    assert report.negatives_unchanged >= 394  # the sixteenth round's (blind: 383)
    assert report.held <= 135  # the sixteenth round's (blind: 142; 141 before the round)
    assert report.held / report.records <= TARGET_HELD_AT_MOST


def test_the_blind_heldout15_figures_hold():
    """heldout15 (another author, Achterhoek gemeente Slingerbeek with Achterhoeks plat) was
    scored blind once after the sixteenth round: recall 364/370 (98.4 %), negatives
    unchanged 396/430 (92.1 %), held 147/800 (18.4 %) (docs/youth-input.md); the seventeenth
    round caught its six leaks as classes: recall 370/370, negatives unchanged 401, held 142.
    Held as ratchets: never below what was reached."""
    report = _report("heldout15")
    assert (report.records, report.positives, report.negatives) == (800, 370, 430)
    assert report.caught >= 370  # the seventeenth round's (blind: 364)
    assert report.negatives_unchanged >= 401  # the seventeenth round's (blind: 396)
    assert report.held <= 142  # the seventeenth round's (blind: 147)
    assert report.held / report.records <= TARGET_HELD_AT_MOST


def test_the_blind_heldout16_figures_hold():
    """heldout16 (another author, Haaglanden gemeente Zandhage with Haags) was scored blind
    once after the seventeenth round: recall 406/412 (98.5 %), negatives
    unchanged 403/433 (93.1 %), held 152/845 (18.0 %) (docs/youth-input.md).
    Held as ratchets: never below the blind run."""
    report = _report("heldout16")
    assert (report.records, report.positives, report.negatives) == (845, 412, 433)
    assert report.caught >= 412  # the eighteenth round's (blind: 406)
    assert report.negatives_unchanged >= 403  # the blind run's
    assert report.held <= 152  # the blind run's
    assert report.held / report.records <= TARGET_HELD_AT_MOST


def test_the_blind_heldout17_figures_hold():
    """heldout17 (another author, Midden-Brabant gemeente Lakenbeek with Brabants) was scored
    blind once after the eighteenth round: recall 404/410 (98.5 %), negatives
    unchanged 408/433 (94.2 %), held 133/843 (15.8 %); the nineteenth round caught
    410/410 (docs/youth-input.md). Held as ratchets: never below the blind run."""
    report = _report("heldout17")
    assert (report.records, report.positives, report.negatives) == (843, 410, 433)
    assert report.caught >= 410  # the nineteenth round's (blind: 404)
    assert report.negatives_unchanged >= 408  # the blind run's
    assert report.held <= 133  # the blind run's
    assert report.held / report.records <= TARGET_HELD_AT_MOST


def test_the_blind_heldout18_figures_hold():
    """heldout18 (another author, Veluwe gemeente Hulshove with Veluws) was scored blind once
    after the nineteenth round: recall 385/388 (99.2 %), negatives unchanged
    387/427 (90.6 %), held 157/815 (19.3 %) (docs/youth-input.md).
    Held as ratchets: never below the blind run."""
    report = _report("heldout18")
    assert (report.records, report.positives, report.negatives) == (815, 388, 427)
    assert report.caught >= 385  # the blind run's
    assert report.negatives_unchanged >= 387  # the blind run's
    assert report.held <= 157  # the blind run's
    assert report.held / report.records <= TARGET_HELD_AT_MOST


@pytest.mark.parametrize("text", [
    # a number a service gives "for questions", "for reservations", "reachable at": held, kept
    # (seventh round: with the organisation named as its label it is published, below)
    "De huurdersvereniging is bereikbaar op 030 123 45 67 tussen 9 en 12 uur.",
    "Voor afspraken: 085 303 12 12, alleen op woensdag.",
])  # fmt: skip
def test_after_heldout7_a_services_number_is_held_not_masked(text):
    result = SCRUBBER.scrub(text)
    assert result.text == text and result.needs_review


def test_after_heldout7_a_shirt_number_is_no_house_number_but_a_home_still_is():
    text = "Nummer 9 van de MO15 mist de finale."
    assert SCRUBBER.scrub(text).text == text
    assert "[huisnummer]" in SCRUBBER.scrub("Ze woont op de Molenstraat nummer 9.").text
    # a number someone gives as their own stays personal
    assert "[telefoonnummer]" in SCRUBBER.scrub("bel me op 030 123 45 67 voor vragen").text


def test_after_heldout7_a_place_is_also_called_without_its_kind_but_a_shops_owner_is_no_place():
    scrubber = Scrubber(
        gazetteer=Gazetteer(
            places=("Wijkcentrum De Lantaarn", "Kapsalon Yasmina", "Vossenhoven"),
            streets=("Vossenhovenstraat",),
        )
    )
    for text in (
        "Vergadering vanavond in De Lantaarn, zaal 2.",
        "[20:15] Jongerenwerker Lantaarn: de sleutel ligt bij de balie",
        # a wijk ending like a street takes no house number: a score
        "Eindstand: Vossenhoven 5 – Molenwijk 2.",
    ):
        assert scrubber.scrub(text).text == text
    assert scrubber.scrub("Yasmina wil een kapperscursus.").text.startswith("[naam]")
    assert "[huisnummer]" in scrubber.scrub("Ze woont in de Vossenhovenstraat 12.").text


def test_the_regular_dutch_verb_forms_follow_the_spelling_rules():
    assert _regular_finite_forms("spelen") == {"speelt", "speelde", "speelden"}
    assert _regular_finite_forms("missen") == {"mist", "miste", "misten"}
    assert _regular_finite_forms("wandelen") == {"wandelt", "wandelde", "wandelden"}
    assert _regular_finite_forms("geven") == {"geeft", "geefde", "geefden"}  # irregular: lookup
    verbs = lexicon().verb_forms
    assert {"klaagt", "doet", "ging", "speelde", "stelt"} <= verbs
    assert not {"roos", "storm", "bank", "gespot"} & verbs  # stems and participles left out


@pytest.mark.parametrize(("text", "expected"), [
    # the platform's own domains after a role are a team, not a surname
    ("Wijkcoach Wmo belt de aanbieder.", "Wijkcoach Wmo belt de aanbieder."),
    ("Jeugdcoach Jeugdwet en consulent Participatiewet overleggen.",
     "Jeugdcoach Jeugdwet en consulent Participatiewet overleggen."),
    # a name after the same role still is one
    ("Wijkcoach Fenna neemt contact op.", "Wijkcoach [naam] neemt contact op."),
])  # fmt: skip
def test_a_domain_after_a_role_is_no_surname(text, expected):
    assert SCRUBBER.scrub(text).text == expected


# Fifth round: classes a new author writes that no corpus had yet, with new examples
SCRUBBED_ROUND5 = [
    # a platform word and a mark ("is", ":", "naam", "heet") before an everyday word chosen
    # as the account: a diminutive or a compound in no dictionary
    ("zijn psn is zwartekat, voeg hem toe", "zijn psn is [account], voeg hem toe"),
    ("haar snap: kikkertje", "haar snap: [account]"),
    ("op roblox heet hij pizzakoning", "op roblox heet hij [account]"),
    ("op twitch ben ik stoomtreintje", "op twitch ben ik [account]"),
    ("insta van mijn nicht: zonnebloempje", "insta van mijn nicht: [account]"),
    ("gebruikersnaam: wafelijzertje", "gebruikersnaam: [account]"),
    ("zijn naam in de game is GroeneDino", "zijn naam in de game is [account]"),
    ("volg mij: muizenval08 op tiktok", "volg mij: [account] op tiktok"),
    ("add me: bananenbootje op snap", "add me: [account] op snap"),
    # a spaced gamertag made of frequent words after a mark
    ("xbox gamertag: Snelle Vis 44", "xbox gamertag: [account]"),
    # a relation names who; it is no part of the name
    ("zijn broertje jelmer wil een trampoline", "zijn broertje [naam] wil een trampoline"),
    ("haar maatje wessel doet ook mee", "haar maatje [naam] doet ook mee"),
    # a month and a year of birth go together, also before "geboren"
    ("ze is geboren in april 2012", "ze is geboren in [geboortedatum]"),
    ("geboortedatum: okt 2010", "geboortedatum: [geboortedatum]"),
    ("hij is in mei 2011 geboren", "hij is in [geboortedatum] geboren"),
    ("jarig op de 14e van juni", "jarig op de [geboortedatum]"),
    # a phone number or an IBAN split over a line, as a form field wraps; its label stays
    ("bellen naar 06\n98765432 graag", "bellen naar [telefoonnummer] graag"),
    ("IBAN NL02 ABNA\n0123 4567 89 graag", "IBAN [iban] graag"),
    # a name glued to digits and maybe a word
    ("vraag het aan wout88 of aan lina4ever", "vraag het aan [account] of aan [account]"),
    # a gamertag in capitals with a number after a platform, no mark needed
    ("we spelen op fortnite met Gouden Haas 21", "we spelen op fortnite met [account]"),
    # a date written with slashes and a month abbreviation
    ("geb. 14/feb/2012", "geb. [geboortedatum]"),
    # a name field, marked by a colon or a possessive, in any case
    ("zijn achternaam is Mulder", "zijn achternaam is [naam]"),
    ("achternaam: de graaf", "achternaam: de [naam]"),
]  # fmt: skip

HELD_ROUND5 = [
    # "volgens", "aldus" announce who: a first name that is also a word is held
    "volgens bo moet het park open",
    "aldus storm: meer bankjes",
    # a marked account that is a plain dictionary word
    "mijn steam is vuurtoren",
    "volg me: koffiekan op tiktok",
    # a first name glued to a word: a username
    "fleurgamer zei dat de kooi dicht is",
    "ik zag timboy bij de kooi",
    # a platform spelt like a first name is a person opening a sentence ("Kick")
    "Kick is verdrietig want de kooi is dicht",
]

SURVIVES_ROUND5 = [
    "mijn insta is gehackt dus ik kan niks",
    "haar snap is vaak offline",
    "mijn account is geblokkeerd door de school",
    "op tiktok is dansen populair",
    "steam is duur, dus gratis games",
    "volgens mij is het park te donker",
    "volgens de buurvrouw moet er een hek komen",
    "zijn broer en zijn zus willen een kooi",
    "we willen een pannaveldje en een basgitaarles",
    "de game is leuk maar de naam in de game is stom",
    # games and codes glued to digits; a chat export's date stamp is no BSN
    "we spelen gta5 en fifa25 en willen een ps5",
    "de naam is mooi gekozen",
    "naam van het plan: groen",
    "de bus lijn12 en covid19",
]


@pytest.mark.parametrize(("text", "expected"), SCRUBBED_ROUND5)
def test_round5_classes_are_masked(text, expected):
    assert SCRUBBER.scrub(text).text == expected


@pytest.mark.parametrize("text", HELD_ROUND5)
def test_round5_doubtful_accounts_and_names_hold_the_record_unchanged(text):
    result = SCRUBBER.scrub(text)
    assert result.text == text
    assert POSSIBLE_NAME in result.review_reasons or UNKNOWN_WORD in result.review_reasons


@pytest.mark.parametrize("text", SURVIVES_ROUND5)
def test_round5_ordinary_text_survives(text):
    result = SCRUBBER.scrub(text)
    assert (result.text, result.review_reasons) == (text, ())


def test_round5_a_chat_exports_date_stamp_is_no_bsn():
    result = SCRUBBER.scrub("12-03-2025 20:11 - Jesse: kan het park open?")
    assert result.text == "12-03-2025 20:11 - [naam]: kan het park open?"


# After the blind heldout6 run: its classes of miss and of changed negatives, new examples
GAZETTEER_SERVICES = Gazetteer(
    streets=("Annie M.G. Schmidtlaan", "Kerkweg"),
    places=("Buurthuis De Kade", "Bieb Vaartveen", "Vaartveen", "Kapsalon Bo"),
    gemeente="Vaartveen",
)
SCRUBBER_SERVICES = Scrubber(gazetteer=GAZETTEER_SERVICES, today=date(2026, 6, 1))

SCRUBBED_AFTER_HELDOUT6 = [
    # a word repeating a name found elsewhere in the record is that person again
    ("Visser van de woningbouw (Anke Visser) komt kijken",
     "[naam] van de woningbouw ([naam]) komt kijken"),
    # nickname frames: "X — zo heet Y", "X (eigenlijk Y)", "X voor vrienden"
    ("KAST — zo heet Milan in de app", "[naam] — zo heet [naam] in de app"),
    ("we noemen Snoet (eigenlijk Ilias) de baas", "we noemen [naam] (eigenlijk [naam]) de baas"),
    ("de kok, Pannenkoek voor vrienden, bakt", "de kok, [naam] voor vrienden, bakt"),
    # a chat line's sender glued by a dot
    ("[discord #chill] kaasschaaf.pro: wie komt er", "[discord #chill] [account]: wie komt er"),
    # dates listed after a birthday cue
    ("Jarig in maart: Ida (2 maart) en Rutger (27 maart).",
     "Jarig in maart: [naam] ([geboortedatum]) en [naam] ([geboortedatum])."),
    # initials around an abbreviated tussenvoegsel
    ("deelnemers: J.vd.K. 11 jr en P.v.D. (13)", "deelnemers: [naam] en [naam]"),
    # after a first name that is no word, a one-word town is the surname, also in capitals
    ("YARA HEERHUGOWAARD HEEFT DE BAL", "[naam] HEEFT DE BAL"),
    # a double surname that ends like a street
    ("Femke de Vries-Bakker belde", "[naam] belde"),
    # a written-out e-mail with any country's code
    ("mail: ania.k[at]wp.pl", "mail: [e-mail]"),
]  # fmt: skip

HELD_AFTER_HELDOUT6 = [
    "vraag van muisje: mag er een hok komen",
    "wafel komt niet, zn vader belde",
    "Mol is de kleinste van de groep en wil een hut",
]

SURVIVES_AFTER_HELDOUT6 = [
    # opening hours, times, an organisation's numbers
    "Het buurthuis is open di 14.00-22.00 en vr 19.00-23.30.",
    "KvK-nummer van de stichting staat op de factuur: 41234567.",
    "Politie geen spoed: 0900-8844, bij spoed 112.",
    "Veilig Thuis bel je gratis op 0800-2000.",
    # things named after famous people, a town after a preposition of place
    "Taylor Swift-avond en een Kylian Mbappé-shirt als prijs",
    "we trainen in Hoorn",
    # compounds of frequent words
    "de meidenvoetbalgroep en de boekenruilkast zijn populair",
]

SURVIVES_WITH_GAZETTEER_AFTER_HELDOUT6 = [
    # an account or address of the gemeente's own services, also glued
    "volg @buurthuisdekade en mail info@biebvaartveen.nl",
    "Bel Buurthuis De Kade op werkdagen",
    # the people the gemeente named its streets after
    "Wie was Annie M.G. Schmidt? We lopen elke dag over de Annie M.G. Schmidtlaan.",
    # a shape inside one of its own places
    "Kapsalon Bo, 12 jongens geknipt",
]


@pytest.mark.parametrize(("text", "expected"), SCRUBBED_AFTER_HELDOUT6)
def test_after_heldout6_classes_are_masked(text, expected):
    assert SCRUBBER.scrub(text).text == expected


@pytest.mark.parametrize("text", HELD_AFTER_HELDOUT6)
def test_after_heldout6_doubtful_subjects_hold_the_record_unchanged(text):
    result = SCRUBBER.scrub(text)
    assert result.text == text and POSSIBLE_NAME in result.review_reasons


@pytest.mark.parametrize("text", SURVIVES_AFTER_HELDOUT6)
def test_after_heldout6_ordinary_text_survives(text):
    result = SCRUBBER.scrub(text)
    assert (result.text, result.review_reasons) == (text, ())


@pytest.mark.parametrize("text", SURVIVES_WITH_GAZETTEER_AFTER_HELDOUT6)
def test_after_heldout6_the_gemeentes_own_services_and_namesakes_survive(text):
    result = SCRUBBER_SERVICES.scrub(text)
    assert (result.text, result.review_reasons) == (text, ())


def test_after_heldout6_a_services_landline_is_published_and_a_residents_masked():
    # (held in the sixth round; the seventh publishes the number of a service the gemeente
    # names, docs/youth-input.md)
    service = "Vragen? Bel Buurthuis De Kade, 030 123 45 67, op werkdagen."
    published = SCRUBBER_SERVICES.scrub(service)
    assert (published.text, published.review_reasons) == (service, ())
    own = SCRUBBER_SERVICES.scrub("Buurthuis De Kade belde mij thuis op 030 123 45 67")
    assert own.text.endswith("[telefoonnummer]")


@pytest.mark.parametrize("text", [
    # a chat export's stamps (its senders already masked), an ISO date and a free number in
    # three groups name nobody: published as written, neither masked nor held for its digits
    "[03-12-26 18:44:09] [naam]: de agenda staat online",
    "02-12-26 21:07 - [naam]: vergadering om 19.30",
    "de open dag is op 2026-03-14 in het buurthuis",
    "de Kindertelefoon is gratis: 0800 043 2111",
    "de Fietsersbond 0800-2233 is ook gratis",  # no postcode in a number's second group
])  # fmt: skip
def test_stamps_dates_and_free_numbers_are_published_as_written(text):
    result = SCRUBBER.scrub(text)
    assert (result.text, result.review_reasons) == (text, ())
