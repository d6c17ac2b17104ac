"""heldout14 (gemeente Westerkolk in West-Friesland, README_heldout14.md): the settings the shared tool
`tools/corpus/` builds and validates it with. The gemeente itself is in gazetteer_src.py."""
import briefs
from values import UNITS

SEED = 141414  # shuffles the records
# the corpora written before this one, as its author read them (ids, values, streets, places)
EARLIER = ["dev.jsonl", "heldout.jsonl", "heldout2.jsonl", "heldout3.jsonl", "heldout4.jsonl",
           "heldout5.jsonl", "heldout6.jsonl", "heldout7.jsonl", "heldout8.jsonl",
           "heldout9.jsonl", "heldout10.jsonl", "heldout11.jsonl", "heldout12.jsonl", "heldout13.jsonl", "stress.jsonl"]
EARLIER_GAZETTEERS = ["gazetteer.json", "gazetteer_heldout2.json", "gazetteer_heldout3.json",
                      "gazetteer_heldout4.json", "gazetteer_heldout5.json",
                      "gazetteer_heldout6.json", "gazetteer_heldout7.json",
                      "gazetteer_heldout8.json", "gazetteer_heldout9.json",
                      "gazetteer_heldout10.json", "gazetteer_heldout11.json",
                      "gazetteer_heldout12.json", "gazetteer_heldout13.json"]
BRIEF = briefs.FOURTEENTH

VALUES = dict(  # phone numbers, BSNs, IBANs (tools/corpus/values.py)
    seed=141417,
    # West-Friesland: Hoorn, Enkhuizen, Harenkarspel, Middenmeer, Schagen
    areas=sorted({"0229": 6, "0228": 6, "0226": 6, "0227": 6, "0224": 6}.items()),
    phone_deck=["m_pairs", "m_dash", "m_intl_sp", "m_4_4", "l_dash", "m_plain", "m_33",
                "m_intl", "l_sp", "m_0031sp", "m_dash_pairs", "m_dots", "l_br", "m_slash",
                "m_intl_dash", "l_plain", "m_dash_sp", "m_intl_pairs", "l_dots", "m_intl0dash"],
    bsn_deck=["sp333", "plain", "dash333", "dots333", "sp432", "lost0", "dots432", "sp2223",
              "sp45"],
    iban_deck=["nl_plain", "nl_grouped", "de_grouped", "nl_lower", "be_grouped", "nl_split",
               "nl_lower_grouped", "de_plain", "be_plain"],
    mobile_first="654321",
    # dictated numbers in a transcript: every digit a word ("nul zes twee acht ...")
    formats={"mobile": {
        "m_allwords": lambda r: "nul zes " + " ".join(UNITS[int(c)] for c in r),
    }},
)

# Famous people, brands, clubs elsewhere, games, platforms, events, cities and countries:
# not residents of Westerkolk, so they must survive the scrubber.
EXTRA = [
    # sport
    "FC Twente", "Heracles", "Go Ahead Eagles", "De Graafschap", "Ajax", "PSV", "Feyenoord",
    "Real Madrid", "Barcelona", "Galatasaray", "Beşiktaş", "Oranje", "Tukkers", "Grolsch Veste",
    "Bas Dost", "Luuk de Jong", "Xavi Simons", "Cody Gakpo", "Frenkie de Jong", "Femke Bol",
    "Max Verstappen", "Jutta Leerdam", "Mathieu van der Poel", "Kenan Yildiz", "Kerem Aktürkoğlu",
    "Oleksandr Zinchenko", "Zinchenko", "Andriy Shevchenko", "Piotr Zieliński", "Gheorghe Hagi",
    "Hristo Stoichkov", "Son Heung-min", "Mohamed Salah", "Salah", "Jude Bellingham",
    "Vinícius", "Neymar", "Mbappé", "Haaland", "Ronaldo", "Messi", "Khabib",
    # artists, streamers, public figures, characters
    "Herman Finkers", "Willem Wilmink", "Normaal", "Jovink", "Rowwen Hèze", "Typhoon",
    "Snelle", "Davina Michelle", "Froukje", "Joost Klein", "Kalush", "Jamala", "Sevdaliza",
    "Helen Berhane", "Tems", "Burna Boy", "Aya Nakamura", "Stromae", "Ed Sheeran", "Drake",
    "Kendrick Lamar", "Olivia Rodrigo", "Sabrina Carpenter", "Squid Game", "Naruto", "Goku",
    "Shrek", "Elsa", "Dora", "Peppa Pig", "Garfield", "Kuifje", "Donald Duck", "Dikkie Dik",
    "Kikker", "Sinterklaas", "Kerstman", "Mark Rutte", "Rutte", "Geert Wilders", "Wilders",
    "Zelensky", "Erdoğan", "Marcus Rashford", "Pewdiepie", "Dylan Haegens", "Kalvijn",
    # events and holidays
    "Koningsdag", "Suikerfeest", "Offerfeest", "Ramadan", "Keti Koti", "Newroz", "Paasvuur",
    "Midwinterhoorn", "Kinderboekenweek", "Oud en Nieuw", "Carnaval", "Pinksteren", "Kerst",
    "Pasen", "Diwali", "Chinees Nieuwjaar", "Tết", "Timkat", "Eid", "Nowruz", "Bevrijdingsdag",
    "Dodenherdenking", "Zomerfeesten",
    # brands, games, platforms, services
    "Adidas", "Nike", "Puma", "Jordan", "Nike Tech", "Stone Island", "Trapstar", "Corteiz",
    "Red Bull", "Monster", "Prime", "Coca-Cola", "Fanta", "Lays", "Doritos", "Haribo",
    "Grolsch", "Tony's Chocolonely", "Krentenwegge",
    "EA FC", "FIFA", "Fortnite", "Minecraft", "Roblox", "GTA", "Brawl Stars", "Clash of Clans",
    "Valorant", "Rocket League", "Mario Kart", "Pokémon", "Call of Duty", "Subway Surfers",
    "Zelda", "Animal Crossing", "Hay Day", "Candy Crush",
    "PlayStation", "PS5", "Xbox", "Nintendo", "Steam", "Discord", "Instagram", "Insta",
    "TikTok", "Snapchat", "Snap", "YouTube", "Twitch", "Telegram", "WhatsApp", "Signal",
    "Spotify", "Netflix", "Teams", "Zoom", "Microsoft Forms", "Google Forms", "Outlook",
    "Gmail", "Hotmail", "Sportlink", "KNVB", "Voetbal.nl", "Parro", "Magister", "Somtoday",
    "Thuisbezorgd", "Vinted", "Marktplaats", "ChatGPT", "OV-chipkaart", "Keolis", "Twents",
    "Arriva", "NS", "Bol", "Coolblue", "Zalando", "Shein", "Temu",
    "Jeugdfonds Sport & Cultuur", "Kindertelefoon", "Voedselbank", "Veilig Thuis", "GGD",
    "Vluchtelingenwerk", "COA", "IND", "DUO", "UWV", "Stichting Leergeld", "Rabobank", "ING",
    "Belastingdienst", "Landschap Overijssel", "Rijksmuseum Twenthe", "Wildlands",
    # cities, regions, countries
    "Twente", "Overijssel", "Achterhoek", "Enschede", "Hengelo", "Almelo", "Oldenzaal",
    "Borne", "Rijssen", "Goor", "Delden", "Denekamp", "Ootmarsum", "Losser", "Haaksbergen",
    "Tubbergen", "Nijverdal", "Deventer", "Zwolle", "Groenlo", "Winterswijk", "Gronau",
    "Nordhorn", "Münster", "Duitsland", "Amsterdam", "Rotterdam", "Utrecht", "Den Haag",
    "Ter Apel", "Budel", "Schiphol", "Oekraïne", "Kyiv", "Kiev", "Lviv", "Kharkiv", "Charkiv",
    "Mykolaiv", "Chernihiv", "Syrië", "Damascus", "Homs", "Latakia", "Eritrea", "Asmara",
    "Keren", "Ethiopië", "Soedan", "Khartoum", "Somalië", "Kismayo", "Afghanistan", "Kabul",
    "Herat", "Jalalabad", "Irak", "Duhok", "Basra", "Koerdistan", "Sulaymaniyah", "Turkije",
    "Ankara", "Kayseri", "Marokko", "Tanger", "Agadir", "Polen", "Gdańsk", "Kraków",
    "Roemenië", "Cluj", "Iași", "Bulgarije", "Plovdiv", "Suriname", "Paramaribo", "Nickerie",
    "Curaçao", "Willemstad", "Aruba", "Kaapverdië", "Mindelo", "China", "Wenzhou", "Vietnam",
    "Hanoi", "Nederland", "Turkse", "Engeland", "Frankrijk", "Spanje", "Napoli",
    # more brands and characters
    "Pikachu", "Sabrina", "Vitens", "Tukker",
    # heldout12: the Zaanstreek and the names its texts mention
    "Zaanstreek", "Zaanstad", "Zaandam", "Zaandijk", "Wormerveer", "Krommenie", "Assendelft",
    "Westzaan", "Oostzaan", "Koog aan de Zaan", "Purmerend", "Alkmaar", "Beverwijk", "Haarlem",
    "Noord-Holland", "Zaan", "Zaanse Schans", "Zaans Museum", "Friesland", "Kaapverdië",
    "Claude Monet", "Monet", "Verkade", "Heineken", "Hakim Ziyech", "Anne Frank",
    "Annie M.G. Schmidt", "Michael Jackson", "Jan Klaassen", "Kinderen voor Kinderen",
    "Cody Gakpo", "Aya Nakamura", "Kerem Aktürkoğlu", "Dirk", "Febo", "Vomar", "Hoogvliet",
    "Tigrinya", "Tarifit", "Amazigh", "Halloween", "Kharkiv",
    # heldout13: Rotterdam and the south bank of the Maas, and the names its texts mention
    "Rotterdam-Zuid", "Zuidplein", "Ahoy", "De Kuip", "Erasmusbrug", "Euromast", "Maas",
    "Spijkenisse", "Dordrecht", "Barendrecht", "Ridderkerk", "Gouda", "Schiedam", "Vlaardingen",
    "Hoek van Holland", "Biesbosch", "RET", "Sparta", "Excelsior", "Robin van Persie",
    "Dirk Kuyt", "Giovanni van Bronckhorst", "Santiago Giménez", "Coen Moulijn", "Aboutaleb",
    "Erasmus", "Johan Cruijff", "Boef", "Lijpe", "Broederliefde", "Hef", "Mula B", "Emms",
    "Frenna", "Ronnie Flex", "Snollebollekes", "Lil Kleine", "Shakira", "Taylor Swift",
    "Rihanna", "Beyoncé", "Kanye", "Nelson Mandela", "Martin Luther King", "Willem-Alexander",
    "Máxima", "Amalia", "Harry Potter", "Hermelien", "Sponge Bob", "SpongeBob", "Bluey",
    "Moana", "Miffy", "Nijntje", "Bassie", "Adriaan", "Pippi Langkous", "Paw Patrol",
    "Kapitein Haak", "Rocky", "Muhammad Ali", "Rico Verhoeven", "Badr Hari", "Jamal Ben Saddik",
    "Lieke Martens", "Sifan Hassan", "Dafne Schippers", "Usyk", "Klitschko",
    "Kaapverdië", "Praia", "Somaliland", "Hargeisa", "Mogadishu", "Mazar-i-Sharif",
    "Kandahar", "Erbil", "Qamishli", "Aleppo", "Odesa", "Dnipro", "Zaporizhzhia", "Poltava",
    "Ternopil", "Wrocław", "Poznań", "Timișoara", "Varna", "Burgas", "Sofia", "Bonaire",
    "Sint-Eustatius", "Shanghai", "Guangzhou", "Ho Chi Minh-stad", "Da Nang", "Leeuwarden",
    "Sneek", "Rif", "Nador", "Al Hoceima", "Tetouan", "Izmir", "Trabzon", "Konya",
    "Bijlmer", "Albert Cuyp", "Hofplein", "Lijnbaan", "Markthal", "Blijdorp", "Diergaarde Blijdorp",
    "Plaswijckpark", "Rotterdams", "Roffa", "Feyenoorder",
    # heldout14: West-Friesland and the names its texts mention
    "West-Friesland", "Westfries", "Westfriese", "Hoorn", "Enkhuizen", "Medemblik", "Schagen",
    "Heerhugowaard", "Dijk en Waard", "Opmeer", "Stede Broec", "Drechterland", "Koggenland",
    "Andijk", "Wervershoof", "Den Helder", "Lelystad", "Markermeer", "IJsselmeer",
    "Afsluitdijk", "Westfriese Omringdijk", "Streekbus", "Museumstoomtram", "Zuiderzeemuseum",
    "Jan Pieterszoon Coen", "JP Coen", "Bontekoe", "Joey Veerman",
    "Dani de Wit", "Denzel Dumfries", "Virgil van Dijk", "Memphis", "Lamine Yamal",
    "Kylian Mbappé", "Erling Haaland", "Joshua Zirkzee", "Tijjani Reijnders",
    "Wout Weghorst", "Andries Noppert", "Noa Lang", "Armin van Buuren", "Tiësto",
    "Martin Garrix", "André Hazes", "Hazes", "Nick Schilder", "Simon Keizer", "Kensington",
    "Bankzitters", "Enzo Knol", "Meidenvannu", "StukTV", "Gerard Joling", "Frans Bauer",
    "Jan Smit", "Marco Borsato", "Yung Felix", "Ronnie Flex", "Kraantje Pappie",
    "Sevn Alias", "Jonna Fraser", "Ali B", "Pommelien Thijs", "Roxy Dekker", "Suzan & Freek",
    "Goldband", "Clouseau", "Stephen King", "Pluk van de Petteflet", "Jip en Janneke",
    "Paulus de Boskabouter", "Ukkie", "Sonic",
    "Lara Croft", "Barbie", "Oppenheimer", "Wednesday",
    "Stranger Things", "One Piece", "Luffy", "Demon Slayer", "Bluey", "Tiger Woods",
    "Epke Zonderland", "Sven Kramer", "Irene Schouten", "Joy Beune", "Femke Kok",
    "Kjeld Nuis", "Jan van Galen", "Kees Boeke", "Lenie 't Hart", "Zuster Clivia",
    "Zelensky", "Poetin", "Taras Sjevtsjenko", "Shevchenko", "Lesya Ukrainka", "Nizar Qabbani",
    "Fairuz", "Oum Kalthoum", "Ahmad Zahir", "Aryana Sayeed", "Rumi", "Hafez", "Saladin",
    "Ataturk", "Atatürk", "Tarkan", "Cesária Évora", "Kizomba", "Chopin", "Lewandowski",
    "Robert Lewandowski", "Dua Lipa", "Bruce Lee", "Jackie Chan", "BTS", "Blackpink",
    "Chainsaw Man", "Ikea", "IKEA", "Decathlon", "Blokker", "Big Bazar", "Xenos",
    "Kwantum", "Pets Place", "Gall & Gall", "Etos", "Trekpleister", "Bristol", "Van Haren",
    "Scapino", "Jack & Jones", "Snipes", "Foot Locker", "JD Sports", "Lego",
    "Playmobil", "Duolingo", "Google Translate", "BeReal", "Pinterest", "Facebook",
    "Messenger", "Viber", "Tikkie", "Sportlink Club", "Bitcoin", "iPhone",
    "Samsung", "AirPods", "Bose", "Canva", "Kahoot", "Wordfeud",
    "Ryanair", "Transavia", "Koninklijke Marine", "Defensie", "Connexxion", "Transdev",
    "Texel", "Volendam", "Edam", "Purmerend", "Schiphol", "Lisse", "Keukenhof",
    "Zaandam", "Kyiv", "Charkiv", "Lviv", "Zaporizja", "Mariupol", "Odessa", "Damascus",
    "Idlib", "Deir ez-Zor", "Mosul", "Kirkuk", "Asmara", "Massawa", "Mendefera", "Hargeisa",
    "Baidoa", "Kabul", "Kunduz", "Ghazni", "Diyarbakır", "Ağrı", "Antalya",
    "Casablanca", "Oujda", "Berkane", "Kraków", "Lublin", "Białystok", "Constanța", "Brașov",
    "Craiova", "Sliven", "Ruse", "Paramaribo", "Nickerie", "Moengo", "Curaçao", "Bonaire",
    "São Vicente", "Fujian", "Wenzhou", "Cần Thơ", "Friesland",
    "Ljouwert", "Snits",
]
# Entries that are also ordinary words: found only when written with a capital.
CASE_SENSITIVE = {"Action", "Plus", "Coop", "Jet", "Teams", "Steam", "Puma", "Oranje",
                  "GTA", "Monster", "Prime", "Signal", "Snap", "Insta", "Zoom", "Bol",
                  "Gamma", "Praxis", "Jamala", "Kerst", "Pasen", "Kikker", "Jordan", "Elsa",
                  "Dora", "Eid", "Twents", "NS", "ING", "IND", "DUO", "COA", "Normaal",
                  "Typhoon", "Schering", "Goor", "Borne", "Delden", "Tems", "Drake",
                  "Parro", "Sinterklaas", "Het Spoel", "Lays", "Keren", "Homs", "Basra",
                  "Shrek", "Goku", "Hema", "Sabrina", "Tukker", "Dirk", "Zaan", "Monet",
                  "Maas", "RET", "Hef", "Boef", "Adriaan", "Rocky", "Sofia", "Amalia", "Erasmus",
                  "Rif", "Moana", "Rotterdams", "Emms", "Lijpe", "Sparta", "Lego", "Etos",
                  "Bristol", "Wednesday", "Barbie", "Sonic", "Rumi", "Hafez", "Snipes", "Ikea",
                  "Kensington", "Goldband", "Hazes", "Memphis", "Messenger", "Signal"}
ALIASES = ["AH", "appie", "mac", "mcdonalds", "kfc", "jumbo"]
ALIAS_CS = {"AH"}
