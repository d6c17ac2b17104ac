"""heldout5 (gemeente Vlietmonde, README_heldout5.md): the settings the shared tool
`tools/corpus/` builds and validates it with. The gemeente itself is in gazetteer_src.py."""

SEED = 5505  # shuffles the records
# the corpora written before this one, as its author read them (ids, values, streets, places)
EARLIER = ["dev.jsonl", "heldout.jsonl", "heldout2.jsonl", "heldout3.jsonl", "heldout4.jsonl"]
EARLIER_GAZETTEERS = ["gazetteer.json", "gazetteer_heldout2.json", "gazetteer_heldout3.json",
                      "gazetteer_heldout4.json"]
# the fifth brief: every kind >= 15 (phone, handle, address 20; names 150), about 45 % personal
MINIMUM = {"name": 150, "phone": 20, "email": 15, "handle": 20, "address": 20, "postcode": 15,
           "bsn": 15, "birth_date": 15, "initials_age": 15, "iban": 15, "licence_plate": 15,
           "class_name": 15}
MIN_RECORDS = 500
SHARE_WITH_PERSONAL = (0.40, 0.50)

VALUES = dict(  # phone numbers, BSNs, IBANs (tools/corpus/values.py)
    seed=550517,
    areas=sorted({"030": 7, "033": 7, "036": 7, "071": 7, "079": 7, "0343": 6, "0348": 6,
                  "0346": 6, "0294": 6, "0172": 6}.items()),
    phone_deck=["m_dash", "m_plain", "m_4_4", "m_pairs", "m_intl_sp", "m_0031sp", "m_intl",
                "m_dash_pairs", "l_dash", "m_33", "m_intl_dash", "l_sp", "m_0031", "l_br"],
    bsn_deck=["sp333", "plain", "dash333", "sp432", "dots432", "lost0", "dots333", "sp2223"],
    iban_deck=["nl_plain", "nl_grouped", "nl_lower_grouped", "be_plain", "nl_split",
               "de_grouped", "nl_lower"],
)

# Famous people, brands, clubs elsewhere, games, platforms, events, cities and countries:
# not residents of Vlietmonde, so they must survive the scrubber.
EXTRA = [
    # football, sport
    "Micky van de Ven", "Xavi Simons", "Dani de Wit", "Luuk de Jong", "Esmee Brugts",
    "Daphne van Domselaar", "Cody Gakpo", "Virgil van Dijk", "Jurriën Timber", "Ryan Gravenberch",
    "Brian Brobbey", "Hakim Ziyech", "Sofyan Amrabat", "Noussair Mazraoui", "Johan Bakayoko",
    "Jackie Groenen", "Dominique Janssen", "Jutta Leerdam", "Mathieu van der Poel", "Sven Kramer",
    "Max Verstappen", "Femke Bol", "Dafne Schippers", "Rico Verhoeven", "Lionel Messi", "Messi",
    "Cristiano Ronaldo", "Ronaldo", "Kylian Mbappé", "Neymar", "Erling Haaland", "LeBron James",
    "Stephen Curry", "Giannis",
    "PSV", "Philips Stadion", "Helmond Sport", "FC Eindhoven", "Roda JC", "VVV-Venlo", "NAC",
    "Willem II", "FC Twente", "Heracles", "Feyenoord", "Ajax", "Real Madrid", "Barcelona",
    "Oranje", "Efteling",
    # artists, influencers, public figures
    "Kylie Jenner", "Nikkie de Jager", "Frenna", "Boef", "Snelle", "Suzan & Freek", "Froukje",
    "Joost Klein", "S10", "Guus Meeuwis", "Rowwen Hèze", "Carnavalsprins", "Prins Carnaval",
    "Billie Eilish", "Taylor Swift", "Drake", "Travis Scott", "Central Cee", "Burna Boy",
    "Ed Sheeran", "Dua Lipa", "Stromae", "MrBeast", "IShowSpeed", "Enzo Knol", "Dylan Haegens",
    "Johan Cruijff", "Wim Kan", "Johnny Jordaan", "Lamine Yamal", "Memphis Depay", "Memphis",
    "Vincent van Gogh", "Jeroen Bosch", "Peerke Donders", "Titus Brandsma", "Anne Frank",
    "Koning Willem-Alexander", "Willem-Alexander", "Koningin Máxima", "Prinses Amalia",
    "Sinterklaas", "Oeteldonk",
    # events and holidays
    "Koningsdag", "Zwarte Cross", "Diwali", "Suikerfeest", "Offerfeest", "Keti Koti",
    "Ramadan", "Pinksteren", "Carnaval", "Vastenavond", "Holi", "Chinees Nieuwjaar", "Tết",
    "Dutch Design Week", "Glow",
    # brands, games, platforms, services
    "Adidas", "Nike", "Puma", "Hummel", "Jordan", "Under Armour", "Stone Island", "Moncler",
    "Canada Goose", "The North Face", "Trapstar", "Corteiz", "Lacoste", "Zara", "H&M",
    "Red Bull", "Monster", "Coca-Cola", "Fristi", "Chocomel", "Rivella", "Tony's Chocolonely", "Ben & Jerry's", "Walibi",
    "FC 25", "FIFA", "Fortnite", "Minecraft", "Roblox", "GTA", "Call of Duty", "Brawl Stars",
    "Valorant", "PlayStation", "PS5", "Xbox", "Nintendo Switch", "Steam", "Discord",
    "Instagram", "TikTok", "Snapchat", "YouTube", "Twitch", "Telegram", "WhatsApp", "BeReal",
    "Spotify", "Netflix", "Thuisbezorgd", "Uber Eats", "Vinted", "Marktplaats", "Google Maps",
    "ChatGPT", "Teams", "Zoom", "Arriva", "NS", "OV-chipkaart", "Swapfiets", "Lime",
    "Jeugdfonds Sport & Cultuur", "Kindertelefoon", "Voedselbank", "Rode Kruis", "GGD",
    "Veilig Thuis", "Staatsbosbeheer", "Brabants Landschap", "Omgevingsvisie 2040",
    # cities, regions, countries
    "Eindhoven", "Helmond", "Tilburg", "Breda", "Venlo", "Enschede", "Hengelo", "Nijmegen",
    "Den Bosch", "'s-Hertogenbosch", "Maastricht", "Roermond", "Weert", "Deurne", "Rotterdam",
    "Amsterdam", "Utrecht", "Bergen op Zoom", "Den Haag", "Berlijn", "Brussel", "Antwerpen", "Parijs", "Londen",
    "Brabant", "Limburg", "Twente", "Friesland", "Kempen", "Peel",
    "Marokko", "Turkije", "Suriname", "Curaçao", "Aruba", "Bonaire", "Indonesië", "Molukken",
    "Eritrea", "Somalië", "Ethiopië", "Syrië", "Afghanistan", "Irak", "Polen", "Roemenië",
    "Bulgarije", "Oekraïne", "Ghana", "Nigeria", "China", "Vietnam", "Engeland", "Kaapverdië",
    "Portugal", "Duitsland", "België", "Manchester", "Leeds", "Almere", "Kharkiv", "Oekraïne",
    "Eritrea", "Ethiopië", "Syrië",
]
# Entries that are also ordinary words: found only when written with a capital.
CASE_SENSITIVE = {"Action", "Plus", "Coop", "Glow", "Teams", "Zoom", "Steam", "Lime", "Monster",
                  "Jordan", "Drake", "Puma", "NS", "Boef", "Snelle", "Peel", "Holi", "Oranje",
                  "GTA", "Giannis", "Carnaval", "Vastenavond", "Spin"}
ALIASES = ["AH", "appie", "mac", "mcdonalds", "kfc", "jumbo"]
ALIAS_CS = {"AH"}
