"""heldout4 (gemeente Dommelrode, README_heldout4.md): the settings the shared tool
`tools/corpus/` builds and validates it with. The gemeente itself is in gazetteer_src.py."""
import briefs

SEED = 4404  # shuffles the records
# the corpora written before this one, as its author read them (ids, values, streets, places)
EARLIER = ["dev.jsonl", "heldout.jsonl", "heldout2.jsonl", "heldout3.jsonl", "stress.jsonl"]
EARLIER_GAZETTEERS = ["gazetteer.json", "gazetteer_heldout2.json", "gazetteer_heldout3.json"]
BRIEF = briefs.SCALED

VALUES = dict(  # phone numbers, BSNs, IBANs (tools/corpus/values.py)
    seed=440415,
    areas=sorted({"040": 7, "073": 7, "013": 7, "076": 7, "077": 7, "053": 7, "074": 7,
                  "0492": 6, "0493": 6, "0413": 6, "0497": 6, "0499": 6, "0411": 6,
                  "0416": 6}.items()),
    phone_deck=["m_dash", "m_plain", "m_4_4", "m_pairs", "m_33", "m_intl_sp", "m_intl",
                "m_dash_sp", "m_dots", "l_dash", "m_paren", "m_0031dash", "l_sp", "m_intl_pairs"],
    bsn_deck=["plain", "dots432", "dots333", "sp333", "dash333", "sp2223", "lost0", "sp432"],
    iban_deck=["nl_grouped", "nl_plain", "nl_lower", "nl_split", "be_grouped",
               "nl_lower_grouped", "de_plain"],
)

# Famous people, brands, clubs elsewhere, games, platforms, events, cities and countries:
# not residents of Dommelrode, so they must survive the scrubber.
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
    "Portugal", "Duitsland", "België",
]
# Entries that are also ordinary words: found only when written with a capital.
CASE_SENSITIVE = {"Action", "Plus", "Coop", "Glow", "Teams", "Zoom", "Steam", "Lime", "Monster",
                  "Jordan", "Drake", "Puma", "NS", "Boef", "Snelle", "Peel", "Holi", "Oranje",
                  "GTA", "Giannis", "Carnaval", "Vastenavond", "Spin"}
ALIASES = ["AH", "appie", "mac", "mcdonalds", "kfc", "jumbo"]
ALIAS_CS = {"AH"}
