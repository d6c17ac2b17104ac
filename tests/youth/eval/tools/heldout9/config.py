"""heldout9 (gemeente Turfwolde, README_heldout9.md): the settings the shared tool
`tools/corpus/` builds and validates it with. The gemeente itself is in gazetteer_src.py."""
import briefs
from values import UNITS

SEED = 9909  # shuffles the records
# the corpora written before this one, as its author read them (ids, values, streets, places)
EARLIER = ["dev.jsonl", "heldout.jsonl", "heldout2.jsonl", "heldout3.jsonl", "heldout4.jsonl",
           "heldout5.jsonl", "heldout6.jsonl", "heldout7.jsonl", "heldout8.jsonl",
           "stress.jsonl"]
EARLIER_GAZETTEERS = ["gazetteer.json", "gazetteer_heldout2.json", "gazetteer_heldout3.json",
                      "gazetteer_heldout4.json", "gazetteer_heldout5.json",
                      "gazetteer_heldout6.json", "gazetteer_heldout7.json",
                      "gazetteer_heldout8.json"]
BRIEF = briefs.NINTH

VALUES = dict(  # phone numbers, BSNs, IBANs (tools/corpus/values.py)
    seed=990917,
    # Groningen and Drenthe: Groningen city, Hoogezand/Veendam, Stadskanaal, Emmen, Assen,
    # Winschoten, Delfzijl, Warffum
    areas=sorted({"050": 7, "0598": 6, "0599": 6, "0591": 6, "0592": 6, "0597": 6, "0596": 6,
                  "0595": 6}.items()),
    phone_deck=["m_dash", "m_plain", "m_4_4", "m_pairs", "m_intl_sp", "l_dash", "m_33",
                "m_0031sp", "m_intl", "l_sp", "m_dash_pairs", "m_intl_dash", "l_br", "m_dots",
                "m_0031", "l_plain", "m_intl_pairs"],
    bsn_deck=["plain", "sp333", "dots333", "dash333", "sp432", "dots432", "sp2223", "sp45",
              "lost0"],
    iban_deck=["nl_grouped", "nl_plain", "nl_lower", "be_grouped", "nl_lower_grouped",
               "de_plain", "nl_split", "be_plain", "de_grouped"],
    mobile_first="123456",
    # a dictated number in a transcript: every digit a word ("nul zes twee acht ...")
    formats={"mobile": {"m_allwords": lambda r: "nul zes " + " ".join(UNITS[int(c)] for c in r)}},
)

# Famous people, brands, clubs elsewhere, games, platforms, events, cities and countries:
# not residents of Turfwolde, so they must survive the scrubber.
EXTRA = [
    # sport
    "Arjen Robben", "Sven Kramer", "Ireen Wüst", "Jutta Leerdam", "Joy Beune", "Femke Bol",
    "Max Verstappen", "Virgil van Dijk", "Cody Gakpo", "Xavi Simons", "Lamine Yamal",
    "Erling Haaland", "Kylian Mbappé", "Cristiano Ronaldo", "Ronaldo", "Lionel Messi", "Messi",
    "Jude Bellingham", "Vinícius Júnior", "Lieke Martens", "Mathieu van der Poel",
    "FC Groningen", "SC Cambuur", "FC Emmen", "Heerenveen", "Ajax", "PSV", "Feyenoord",
    "Real Madrid", "Barcelona", "Oranje", "Elfstedentocht", "Thialf",
    # artists, streamers, public figures, characters
    "Bartje", "Herman Finkers", "Ede Staal", "Frenna", "Snelle", "Boef", "Kevin", "Josylvio",
    "Jonna Fraser", "Froukje", "S10", "Davina Michelle", "Joost Klein", "Taylor Swift",
    "Billie Eilish", "Ed Sheeran", "Drake", "Central Cee", "Kai Cenat", "IShowSpeed", "MrBeast", "Enzo Knol",
    "Kalvijn", "Aletta Jacobs", "Jozef Israëls", "H.N. Werkman", "Anne de Vries",
    "Harry Potter", "Pippi Langkous", "Dikkie Dik", "Nijntje", "Jip en Janneke", "Sinterklaas",
    "Dick Schoof", "Geert Wilders", "Frans Timmermans", "Rob Jetten", "Koning Willem-Alexander",
    "Mark Rutte", "Greta Thunberg", "Volodymyr Zelensky",
    # events and holidays
    "Koningsdag", "Suikerfeest", "Offerfeest", "Ramadan", "Keti Koti", "Kinderboekenweek",
    "Paarse Vrijdag", "Noorderzon", "Eurosonic", "Koningsspelen", "Sint-Maarten",
    "Oud en Nieuw", "Nieuwjaarsduik", "Pride", "Diwali", "Newroz", "Nowruz",
    "Efteling", "Drents Museum", "Stichting Leergeld",
    # brands, games, platforms, services
    "Adidas", "Nike", "Puma", "Jordan", "Stone Island", "The North Face", "Moncler",
    "Canada Goose", "Ralph Lauren", "Tommy Hilfiger", "Red Bull", "Monster", "Prime",
    "Coca-Cola", "Fanta", "Tony's Chocolonely", "Duo Penotti", "Hak",
    "FC 25", "EA FC", "FIFA", "Fortnite", "Minecraft", "Roblox", "GTA", "Brawl Stars",
    "Clash Royale", "Valorant", "Rocket League", "Among Us", "Mario Kart", "Zelda", "Pokémon",
    "Animal Crossing", "Call of Duty", "Stumble Guys", "Subway Surfers",
    "PlayStation", "PS5", "Xbox", "Switch", "Steam", "Discord", "Instagram", "Insta",
    "TikTok", "Snapchat", "Snap", "YouTube", "Twitch", "Telegram", "WhatsApp", "Signal",
    "BeReal", "Spotify", "Netflix", "Teams", "Google Forms", "Microsoft Forms", "Outlook",
    "Gmail", "Hotmail", "Sportlink", "KNVB", "Voetbal.nl", "Lidl Plus", "Thuisbezorgd",
    "Vinted", "Marktplaats", "ChatGPT", "Snapmap", "OV-chipkaart", "Qbuzz", "Arriva",
    "Jeugdfonds Sport & Cultuur", "Kindertelefoon", "Voedselbank", "Veilig Thuis", "GGD",
    "Vluchtelingenwerk", "COA", "IND", "DUO", "UWV", "Staatsbosbeheer", "Het Drentse Landschap",
    # cities, regions, countries
    "Groningen", "Stad", "Assen", "Emmen", "Veendam", "Stadskanaal", "Hoogezand", "Winschoten",
    "Delfzijl", "Ter Apel", "Leeuwarden", "Zwolle", "Amsterdam", "Rotterdam", "Utrecht",
    "Drenthe", "Friesland", "Duitsland", "Bremen", "Oldenburg", "Kyiv", "Lviv", "Oekraïne",
    "Syrië", "Damascus", "Homs", "Eritrea", "Asmara", "Afghanistan", "Kabul", "Herat", "Polen",
    "Gdańsk", "Kharkiv", "Koerdistan", "Marokko", "Turkije", "Suriname", "Curaçao", "Somalië", "Irak", "Iran",
    "Ethiopië", "Jemen", "Soedan", "Roemenië", "Bulgarije", "Hongarije", "Litouwen", "Brazilië",
    "Indonesië", "China", "Vietnam", "India", "Nederland",
]
# Entries that are also ordinary words: found only when written with a capital.
CASE_SENSITIVE = {"Action", "Plus", "Coop", "Dirk", "Boni", "Teams", "Steam", "Jordan", "Drake",
                  "Puma", "Boef", "Snelle", "Kevin", "Oranje", "GTA", "Switch", "Monster",
                  "Prime", "Signal", "Snap", "Stad", "Hak", "Pride", "Insta", "Gamma",
                  "Praxis", "Flow", "Drift", "Mieden", "Dophei", "Zandloper", "Veenkerk",
                  "Dwarsdiep", "Zijlvest", "Sinterklaas",
                  "IND", "DUO", "COA", "Dikkie Dik"}
ALIASES = ["AH", "appie", "mac", "mcdonalds", "kfc", "jumbo"]
ALIAS_CS = {"AH"}
