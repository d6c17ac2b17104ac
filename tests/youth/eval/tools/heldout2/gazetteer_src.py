"""The fictional gemeente Ravensbeek: its own streets, buurten, parks, schools, shops and clubs."""

GEMEENTE = "Ravensbeek"

WIJKEN = ["Stadshart", "Kreekzijde", "Haverveld", "Molenbroek", "De Hooge Akkers", "Vogelzang"]

BUURTEN = [
    "Oude Kern", "Spoorzone", "Kerkeveld", "Vlasakker", "Merelhof", "Lindehof",
    "Vogelzang-Noord", "Vogelzang-Zuid", "Steenakker", "Prinsenhof", "Schipperskwartier",
    "Groenewoud", "Kreekoever", "Rietvelden", "Zomerdijk", "Beukenrode", "Brinkhoven",
    "Haverveld-Oost", "Haverveld-West", "Molenbroek-Dorp", "Kalverweide", "Hazenkamp",
]

STREETS = [
    "Kreekweg", "Haverveldsingel", "Molenbroekseweg", "Vlasakkerstraat", "Merelhoflaan",
    "Lindeplein", "Vogelzangweg", "Steenakkerpad", "Prinsenhofstraat", "Schippersgracht",
    "Groenewoudlaan", "Kreekoeverkade", "Rietveldenstraat", "Zomerdijkseweg", "Beukenrodelaan",
    "Brinkhovenweg", "Kalverweidepad", "Hazenkampstraat", "Raafstraat", "Kraaiennest",
    "Gruttostraat", "Kievitlaan", "Zwaluwstraat", "Spechtlaan", "Roerdompstraat",
    "Ooievaarsweg", "Fazantenhof", "Wielewaalplein", "Boomkleverstraat", "Vlasbloemstraat",
    "Korenbloemlaan", "Klaprooslaan", "Goudsbloemstraat", "Hyacintstraat", "Irisstraat",
    "Lavendelpad", "Salieweg", "Tijmstraat", "Wilgenkamp", "Elzenlaan", "Essenstraat",
    "Kastanjedreef", "Hazelnootstraat", "Meidoornpad", "Vlierbesstraat", "Sleedoornlaan",
    "Aletta Jacobslaan", "Wilhelmina Druckerstraat", "Mandelaplein", "Martin Luther Kingweg",
    "Titus Brandsmastraat", "Hugo de Grootstraat", "Johan de Wittstraat", "Piet Heinlaan",
    "Michiel de Ruyterstraat", "Thorbeckeplein", "Van Goghstraat", "Rembrandtpad",
    "Mesdagstraat", "Mozartlaan", "Chopinstraat", "Vivaldistraat", "Marie Curiestraat",
    "Simon Stevinweg", "Kardinaal de Jongstraat", "Dr. Nolenslaan", "Pastoor van Arsweg",
    "Burgemeester Hamerstraat", "Burgemeester Kroonlaan", "Prins Mauritslaan", "Stationsplein",
    "Kerkeveldstraat", "Achterdorpsweg", "Nieuwstraat", "Spoorlaan", "Tolhuisweg",
    "Brugwachterspad", "Sluiswachtersweg", "Lijnbaan", "Eendenkooi",
]

# kind -> names. Chains listed here have a branch in Ravensbeek.
PLACES = {
    "park": [
        "Stadspark De Ravenhorst", "Kreekpark", "Heemtuin De Vlinder", "Vogelzangbos",
        "Het Bolwerk", "Rozenoordpark",
    ],
    "spot": [
        "Speeltuin De Klimboom", "Cruijff Court Haverveld", "Skatebaan Kreekoever",
        "Pannaveld Merelhof", "Volkstuinen Zomerdijk", "Visvijver De Kolk",
    ],
    "school": [
        "Kreekzijde College", "Titus Brandsma Lyceum", "Vakcollege Ravensbeek", "Beukenrode Mavo",
        "OBS De Regenboog", "Basisschool De Zonnewijzer", "IKC De Vlieger", "Al-Amal basisschool",
        "Jenaplanschool Het Kompas", "Sint-Jorisschool", "ROC Ravensbeek",
    ],
    "centre": [
        "Jongerencentrum De Boei", "Wijkcentrum Het Anker", "Buurthuis 't Trefpunt",
        "Bibliotheek Ravensbeek",
    ],
    "building": [
        "Sporthal De Haverhal", "Zwembad De Wiel", "Moskee Al-Fath", "Sint-Lambertuskerk",
        "Gezondheidscentrum Kreekzijde", "Station Ravensbeek", "Winkelcentrum De Brink",
    ],
    "shop": [
        "Cafetaria De Smulhoek", "Friettent Ome Joop", "Kapsalon Nabil", "Toko Semarang",
        "Bakkerij Voskuilen", "Slagerij Önder", "Pizzeria Da Marco", "Fietsenmaker Van Engelen",
        "Shoarmazaak Istanbul", "Barbershop Fresh Fadez", "Avondwinkel Roemer",
    ],
    "chain": [
        "Albert Heijn", "Jumbo", "Lidl", "Aldi", "Action", "Kruidvat", "Hema", "Etos", "Dirk",
        "Hoogvliet", "Zeeman", "Wibra", "Bart Smit", "Hans Anders", "Blokker", "Gamma",
        "Primera", "McDonald's", "Kwantum", "Coolblue",
    ],
    "club": [
        "VV Ravensbeekse Boys", "SV Kreekzijde", "The Ravens", "Boksschool De Akkers",
        "Hockeyclub Molenbroek", "Scouting Sint Joris", "FC Haverveld", "AV De Kreeklopers",
        "Dansstudio Flow",
    ],
}
