"""What young people say about their neighbourhood, per theme, in their own words.

`{straat}` is filled with a street name of Demstervoort, so some ideas name a place.
"""

from __future__ import annotations

IDEAS: dict[str, tuple[str, ...]] = {
    "ontmoeten": (
        "Een plek om te chillen waar we niet weggestuurd worden",
        "Een overdekte hangplek bij het pleintje aan de {straat}",
        "Het jongerencentrum moet ook in het weekend open",
        "Bankjes in een kring zodat je met je vrienden kan zitten",
        "Een plek waar je gewoon kan zitten zonder dat je iets hoeft te kopen",
        "Meer activiteiten voor jongeren in de avond, nu is er niks te doen",
        "Een ruimte om muziek te maken en op te nemen",
    ),
    "sport_en_spelen": (
        "Een nieuw voetbalveldje want het oude bij de {straat} is kapot",
        "Een skatepark, nu skaten we op de parkeerplaats",
        "Een panna-kooi in de buurt",
        "Een basketbalveld met netjes aan de ring",
        "Calisthenics toestellen in het park",
        "Het trapveldje aan de {straat} moet gemaaid worden, je kan er niet voetballen",
        "Een pumptrack voor BMX en step",
    ),
    "groen": (
        "Meer bomen langs de {straat}, in de zomer is het daar heel heet",
        "Een moestuin waar jongeren zelf dingen kunnen kweken",
        "Minder zwerfafval in het park, meer prullenbakken",
        "Het grasveld achter de school niet bebouwen",
        "Een plek aan het water waar je kan zitten",
        "Bloemen en planten op het plein in plaats van alleen stenen",
    ),
    "veiligheid_en_verlichting": (
        "Meer licht op het fietspad langs de Vaart",
        "Het tunneltje onder het spoor is eng in het donker",
        "Lantaarnpalen bij de {straat} doen het vaak niet",
        "Camera's bij de fietsenstalling van het station",
        "Ik durf 's avonds niet door het park te fietsen",
        "Meer toezicht bij het busstation, daar wordt veel gedeald",
    ),
    "verkeer": (
        "Een zebrapad bij de school aan de {straat}",
        "Auto's rijden te hard op de {straat}, er moeten drempels komen",
        "Een veilige fietsroute naar het voortgezet onderwijs",
        "De bus moet vaker rijden, ook 's avonds",
        "Het fietspad is veel te smal voor al die scooters",
        "Een oversteekplaats bij de rotonde bij de Vaartweg",
    ),
    "wonen": (
        "Betaalbare woningen voor jongeren zodat we hier kunnen blijven wonen",
        "Studio's voor starters in het oude schoolgebouw",
        "Er moeten huizen komen voor jongeren die uit huis willen",
        "Minder lange wachtlijsten voor een huurhuis",
        "Tiny houses op het lege terrein aan de {straat}",
    ),
    "voorzieningen": (
        "Gratis wifi in het centrum",
        "Een plek om te studeren die ook na vijf uur open is",
        "Openbare wc's bij het park",
        "Een watertappunt bij het sportveld",
        "Oplaadpalen voor je telefoon bij de bushalte",
        "De bibliotheek moet langer open blijven",
    ),
    "overig": (
        "Jongeren moeten meer mee kunnen praten over de buurt",
        "Een festival in de zomer voor de hele wijk",
        "Meer bijbaantjes voor jongeren in de buurt",
        "Een muur waar je legaal graffiti mag spuiten",
        "Vaker een wijkfeest zodat mensen elkaar leren kennen",
    ),
}

# Personal data the scrubber must remove before storage. Placeholders: {idee}, {naam},
# {telefoon}, {email}, {handle}, {straat}, {huisnummer}.
PERSONAL_WRAPPERS = (
    "Ik ({naam}) wil dit: {idee}",
    "{idee}. Groetjes {naam}",
    "{idee}. Bel me als je vragen hebt: {telefoon}",
    "{idee}. Mail me op {email}",
    "{idee}. Volg ons op insta {handle}",
    "{idee}. Ik woon op {straat} {huisnummer} dus ik weet hoe het is",
    "Mijn naam is {naam} en ik woon op {straat} {huisnummer}. {idee}",
)

ORGANISATIONS = (
    "Jongerenwerk Demstervoort", "Buurtsportcoach", "Jongerenraad Demstervoort",
    "Jongerencentrum De Molen", "Scouting De Vaart", "Schoolmaatschappelijk werk",
)
ACTIVITIES = (
    "Inloopavond jongerencentrum", "Straatgesprek", "Workshop Maak je wijk",
    "Enquête op school", "Sportinstuif", "Wijkschouw met jongeren", "Online peiling",
    "Zomeractiviteit op het plein",
)
