"""The fictional gemeente Dommelrode (mid-sized town in south-east Noord-Brabant) and its
kerkdorp Esschebroek. Everything here was made up for this corpus."""

GEMEENTE = "Dommelrode"

WIJKEN = ["Oude Stad", "Weverskwartier", "Kloosterakker", "Heikamp", "Dommeloord", "Esschebroek"]

BUURTEN = [
    # Oude Stad
    "Vestingbuurt", "Lakenhalbuurt", "Gasthuiskwartier", "Tolbrugbuurt",
    # Weverskwartier
    "Spoelberg", "Textielbuurt", "Schietspoel", "De Ververij",
    # Kloosterakker
    "Kloosterakker-Noord", "Kloosterakker-Zuid", "Abdijhof", "Paterstuin",
    # Heikamp
    "Heikamp-West", "Heikamp-Oost", "Vennenbuurt", "Schaapsdrift",
    # Dommeloord
    "Oeverbuurt", "Sluiskwartier", "Watermolen", "De Beemden",
    # Esschebroek
    "Dorpskern Esschebroek", "Esschebroek-Buiten", "Kapelhoek",
]

STREETS = [
    # Oude Stad
    "Lakenstraat", "Gasthuisstraat", "Tolbrug", "Korte Vest", "Lange Vest", "Begijnenstraat",
    "Sint-Lambertusstraat", "Hamsestraat", "Vismarkt", "Kanunnikstraat", "Lakenhalplein",
    "Stadsgracht Noord", "Poortwachtersstraat", "Peerke Dondersstraat",
    "Burgemeester Coolenlaan", "Pastoor Hurkmansstraat", "Bisschop Bekkerslaan",
    "Titus Brandsmalaan", "Jeroen Boschlaan", "Mgr. Zwijsenstraat", "Wethouder Sweenslaan",
    "Zuster Bernardettestraat", "Dr. Poelsstraat",
    # Weverskwartier
    "Weversstraat", "Spoelstraat", "Schietspoelstraat", "Katoenstraat", "Linnenstraat",
    "Ververstraat", "Scheringstraat", "Inslagstraat", "Getouwstraat", "Fabriekspad",
    "Ketelhuisplein", "Stoomweverij", "Textielplein", "Garenloods",
    # Kloosterakker
    "Abdijlaan", "Paterslaan", "Novicenpad", "Kloostergaarde", "Kapittelstraat", "Priorijweg",
    "Broeder Ambrosiusstraat", "Cellebroedersweg", "Kruisherenlaan", "Frater Andreasstraat",
    # Heikamp
    "Heidebloemstraat", "Bremheuvel", "Gagelstraat", "Jeneverbesweg", "Vennenlaan",
    "Schaapskooiweg", "Herdersdreef", "Dopheidelaan", "Pijpestrootjeweg", "Struikheiweg",
    "Bijenkorfpad", "Zandverstuiving", "Heikampse Dreef",
    # Dommeloord
    "Sluisweg", "Stuwpad", "Molenkolk", "Beemdweg", "Oeverlaan", "Kribbenstraat",
    "Wilgenweerd", "Watermolenstraat", "Aalscholverstraat", "IJsvogelpad", "Dommeldijk",
    "Zandkuilseweg", "Schotbalkstraat",
    # Esschebroek
    "Kapelweg", "Esschebroekseweg", "Hoeveweg", "Schuttersveld", "Kerkepad", "Hooiwagen",
    "Peelweg", "Veldkant", "Heuvelke", "Vonderstraat", "Gildeplein", "Aan de Zandkant",
    "Pater Kerstenstraat",
]

PLACES = [
    # parks, nature, play and meeting spots
    "Vestingpark", "Kloostertuin", "Heikampse Bossen", "Speeltuin De Spoel", "Beemdenpark",
    "Ven 't Broek", "Zwemplas De Kuil", "Dommeloever", "Sluiseiland", "Schutterswei",
    "Pannakooi Heikamp", "Skatebaan Ververij", "Trapveld Kapelhoek", "Ketelhuisveld", "Dommel", "Ververij",
    # schools
    "Sint-Lambertuscollege", "Vakcollege De Spoel", "Dommelland Lyceum", "OBS 't Spoeltje",
    "KBS Sint-Willibrord", "IKC Heikamp", "Basisschool De Vonder", "Praktijkschool Het Getij",
    # community centres, services
    "Buurthuis De Weverij", "Jongerencentrum 't Getouw", "Dorpshuis De Kapelhoek",
    "Wijkcentrum Kloosterhof", "Bibliotheek Lakenhal", "Sporthal De Wervel", "Zwembad De Wervel",
    "Station Dommelrode", "Busstation Tolbrug", "'t Getouw", "Weverij",
    # local shops and horeca
    "Snackbar 't Hoekske", "Frituur Bij Sjaan", "Cafetaria Bij Harrie", "Pizzeria Da Toni",
    "Bakkerij Van Gerwen", "Kapsalon Noortje", "Turkse Bakker Öz", "Toko Soerabaja",
    "Café De Gouden Spoel", "Fietsenmaker Rovers", "Shoarma Aleppo", "Slagerij Biemans",
    "Friture Lekker Beppie", "'t Hoekske",
]

CHAINS_AND_CLUBS = [
    # clubs and societies
    "VV Dommelrode Boys", "RKVV Esschebroek", "BV De Spoelers", "Boksschool Slagvaardig",
    "HC Dommel", "TV Vlug & Lenig", "CV De Dommelkikkers", "Schutterij Sint-Sebastiaan",
    "Scouting Titus Brandsma", "Harmonie Sint-Caecilia", "Tafeltennisclub Spin",
    # chains
    "Jumbo", "Albert Heijn", "Lidl", "Aldi", "Kruidvat", "Action", "Hema", "Primark", "Zeeman",
    "Wibra", "Plus", "Coop", "Etos", "Blokker", "Intertoys", "Bart Smit", "Hans Anders",
    "Pearle", "Jan Linders", "Karwei", "Praxis", "Gamma", "McDonald's", "KFC", "Burger King",
    "Domino's", "New York Pizza", "Kwalitaria", "Basic-Fit", "Decathlon",
    "JD Sports", "Foot Locker", "Coolblue", "MediaMarkt",
]
