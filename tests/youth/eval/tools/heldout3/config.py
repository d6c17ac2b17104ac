"""heldout3 (gemeente Schiewaard, README_heldout3.md): the settings the shared tool
`tools/corpus/` builds and validates it with. The gemeente itself is in gazetteer_src.py."""
import briefs

SEED = 15  # shuffles the records
# the corpora written before this one, as its author read them (ids, values, streets, places)
EARLIER = ["dev.jsonl", "heldout.jsonl", "heldout2.jsonl", "stress.jsonl"]
EARLIER_GAZETTEERS = ["gazetteer.json", "gazetteer_heldout2.json"]
BRIEF = briefs.SCALED

VALUES = dict(  # phone numbers, BSNs, IBANs (tools/corpus/values.py); this corpus drew them
    # before the later ones settled their formats, so a few are its own
    seed=3303,
    areas=[("010", 7), ("070", 7), ("030", 7), ("078", 7), ("015", 7), ("0180", 6),
           ("0182", 6), ("0174", 6), ("0181", 6)],
    phone_deck=["m_dash", "m_plain", "m_4_4", "m_pairs", "m_33", "m_intl_sp", "m_intl", "m_0031",
                "m_intl0", "m_dots", "m_odd", "m_slash", "l_dash", "l_sp", "l_br", "l_intl"],
    bsn_deck=["plain", "dots", "dots333", "sp333", "dash333", "sp2223", "lost0", "sp432"],
    iban_deck=["nl_grouped", "nl_plain", "nl_lower", "nl_lower_grouped", "be_grouped",
               "de_grouped"],
    mobile_first="1234558", wa_first="123458", register_digits=False,
    nl_banks=["ABNA", "RABO", "INGB", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"],
    be_banks=["001", "068", "310", "363", "735", "737"],
    de_blz=["37040044", "10010010", "50010517", "20041133", "70150000"],
    formats={
        "mobile": {
            "m_0031": lambda r: f"0031 6 {r}",
            "m_intl0": lambda r: f"+31 (0)6 {r}",
            "m_odd": lambda r: f"06{r[0]} {r[1:3]} {r[3:5]} {r[5:]}",
            "m_words": lambda r: f"nul zes {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
            "m_slash": lambda r: f"06/{r}",
            "m_dash2": lambda r: f"06 - {r[:4]} {r[4:]}",
            "m_intl_dash": lambda r: f"+31-6-{r}",
        },
        "landline": {
            "l_sp": lambda a, s: (f"{a} {s[:3]} {s[3:]}" if len(s) == 7
                                  else f"{a} {s[:2]} {s[2:4]} {s[4:]}"),
            "l_dots": lambda a, s: f"{a}.{s[:3]}.{s[3:5]}.{s[5:]}",
        },
        "bsn_formats": {"dots": lambda b: f"{b[:4]}.{b[4:6]}.{b[6:]}"},
    },
)

# Famous people, brands, games, platforms and events: not residents, must survive.
EXTRA = [
    "Virgil van Dijk", "Frenkie de Jong", "Xavi Simons", "Denzel Dumfries", "Jeremie Frimpong",
    "Tijjani Reijnders", "Lieke Martens", "Femke Bol", "Sifan Hassan", "Max Verstappen",
    "Memphis Depay", "Memphis", "Dylan Haegens", "Enzo Knol", "Kalvijn", "Snelle", "Boef",
    "Lil Kleine", "Ronnie Flex", "Jonna Fraser", "Joost Klein", "S10", "Davina Michelle",
    "Emma Heesters", "Willem-Alexander", "Koning Willem-Alexander", "Prinses Amalia",
    "Anne Frank", "Johan Cruijff", "Richard Krajicek", "Messi", "Ronaldo", "Kylian Mbappé",
    "Mbappé", "Taylor Swift", "Drake", "Lamine Yamal", "Khaby Lame", "MrBeast", "Kai Cenat",
    "Erling Haaland", "Bob Marley", "Anton de Kom", "Martin Luther King", "Nelson Mandela",
    "Michiel de Ruyter", "Rembrandt", "Vincent van Gogh", "Sinterklaas", "Zwarte Cross",
    "Keti Koti", "Suikerfeest", "Offerfeest", "Diwali", "Holi Phagwa", "Koningsdag", "Ramadan",
    "Nike", "Adidas", "Jordan", "Puma", "Moncler", "Canada Goose", "Trapstar", "Corteiz",
    "North Face", "Stone Island", "Lacoste", "Gucci", "Louis Vuitton", "Tommy Hilfiger",
    "Calvin Klein", "Ralph Lauren", "Hugo Boss", "Jack & Jones", "Ben & Jerry's",
    "Tony's Chocolonely", "Red Bull", "Monster", "Coca-Cola", "Fanta", "Lipton",
    "Fortnite", "Roblox", "Minecraft", "FC 25", "FIFA", "GTA", "Call of Duty", "Brawl Stars",
    "Clash Royale", "Valorant", "PlayStation", "PS5", "Xbox", "Nintendo Switch", "Lime",
    "Instagram", "TikTok", "Snapchat", "Discord", "YouTube", "Twitch", "Telegram",
    "WhatsApp", "BeReal", "Spotify", "Netflix", "Uber Eats", "Thuisbezorgd", "Flink",
    "Marktplaats", "Vinted", "Google Maps", "ChatGPT", "OV-chipkaart", "RET", "HTM", "Arriva",
    "NS", "Q-Park", "Cruyff Court", "Krajicek Playground", "Jeugdfonds Sport & Cultuur",
    "Kinderpostzegels", "Kindertelefoon", "Staatsbosbeheer", "Fordson", "Rama", "Blue Band", "GGD", "N218", "Red Cross", "Rode Kruis", "Voedselbank", "Leger des Heils",
    "Young Capital", "DUO", "Bijlmer", "Rotterdam", "Den Haag", "Utrecht", "Amsterdam",
    "Zoetermeer", "Dordrecht", "Delft", "Brussel", "Antwerpen", "Kaapverdië", "Eritrea",
    "Curaçao", "Suriname", "Marokko", "Turkije", "Polen", "Oekraïne", "Ghana", "Somalië",
    "Afghanistan", "Syrië", "Irak", "Vietnam", "Engeland", "Bulgarije", "Roemenië",
    "Nigeria", "China", "Ethiopië", "Indonesië", "Molukken",
]
# Entries that are also ordinary words in lowercase: found only when written with capitals.
CASE_SENSITIVE = {"Action", "Dirk", "Spar", "Plus", "Achterom", "Dijkje", "Lime", "Monster",
                  "Flink", "Jordan", "Drake", "Puma", "NS", "RET", "HTM", "Snelle",
                  "Boef", "Red Bull", "Fanta", "GTA", "AZ", "NAC", "Memphis", "S10", "Telegram",
                  "Holi Phagwa", "Diwali"}
# Abbreviations in notes that name a chain: AH = Albert Heijn.
ALIASES = ["AH", "ah", "appie", "mac", "mcdonalds", "kfc", "febo"]
ALIAS_CS = {"AH", "ah"}  # "ah" alone is an interjection too: only as "de ah"/"bij de ah" below
