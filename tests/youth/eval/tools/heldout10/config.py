"""heldout10 (gemeente Mûnewâld in Fryslân, README_heldout10.md): the settings the shared tool
`tools/corpus/` builds and validates it with. The gemeente itself is in gazetteer_src.py."""
import briefs
from values import UNITS

SEED = 101010  # shuffles the records
# the corpora written before this one, as its author read them (ids, values, streets, places)
EARLIER = ["dev.jsonl", "heldout.jsonl", "heldout2.jsonl", "heldout3.jsonl", "heldout4.jsonl",
           "heldout5.jsonl", "heldout6.jsonl", "heldout7.jsonl", "heldout8.jsonl",
           "heldout9.jsonl", "stress.jsonl"]
EARLIER_GAZETTEERS = ["gazetteer.json", "gazetteer_heldout2.json", "gazetteer_heldout3.json",
                      "gazetteer_heldout4.json", "gazetteer_heldout5.json",
                      "gazetteer_heldout6.json", "gazetteer_heldout7.json",
                      "gazetteer_heldout8.json", "gazetteer_heldout9.json"]
BRIEF = briefs.TENTH

VALUES = dict(  # phone numbers, BSNs, IBANs (tools/corpus/values.py)
    seed=101017,
    # Fryslân: Leeuwarden, Heerenveen, Drachten, Sneek, Joure, Dokkum, Wolvega, Harlingen
    areas=sorted({"058": 7, "0513": 6, "0512": 6, "0515": 6, "0519": 6, "0561": 6,
                  "0517": 6}.items()),
    phone_deck=["m_dash", "m_plain", "m_4_4", "m_pairs", "m_intl_sp", "l_dash", "m_33",
                "m_0031sp", "m_intl", "l_sp", "m_dash_pairs", "m_intl_dash", "l_br", "m_dots",
                "m_slash", "l_plain", "m_intl_pairs", "m_dash_sp", "l_dots", "m_intl0dash"],
    bsn_deck=["plain", "sp333", "dots333", "dash333", "sp432", "dots432", "sp2223", "sp45",
              "lost0"],
    iban_deck=["nl_grouped", "nl_plain", "nl_lower", "be_grouped", "nl_lower_grouped",
               "de_plain", "nl_split", "be_plain", "de_grouped"],
    mobile_first="123456",
    # dictated numbers in a transcript: every digit a word ("nul zes twee acht ..."), or in
    # Frisian ("nul seis ...")
    formats={"mobile": {
        "m_allwords": lambda r: "nul zes " + " ".join(UNITS[int(c)] for c in r),
        "m_frysk": lambda r: "nul seis " + " ".join(FRYSK[int(c)] for c in r),
    }},
)
FRYSK = ["nul", "ien", "twa", "trije", "fjouwer", "fiif", "seis", "sân", "acht", "njoggen"]

# Famous people, brands, clubs elsewhere, games, platforms, events, cities and countries:
# not residents of Mûnewâld, so they must survive the scrubber.
EXTRA = [
    # sport
    "Abe Lenstra", "Sjoukje Dijkstra", "Sven Kramer", "Jorrit Bergsma", "Marrit Leenstra",
    "Femke Bol", "Max Verstappen", "Virgil van Dijk", "Denzel Dumfries", "Jurriën Timber",
    "Hakim Ziyech", "Achraf Hakimi", "Sofyan Amrabat", "Brahim Díaz", "Arda Güler",
    "Hakan Çalhanoğlu", "Robert Lewandowski", "Iga Świątek", "Oleksandr Usyk", "Usyk",
    "Mykhailo Mudryk", "Biniam Girmay", "Mo Farah", "Rashid Khan", "Lamine Yamal",
    "Kylian Mbappé", "Erling Haaland", "Cristiano Ronaldo", "Lionel Messi", "Messi",
    "Vinícius Júnior", "SC Heerenveen", "Cambuur", "Ajax", "PSV", "Feyenoord", "Real Madrid",
    "Barcelona", "Galatasaray", "Fenerbahçe", "Oranje", "Elfstedentocht", "Thialf",
    "PC Franeker", "Sneekweek", "SKS", "IFKS",
    # artists, streamers, public figures, characters
    "Doutzen Kroes", "Piet Paulusma", "Syb van der Ploeg", "De Kast", "Nynke Laverman",
    "Rixt fan Oerd", "Grutte Pier", "Gysbert Japicx", "Titus Brandsma", "Eise Eisinga",
    "Mata Hari", "Frenna", "Boef", "Ronnie Flex", "Emma Heesters", "Antoon", "Jamala",
    "Cesária Évora", "Jandino", "Taylor Swift", "Billie Eilish", "Bad Bunny", "Rosalía",
    "Kai Cenat", "IShowSpeed", "MrBeast", "Enzo Knol", "Jackie Chan", "Zelensky",
    "Volodymyr Zelensky", "Shevchenko", "Harry Potter", "Pippi Langkous", "Paw Patrol",
    "Nijntje", "Sinterklaas", "Dick Schoof", "Koning Willem-Alexander", "Greta Thunberg",
    "Bluey", "Spider-Man", "SpongeBob",
    "Nynke fan Hichtum", "Japi", "Yennayer",
    # events and holidays
    "Koningsdag", "Suikerfeest", "Offerfeest", "Ramadan", "Keti Koti", "Newroz",
    "Kinderboekenweek", "Paarse Vrijdag", "Koningsspelen", "Oud en Nieuw", "Nieuwjaarsduik",
    "Pride", "Diwali", "Chinees Nieuwjaar", "Tết", "Kerst", "Pasen", "Meskel",
    "Stichting Leergeld", "Efteling", "Natuurmuseum Fryslân", "Afûk",
    # brands, games, platforms, services
    "Adidas", "Nike", "Puma", "Stone Island", "The North Face", "Moncler", "Canada Goose",
    "Red Bull", "Monster", "Prime", "Coca-Cola", "Fanta", "Fristi", "Tony's Chocolonely",
    "Beerenburg", "Us Mem",
    "EA FC", "FIFA", "Fortnite", "Minecraft", "Roblox", "GTA", "Brawl Stars", "Clash Royale",
    "Valorant", "Rocket League", "Among Us", "Mario Kart", "Pokémon", "Call of Duty",
    "Stumble Guys", "Geometry Dash", "Block Blast",
    "PlayStation", "PS5", "Xbox", "Switch", "Steam", "Discord", "Instagram", "Insta",
    "TikTok", "Snapchat", "Snap", "YouTube", "Twitch", "Telegram", "WhatsApp", "Signal",
    "Spotify", "Netflix", "Teams", "Microsoft Forms", "Google Forms", "Outlook", "Gmail",
    "Hotmail", "Sportlink", "KNVB", "Voetbal.nl", "Parro", "Magister", "Thuisbezorgd",
    "Vinted", "Marktplaats", "ChatGPT", "OV-chipkaart", "Arriva", "Qbuzz",
    "Jeugdfonds Sport & Cultuur", "Kindertelefoon", "Voedselbank", "Veilig Thuis", "GGD",
    "Vluchtelingenwerk", "COA", "IND", "DUO", "UWV", "It Fryske Gea", "Staatsbosbeheer",
    # cities, regions, countries
    "Fryslân", "Friesland", "Ljouwert", "Leeuwarden", "Drachten", "Heerenveen", "It Hearrenfean",
    "Snits", "Sneek", "Joure", "Dokkum", "Harns", "Harlingen", "Grou", "Wolvega", "Burgum",
    "Groningen", "Zwolle", "Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Ter Apel",
    "Oekraïne", "Kyiv", "Kiev", "Odesa", "Dnipro", "Zaporizhzhia", "Charkov", "Syrië",
    "Aleppo", "Idlib", "Eritrea", "Asmara", "Ethiopië", "Soedan", "Libië", "Somalië",
    "Mogadishu", "Hargeisa", "Afghanistan", "Kabul", "Mazar", "Kandahar", "Iran", "Irak",
    "Mosul", "Bagdad", "Koerdistan", "Erbil", "Turkije", "Istanbul", "Marokko", "Nador",
    "Al Hoceima", "Rif", "Polen", "Wrocław", "Roemenië", "Bulgarije", "Suriname", "Paramaribo",
    "Curaçao", "Bonaire", "Aruba", "Kaapverdië", "Praia", "China", "Vietnam", "Nederland",
    "Ho Chi Minhstad", "Herat", "Antwerpen", "Franeker", "Eastermar", "Gaasterlân",
    "Duitsland", "België", "Bremen",
]
# Entries that are also ordinary words: found only when written with a capital.
CASE_SENSITIVE = {"Action", "Plus", "Coop", "Dirk", "Teams", "Steam", "Puma", "Boef", "Oranje",
                  "GTA", "Switch", "Monster", "Prime", "Signal", "Snap", "Pride", "Insta",
                  "Gamma", "Praxis", "Bristol", "Antoon", "Jamala", "Kerst", "Pasen", "Bluey",
                  "Pream", "Lijwâl", "Mûnewei", "De Kast", "Us Mem", "SKS", "IFKS",
                  "IND", "DUO", "COA", "Rif", "Mazar", "Parro", "Sinterklaas",
                  "It Eilân", "Grou", "Snits", "Harns", "Step"}
ALIASES = ["AH", "appie", "mac", "mcdonalds", "kfc", "jumbo"]
ALIAS_CS = {"AH"}
