"""Word lists for the scrubber: common first names in the Netherlands and words that are not.

FIRST_NAMES: a compact list of first names common among young people in the Netherlands
(born roughly 2000-2015, every background) and their parents, from memory of the SVB / Meertens
top lists. It does not need to be complete: names after "ik ben", "ik heet", "groetjes", in
brackets, etc. are caught by pattern, and an unknown capitalised word after "met"/"en" holds the
record for review.
"""

from __future__ import annotations

_NAMES = """
Aaliyah Aaron Abdel Abdelkader Abdullah Adam Adriaan Ahmed Aisha Aicha Alex Alexander Ali
Alicia Amber Amelie Amina Amir Amira Amy Anass Anna Anne Annemijn Anouk Anton Arjen Arthur Aya
Ayoub Ayla Bart Bas Bastiaan Bayu Beau Ben Benjamin Berend Bilal Bo Boaz Bobby Boris Bram Brent
Britt Bryan Carlijn Casper Cato Celine Charlotte Chloe Chloë Chris Daan Dani Daniel Daniël
Danny David Dean Demi Dewi Dex Dirk Djamila Dylan Ebru Elif Eline Elise Elin Ella Emily Emir
Emma Emre Enzo Esmee Esmée Esra Eva Evi Evy Fabian Fatima Fatma Fay Fedde Femke Fenna Finn Fleur
Floor Floris Fleur Gijs Giovanni Guus Hamza Hannah Hanna Hasan Hatice Hidde Hugo Ibrahim Ilias
Ilyas Imane Imran Ines Iris Isa Isabel Isabella Isabelle Ismail Ivo Jada Jade Jaimy Jamal Jamie
Jan Jana Jane Jasmijn Jasper Jay Jayden Jayson Jelle Jens Jesse Jessica Jet Jill Jip Jolien
Joep Jonas Joost Jordy Joris Josephine Joshua Jurre Julia Julian Juliana Julie Jurgen Kacper
Kai Karim Kay Kevin Kim Koen Lana Lars Laura Lauren Lea Lena Lennart Lenn Levi Liam Lieke Lien
Lina Linda Lisa Liv Lize Lois Loes Lotte Lotus Louise Luca Lucas Lucy Luna Lynn Maarten Mads
Malak Malika Manon Marco Mare Maria Mariam Marit Mark Marleen Mart Martijn Mason Mats Matthijs
Max Maxime Maya Meike Mehmet Melissa Merel Meryem Mert Michael Mick Milan Mila Mohamed Mohammed
Mohammad Mustafa Myrthe Nadia Naomi Nassim Niek Niels Nienke Nina Noa Noah Noor Nora Nordin Nour
Olivia Omar Oscar Owen Patrick Pepijn Pien Pim Puck Quinn Quinten Rachid Rayan Rick Rik Rob
Robin Romy Roos Rosa Roy Ruben Rutger Ryan Sam Samira Sander Sanne Sara Sarah Saar Sami Selin
Sem Senna Sep Shanice Siem Silvia Simon Sofia Sophie Sophia Stan Stefan Stella Sterre Stijn
Storm Suus Sven Tamara Tess Teun Thijs Thomas Tijn Tim Tobias Tom Tommy Twan Valerie Vera
Victor Wessel Willem Wouter Yara Yasmina Yasmine Yassin Yassine Youssef Yusuf Yvonne Zakaria
Zara Zeynep Zoë Zoe Zofia
"""

FIRST_NAMES: frozenset[str] = frozenset(_NAMES.split())

# First names that are also ordinary Dutch words: at the start of a sentence they are read as
# the word ("Storm heeft de bomen omgeblazen"), elsewhere with a capital as a name.
AMBIGUOUS_NAMES: frozenset[str] = frozenset(
    {
        "Ben",
        "Bo",
        "Floor",
        "Iris",
        "Jade",
        "Jet",
        "Lotus",
        "Mark",
        "Max",
        "Roos",
        "Rosa",
        "Storm",
        "Fleur",
        "Sterre",
        "Vera",
        "Isa",
        "Kim",
        "Jan",
    }
)

# Capitalised words that are not people: brands, places of every town, feasts, languages.
# Place and street names of the municipality itself come from raw.buurten and raw.wijken.
NOT_NAMES: frozenset[str] = frozenset(
    """
    Albert Heijn Jumbo Lidl Aldi Action Hema Kruidvat McDonald's McDonalds Burger King KFC
    Instagram Insta TikTok Snapchat Snap WhatsApp YouTube Google Netflix Discord Twitter
    Facebook Spotify Playstation PlayStation Fortnite FIFA BMX NS Arriva Connexxion
    Nederland Nederlands Engels Turks Marokkaans Arabisch Pools Syrisch Surinaams Antilliaans
    Kerst Kerstmis Pasen Ramadan Suikerfeest Offerfeest Koningsdag Sinterklaas Halloween
    Oud Nieuw Centrum Station Stadhuis Gemeente Wijkteam Jongerenwerk Buurthuis Bibliotheek
    Ik Wij We Jij Je Hij Zij Ze Het De Een En Maar Want Ook Meer Minder Geen Niet Wel Er
    """.split()
)

# Words after which a capitalised word is very likely a person.
PERSON_CUES = (
    "ik ben",
    "ik heet",
    "mijn naam is",
    "m'n naam is",
    "groetjes",
    "groetjes van",
    "groeten",
    "groeten van",
    "liefs",
    "doei",
    "namens",
    "mijn vriend",
    "mijn vriendin",
    "m'n vriend",
    "m'n vriendin",
    "mijn broer",
    "mijn broertje",
    "mijn zus",
    "mijn zusje",
    "m'n broer",
    "m'n zus",
    "mijn neef",
    "mijn nicht",
)

# Capitalised words after these are held for review unless they are known places or not names.
UNSURE_CUES = ("met", "en")

# Street-name endings: a word ending like this is a street or square, kept as a place.
STREET_SUFFIXES = (
    "straat",
    "laan",
    "weg",
    "plein",
    "gracht",
    "kade",
    "singel",
    "dijk",
    "pad",
    "hof",
    "park",
    "dreef",
    "steeg",
    "kanaal",
    "markt",
    "plantsoen",
    "boulevard",
    "allee",
    "ring",
    "baan",
    "wal",
    "haven",
    "veld",
    "erf",
    "hoek",
    "kamp",
    "brink",
    "burcht",
    "poort",
    "sloot",
    "vaart",
    "straatje",
    "laantje",
    "pleintje",
    "weide",
    "akker",
    "tuin",
    "bos",
    "zoom",
    "rade",
)
