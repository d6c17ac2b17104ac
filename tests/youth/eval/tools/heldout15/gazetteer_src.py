"""The fictional gemeente Slingerbeek in the Achterhoek: the old market town Slingerbeek-Stad
on the river Slinge, the church village Haarveld, the textile-mill district Fabriekshoek, the
1960s expansion De Esch and the new-build district Berkelweide, with the farm hamlets around
them. A mixed population: Achterhoek families who speak plat, Polish and Romanian workers of
the meat and logistics firms, newcomers from Ukraine, Syria, Eritrea, Afghanistan and Somalia.
Everything here was made up for this corpus."""

GEMEENTE = "Slingerbeek"

WIJKEN = ["Slingerbeek-Stad", "Haarveld", "Fabriekshoek", "De Esch Slingerbeek", "De Esch", "Berkelweide"]

BUURTEN = [
    # Slingerbeek-Stad (old market town)
    "Marktveld Slingerbeek", "Slingeroever", "Kerkhoek Slingerbeek", "Molenstede",
    # Haarveld (church village)
    "Haarveld-Dorp", "Haarveldse Broek", "Kapelmarke",
    # Fabriekshoek (textile mills)
    "Weverijbuurt", "Spinnerijhof", "Ververskamp",
    # De Esch (1960s)
    "Eschmarke", "Esch-Noord", "Esch-Zuid", "Hooiberghof",
    # Berkelweide (new build)
    "Berkelweide-Oost", "Berkelweide-West", "Stuwpark",
]

STREETS = [
    # Slingerbeek-Stad
    "Slingekade", "Lange Marktstraat", "Watermolensteeg", "Gildestraat Slingerbeek",
    "Bleekveldstraat", "Schutterijweg", "Kapelaanshof", "Vestingwal Slingerbeek",
    "Brouwerijsteeg", "Torenstraat Slingerbeek", "Stoppelhaanstraat", "Lakenhalstraat",
    # Haarveld
    "Haarveldseweg", "Kapelweg Haarveld", "Broekdijk", "Essinkdijk", "Huttenweg",
    "Klompenmakersweg", "Hofmarkeweg", "Zwarte Crossweg",
    # Fabriekshoek
    "Weversstraat Slingerbeek", "Spoelmakerstraat", "Garenstraat", "Katoenhof", "Ververijstraat",
    "Schietspoelerf", "Fabrikeursplein", "Ketelhuissteeg", "Bobijnenstraat",
    "Twijnderspad",
    # De Esch
    "Eschmarkeweg", "Roggestraat", "Boekweitstraat", "Haverakker", "Spurriestraat",
    "Hooibergweg", "Dorsvloerhof", "Zeisstraat", "Schovenhof", "Eggestraat",
    # Berkelweide
    "Stuwdijkweg", "Vistrapstraat", "IJsvogelweide", "Grutto-oever", "Oeverzwaluwerf",
    "Kwakkelpad", "Elzenbroekpad", "Wilgenkolk", "Leemkuilpad", "Dassenburcht",
    # streets named after people
    "Pastoor Rouwhorststraat", "Burgemeester Hekkelmanlaan", "Gerrit Komrijstraat",
    "Dokter Ariënsstraat", "Meester Wassinkweg", "Zuster Bernadettehof",
    "Hendrik Lammerinkstraat", "Johanna Beumerstraat", "Ds. Scholtenplein",
    "Mina Tenhagenlaan", "Anton Heuvelinkstraat",
]

PLACES = [
    # parks, nature, public places
    "Slingepark", "Stuwpark Berkelweide", "Marktplein Slingerbeek", "Speeltuin De Hooiberg",
    "Skatebaan Fabriekshoek", "Trapveldje Eschmarke", "Haarveldse Bos", "Zwemplas De Kuile",
    "Kermisterrein Slingerbeek", "Busstation Slingerbeek", "Station Slingerbeek",
    "Pannakooi Spoelmakerstraat",
    # schools
    "Slinge College", "Het Achterhoekse Lyceum Slingerbeek", "Groene Esch Vakschool",
    "ISK Slingerbeek", "OBS De Klompe", "CBS De Stuw", "KBS Sint-Ludger Haarveld",
    "Praktijkschool De Werkplaats", "IKC Berkelweide", "Basisschool 't Spoel",
    # buildings, community
    "Jongerencentrum De Bobijn", "De Bobijn", "Buurthuis Eschmarke", "Bibliotheek Slingerbeek",
    "Sporthal De Weverij", "Zwembad 't Slingebad", "Slingebad", "Gemeentehuis Slingerbeek",
    "Moskee Ar-Rahma Slingerbeek", "Wijkpunt Berkelweide", "Sint-Ludgerkerk",
    "Gereformeerde Kerk Haarveld", "Textielmuseum De Ketel", "Zaal Het Wapen van Haarveld",
    # local shops with first names
    "Bakkerij Hennie", "Slagerij Bennie", "Kapsalon Truus", "Friettent Bij Gerdien",
    "Poolse Sklep Jadzia", "Supermarkt Anatolia", "Fietsenmaker Herman", "Barbershop Dilan",
    "Nagelstudio Hoa", "Toko Mien", "Eethuis Abeba",
]

CHAINS_AND_CLUBS = [
    "Albert Heijn", "Jumbo", "Lidl", "Aldi", "Plus", "Coop", "Action", "Kruidvat", "Hema",
    "Primark", "Intertoys", "Gamma", "Praxis", "McDonald's", "KFC", "Burger King", "Domino's",
    "New York Pizza", "Zeeman", "Wibra", "Jan Linders",
    "VV Slingerbeek", "SV Haarveld", "Handboog Schutterij Sint-Jan", "Zwemclub Slingebad",
    "Korfbal KV De Esch", "Kaatsclub Fabriekshoek", "Hengelsport De Slinge",
    "Trekkertrek Haarveld", "Muziekvereniging Concordia Slingerbeek",
]
