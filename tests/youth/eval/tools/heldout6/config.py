"""heldout6 (gemeente Schelderwaard, README_heldout6.md): the settings the shared tool
`tools/corpus/` builds and validates it with. The gemeente itself is in gazetteer_src.py."""
import briefs
from config import corpus

SEED = 6606  # shuffles the records
# the corpora written before this one, as its author read them (ids, values, streets, places)
EARLIER = ["dev.jsonl", "heldout.jsonl", "heldout2.jsonl", "heldout3.jsonl", "heldout4.jsonl",
           "heldout5.jsonl"]
EARLIER_GAZETTEERS = ["gazetteer.json", "gazetteer_heldout2.json", "gazetteer_heldout3.json",
                      "gazetteer_heldout4.json", "gazetteer_heldout5.json"]
BRIEF = briefs.FIFTH

VALUES = dict(  # phone numbers, BSNs, IBANs (tools/corpus/values.py): the fifth corpus's decks
    corpus("heldout5").settings.VALUES,
    seed=660623,
    areas=sorted({"010": 7, "0118": 6, "0113": 6, "0115": 6, "0111": 6, "0114": 6, "076": 7,
                  "078": 7}.items()),
)

# Famous people, brands, clubs elsewhere, games, platforms, events, cities and countries:
# not residents of Schelderwaard, so they must survive the scrubber.
EXTRA = [
    # football, sport
    "Virgil van Dijk", "Frenkie de Jong", "Cody Gakpo", "Denzel Dumfries", "Tijjani Reijnders",
    "Jeremie Frimpong", "Xavi Simons", "Lieke Martens", "Vivianne Miedema", "Femke Bol",
    "Sifan Hassan", "Max Verstappen", "Lionel Messi", "Messi", "Cristiano Ronaldo", "Ronaldo",
    "Kylian Mbappé", "Neymar", "Vinícius Júnior", "Erling Haaland", "Lamine Yamal", "Memphis Depay",
    "Johan Cruijff", "Bep van Klaveren", "Fanny Blankers-Koen", "Dafne Schippers", "Joost Klein",
    "Feyenoord", "Ajax", "PSV", "Real Madrid", "Barcelona", "Oranje", "Zeelandia", "Efteling",
    # artists, streamers, public figures, politicians
    "Frenna", "Boef", "Lil Kleine", "Josylvio", "Ronnie Flex", "Snelle", "Drake", "Central Cee",
    "Dave", "Kai Cenat", "IShowSpeed", "xQc", "Ninja", "Enzo Knol", "Kalvijn", "MrBeast",
    "Taylor Swift", "Billie Eilish", "Mark Rutte", "Dilan Yeşilgöz", "Frans Timmermans",
    "Rob Jetten", "Geert Wilders", "Caroline van der Plas", "Pieter Omtzigt", "Femke Halsema",
    "Ahmed Aboutaleb", "Michiel de Ruyter", "Anne Frank", "Hannie Schaft", "Koning Willem-Alexander",
    "Koningin Máxima", "Prinses Amalia", "Sinterklaas", "Harry Potter", "Thea Stilton",
    "Dolfje Weerwolfje", "Pluk van de Petteflet", "Ciske de Rat", "Annie M.G. Schmidt",
    # events and holidays
    "Koningsdag", "Suikerfeest", "Offerfeest", "Keti Koti", "Ramadan", "Kinderboekenweek",
    "Paarse Vrijdag", "Diwali", "Chinees Nieuwjaar", "Pinksteren", "Nacht van de Jongerenwerker",
    # brands, games, platforms, services
    "Adidas", "Nike", "Puma", "Jordan", "Tommy Hilfiger", "Ralph Lauren", "Calvin Klein",
    "Hugo Boss", "Jack & Jones", "Michael Kors", "Louis Vuitton", "Stone Island", "Trapstar",
    "Dr. Oetker", "Tony's Chocolonely", "Red Bull", "Coca-Cola", "Fristi",
    "FC 25", "FIFA", "Fortnite", "Minecraft", "Roblox", "GTA", "Call of Duty", "Brawl Stars",
    "Clash Royale", "Valorant", "Rocket League", "Among Us", "Mario Kart", "Super Mario Party",
    "Super Mario", "Zelda", "Sonic", "Pokémon", "League of Legends", "Apex Legends",
    "PlayStation", "PS5", "Xbox", "Switch", "Steam", "Discord", "Instagram", "TikTok", "Snapchat",
    "YouTube", "Twitch", "Telegram", "WhatsApp", "BeReal", "Spotify", "Netflix", "Teams",
    "Thuisbezorgd", "Vinted", "Marktplaats", "ChatGPT", "OV-chipkaart", "Lego", "Scratch",
    "One Piece", "Naruto", "Jeugdfonds Sport & Cultuur", "Cultuurfonds", "Kindertelefoon",
    "Voedselbank", "Veilig Thuis", "Staatsbosbeheer", "CJIB", "GGD", "Kidspas",
    "Anne Frank Huis",
    # cities, regions, countries
    "Vlissingen", "Middelburg", "Goes", "Terneuzen", "Zierikzee", "Hulst", "Rotterdam",
    "Amsterdam", "Den Haag", "Antwerpen", "Berlijn", "Parijs", "Londen", "Zeeland", "Friesland",
    "Marokko", "Turkije", "Suriname", "Curaçao", "Aruba", "Bonaire", "Indonesië", "Eritrea",
    "Somalië", "Syrië", "Aleppo", "Afghanistan", "Polen", "Roemenië", "Bulgarije", "Oekraïne",
    "Ghana", "China", "Brazilië", "Duitsland", "België",
]
# Entries that are also ordinary words: found only when written with a capital.
CASE_SENSITIVE = {"Action", "Plus", "Coop", "Teams", "Steam", "Jordan", "Drake", "Puma",
                  "Boef", "Snelle", "Oranje", "GTA", "Dave", "Ninja", "Switch", "Goes", "Hulst",
                  "Sonic", "Dirk", "Lego", "Scratch", "Vlissingen"}
ALIASES = ["AH", "appie", "mac", "mcdonalds", "kfc", "jumbo"]
ALIAS_CS = {"AH"}
