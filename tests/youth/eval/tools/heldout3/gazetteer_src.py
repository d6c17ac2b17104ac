"""The fictional gemeente Schiewaard: a city of five wijken and the village Steenwerve.

Written by hand for this corpus. Streets, buurten and local places do not occur in the
earlier corpora's gazetteers (checked by validate.py).
"""

GEMEENTE = "Schiewaard"

WIJKEN = ["Kadewijk", "Spoorzicht", "Lindeveld", "Heuvelrijk", "Biezenwaard", "Steenwerve"]

BUURTEN = [
    # Kadewijk
    "Oude Kade", "Pakhuisbuurt", "Bolderbuurt", "Zeemanshof",
    # Spoorzicht
    "Emplacement", "Seinhuisbuurt", "Overwegbuurt", "Perronkwartier",
    # Lindeveld
    "Esdoornbuurt", "Kastanjebuurt", "Lindeveld-Zuid",
    # Heuvelrijk
    "Kraaiheuvel", "Zonnewende", "Prinsenkamp", "Heuvelhof",
    # Biezenwaard
    "Rietkraag", "Haasveld", "Valkenhorst", "Engelenburg",
    # Steenwerve (village)
    "Dorpskern Steenwerve", "De Bongerd", "Molenakker", "Polderkamp",
]

STREETS = [
    # Kadewijk
    "Zeemanskade", "Bolderstraat", "Pakhuisstraat", "Ankerdwarsstraat", "Stuurmansweg",
    "Loodsenplein", "Kraanmeesterstraat", "Touwslagersgang", "Scheepmakerssingel",
    "Kapiteinsstraat", "Roergangerstraat", "Kombuisstraat", "Meerpaalweg",
    # Spoorzicht
    "Seinhuisstraat", "Perronlaan", "Wisselstraat", "Conducteursweg", "Machinistenstraat",
    "Stationssingel", "Overwegpad", "Dwarsliggerstraat", "Locomotiefstraat", "Spoorbaanlaan",
    "Bielzenpad", "Rangeerstraat",
    # streets named after people (city-wide)
    "Martin Luther Kinglaan", "Anton de Komstraat", "Willem Dreesweg", "Dr. Schaepmanstraat",
    "Mgr. Nolensplein", "Piet Heinstraat", "Michiel de Ruyterweg", "Kortenaerstraat",
    "Jacob Catslaan", "Pieter de Hooghstraat", "Vincent van Goghstraat", "Rembrandtlaan",
    "Vermeerplein", "Jan Steenstraat", "Frans Halsstraat", "Mondriaanlaan", "Emmaplein",
    "Wilhelminakade", "Beatrixstraat", "Prins Clausplein", "Annie M.G. Schmidtstraat",
    "Toon Hermansplein", "Godfried Bomansstraat", "Aletta Jacobsstraat", "Mahatma Gandhistraat",
    "Sophiastraat", "Erasmussingel", "Spinozaweg", "Schimmelpenninckstraat",
    "Abraham Kuyperlaan", "Van Ostadestraat", "Van Heemskerckstraat", "Van Oldenbarneveltlaan",
    "De Savornin Lohmanstraat", "Ten Katestraat", "Van der Palmstraat",
    # Lindeveld
    "Esdoornlaan", "Kastanjesingel", "Wilgenweg", "Acaciastraat", "Plataanstraat",
    # Heuvelrijk
    "Heuvelweg", "Zonnewendestraat", "Prinsenkampweg", "Heidezoom", "Brempad",
    "Gaspeldoornstraat", "Struweelweg",
    # Biezenwaard
    "Rietzoom", "Lisdoddestraat", "Kroosweg", "Waterleliepad", "Valkenhorstlaan",
    "Haasveldweg", "Engelenburgstraat", "Tureluurweg", "Reigersbek", "Meerkoetpad", "Fuutlaan",
    # Steenwerve
    "Kerkeind", "Molenakkerweg", "Bongerdweg", "Schoolsteeg", "Pastoor van Arsstraat",
    "Achterom", "Voorstraat", "Nieuweweg", "Polderkampweg", "Steenovenweg", "Veerweg",
    "Dijkje", "Korte Kerkstraat", "Kapelpad", "Torenstraat",
]

PLACES = [
    # parks, water, outdoor places
    "Kadepark", "Lindepark", "Spoorpark", "Heuvelbos", "Biezenplas", "Valkenhorstpark",
    "Natuurspeeltuin De Biezen", "Dorpsweide", "Speeltuin Kraaiheuvel", "Cruyff Court Spoorzicht",
    "Krajicek Playground Kadewijk", "Pannakooi Lindeveld", "Skatepark Heuvelrijk",
    # schools
    "Schiecollege", "Vakcollege De Wissel", "Lyceum Heuvelrijk", "Montessorischool Lindeveld",
    "OBS De Vlonder", "Basisschool Al-Furqan", "Sint-Bavoschool", "CBS De Wegwijzer",
    "ROC Schiewaard", "Praktijkschool Het Ambacht",
    # community buildings
    "Buurthuis De Bolder", "De Bolder", "Jongerencentrum Perron 9", "Perron 9", "Wijkcentrum De Esdoorn",
    "Huis van de Wijk Biezenwaard", "Dorpshuis De Wieken", "Moskee Al-Hidaya",
    "Bibliotheek Schiewaard", "Sporthal De Rangeer", "Zwembad De Fuut", "Station Schiewaard",
    "Sint-Bavokerk",
    # local shops (some carry a first name: they are places, not people)
    "Snackbar De Meerpaal", "Kapsalon Yasmina", "Grillroom Bij Mustafa", "Snackbar Ome Henk",
    "Toko Sari Rasa", "Bakkerij Öz Kayseri", "Avondwinkel Perron", "Fietsenmaker De Spaak", "De Spaak",
    "Slagerij Verkerk", "Pizzeria Da Gino", "Barbershop Kadewijk",
    # local clubs
    "VV Steenwerve", "SV Spoorzicht '28", "Boksschool Kadewijk", "Lindeveld Lions",
    "ZPC Schiewaard", "Scouting Michiel de Ruyter", "Muziekvereniging Kunst na Arbeid",
    "Dansschool Nova", "Jeugdsoos De Keet",
]

# Chains and professional clubs that have a branch / following here: listed in the gazetteer
# as well, as the earlier corpora did.
CHAINS_AND_CLUBS = [
    "Albert Heijn", "Jumbo", "Lidl", "Aldi", "Dirk", "Vomar", "Spar", "Action", "Kruidvat",
    "Etos", "Hema", "Primark", "Zeeman", "Xenos", "Blokker", "Bart Smit", "Intertoys",
    "Hans Anders", "Foot Locker", "JD Sports", "Snipes", "McDonald's", "Burger King", "KFC",
    "New York Pizza", "Domino's", "FEBO", "Kwalitaria", "Subway", "Basic-Fit", "Gamma",
    "Feyenoord", "Sparta", "Excelsior", "ADO Den Haag", "FC Utrecht", "Ajax", "PSV", "AZ",
    "NAC", "FC Dordrecht", "Jong Feyenoord",
]
