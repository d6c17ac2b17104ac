"""The fictional gemeente Vlietmonde (mid-sized town in the Randstad with a large Vinex
district, Zuiderlanden, built 2002-2015) and its village Bremerdam. Everything here was made
up for this corpus."""

GEMEENTE = "Vlietmonde"

WIJKEN = ["Oud-Vlietmonde", "Zuiderlanden", "Kreupelhof", "Spoorzoom", "Haverwijde",
          "Bremerdam"]

BUURTEN = [
    # Oud-Vlietmonde
    "Touwbaankwartier", "Kalkovenbuurt", "Schuttershof", "Trekvaartbuurt",
    # Zuiderlanden (Vinex)
    "Sterrenveld", "Windroos", "Maanzicht", "Planetenbuurt", "Regenboogbuurt", "Waterrijk-Zuid",
    "Zonnewendebuurt",
    # Kreupelhof
    "Kreupelhof-Noord", "Kreupelhof-Zuid", "Wilgenhoek",
    # Stationskwartier
    "Rangeerterrein", "Seinpostbuurt",
    # Haverwijde
    "Haverwijde-Oost", "Graanakkers", "Dorsvloer",
    # Bremerdam
    "Dorpskern Bremerdam", "Bremerdam-Polder",
]

STREETS = [
    # Oud-Vlietmonde (trades)
    "Touwbaan", "Kalkovenstraat", "Zeildoekstraat", "Kuipersteeg", "Trekvaartkade",
    "Schuttersdoelen", "Blekersgang", "Lakenvoldersstraat", "Oude Vlietwal", "Korenbeursplein",
    "Zoutkeetsteeg", "Tichelstraat",
    # Zuiderlanden (stars, planets, weather)
    "Orionlaan", "Cassiopeiastraat", "Andromedaweg", "Pegasussingel", "Siriuspad", "Vegalaan",
    "Poolsterstraat", "Saturnusring", "Jupiterkade", "Mercuriusstraat", "Neptunuspad",
    "Maanzichtboulevard", "Noorderlichtlaan", "Passaatwindstraat", "Moessonpad", "Zonnewendeplein",
    "Hagelslagstraat", "Regenboogallee", "Onweerspad", "Nevelstraat", "Windroosplein",
    "Dauwdruppelpad", "Hemelwaterkade", "Poollichtstraat",
    # Zuiderlanden: women and men of the 20th century
    "Aletta Jacobsdreef", "Mies Bouwmanstraat", "Fanny Blankers-Koenpad", "Wim Kanplein",
    "Toon Hermanslaan", "Annie Romeinerf", "Johnny Jordaanstraat", "Kathy Sebregtsweg",
    "Hella Haassesingel", "Mr. Troelstrastraat",
    # Kreupelhof (trees, water)
    "Katwilgstraat", "Knotwilgpad", "Elzenbroek", "Kreupelhofweg", "Rietkraagstraat",
    "Kroosstraat", "Moerasvarenlaan", "Dotterbloempad",
    # Stationskwartier
    "Seinpostweg", "Spoorbaanstraat", "Wisselwachtersstraat", "Rangeerplein",
    "Spoorbomenpad",
    # Haverwijde
    "Haverwijdeweg", "Dorsvloerstraat", "Graanzolderlaan", "Schoofstraat", "Maaidorserpad",
    "Koornbloemstraat", "Gerstakker",
    # Bremerdam
    "Bremerdamse Dijk", "Kerkepad Bremerdam", "Polderweg", "Gemaalstraat", "Molentocht",
]

PLACES = [
    # parks, squares, meeting places
    "Maanzichtpark", "Sterrenveldvijver", "Park De Kalkoven", "Wilgenhoekbos", "Vlietoever",
    "Het Rangeerterrein", "Skatebaan Zuiderlanden", "Pannaveldje Windroos", "De Bult",
    "Speeltuin De Regenboog", "Trapveld Graanakkers", "JOP Haverwijde", "Dorpsweide Bremerdam",
    "Station Vlietmonde-Zuiderlanden", "Station Vlietmonde",
    # schools
    "Vlietcollege", "OSG Zuiderlanden", "Montessori Lyceum Vlietmonde", "Het Kalkoven Lyceum",
    "Basisschool De Windroos", "IKC Sterrenveld", "Basisschool Het Gemaal",
    # buildings, community
    "Jongerencentrum The Spot", "Buurthuis De Kwekerij", "Wijkcentrum Maanzicht",
    "Bibliotheek Zuiderlanden", "Sporthal De Komeet", "Zwembad De Golfslag",
    "Sportpark Maanzicht", "Sportpark De Dorsvloer", "Cruyff Court Zuiderlanden",
    "Moskee Ar-Rahma", "Moskee Ar-Rahma Jeugd", "Pinkstergemeente De Bron", "Jeugdclub De Bron",
    "Sint-Gertrudiskerk", "Dorpshuis De Gemaalwachter", "Winkelcentrum Maanzicht",
    "Stadswinkel", "Gezondheidscentrum Zuiderlanden",
    # local shops with first names
    "Kapsalon Sevgi", "Snackbar Bij Ria", "Bakkerij Van Ommen", "Fietsenmaker Gijs & Zonen",
    "Toko Lestari", "Grillroom Ali Baba", "Pizzeria Da Salvatore", "Slagerij Hennie",
    "Barbershop Kings", "Lunchroom Tante Truus", "Döner Express Maanzicht", "Ijssalon Giovanni",
]

CHAINS_AND_CLUBS = [
    "Albert Heijn", "Jumbo", "Lidl", "Aldi", "Action", "Hema", "Kruidvat", "Etos", "Primark",
    "Bart Smit", "Hans Anders", "Jan Linders", "Dirk", "Plus", "Coop", "Flink", "Gamma",
    "Praxis", "McDonald's", "KFC", "Burger King", "New York Pizza", "Domino's", "Febo",
    "Basic-Fit", "JD Sports", "Foot Locker", "Intertoys", "Blokker", "Xenos", "Wibra",
    "Pathé", "Bagels & Beans", "Rituals", "Douglas", "Zeeman", "Ekoplaza",
    "VV Vlietmonde", "SV Zuiderlanden '09", "Zuiderlanden Zwaluwen", "Basketbalclub Orion",
    "Hockeyclub De Kometen", "Judoclub Sensei Bremerdam", "Scouting Aletta Jacobs",
    "Korfbalclub Windroos", "Boksschool Vliet", "Atletiekvereniging Passaat",
]
