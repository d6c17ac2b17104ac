"""The fictional gemeente Schelderwaard (a port city in the south-west with the high-rise
district Torenhage, built 1968-1975) and its Zeeland village Kreekzande. Everything here was
made up for this corpus."""

GEMEENTE = "Schelderwaard"

WIJKEN = ["Binnen-Schelderwaard", "Torenhage", "Lijnbaanhaven", "Ganzenpoel", "Kreekzande"]

BUURTEN = [
    # Binnen-Schelderwaard
    "Vismijnkwartier", "Zeilmakersbuurt", "Tolhuisbuurt", "Wachttorenbuurt",
    # Torenhage (hoogbouw)
    "Torenhage-Noord", "Torenhage-Zuid", "Flatwijk Kompasroos", "Galerijbuurt",
    # Lijnbaanhaven
    "Ketelmakersbuurt", "Droogdokbuurt", "Pakhuiskwartier",
    # Ganzenpoel
    "Ganzenpoel-West", "Ganzenpoel-Oost", "Lepelaarsbuurt",
    # Kreekzande
    "Kreekzande-Dorp", "Kreekzande-Polder", "Schorrenhoek",
]

STREETS = [
    # Binnen-Schelderwaard (old trades, harbour)
    "Vismijnstraat", "Zeilmakerssteeg", "Tolhuiskade", "Wachttorenstraat", "Bokkingstraat",
    "Garnalenkade", "Loodsmanssteeg", "Kuipershaven-Oost", "Teerstokerspad", "Ankersmidsstraat",
    "Nettenboetersgang", "Sluiswachtersplein",
    # Torenhage (compass, instruments, high-rise galleries)
    "Kompasroosflat", "Sextantlaan", "Astrolabiumweg", "Barometerstraat", "Windvaanplein",
    "Kwadrantsingel", "Peilloodstraat", "Verrekijkerlaan", "Log-en-lijnpad", "Octantstraat",
    "Zonnewijzerdreef", "Getijdenmeterstraat", "Galerijflat Noorderpeil", "Hygrometerpad",
    "Torenhageboulevard", "Seinlampstraat",
    # Torenhage: people
    "Bep van Klaverenplein", "Ciske de Rattestraat", "Corry Tendeloolaan", "Hannie Schaftpad",
    "Wiegel-en-Jansstraat", "Mien Ruysweg", "Marga Klompéstraat", "Lucebertlaan",
    # Lijnbaanhaven (ships, docks)
    "Droogdokweg", "Ketelmakersstraat", "Pakhuiszolderstraat", "Scheepshellingkade", "Dekknechtstraat",
    "Kielhalerspad", "Spantenstraat", "Roerstandaardweg", "Boeganker",
    # Ganzenpoel (birds of the mudflats)
    "Lepelaarsingel", "Kluutstraat", "Scholeksterlaan", "Tureluurpad", "Bergeendweg",
    "Wulpenhof", "Kanoetstraat", "Steltkluutpad", "Zilvermeeuwstraat", "Rotganslaan",
    # Kreekzande (Zeeland village)
    "Kreekdijk", "Schorrenweg", "Meekrapstraat", "Vlasserijweg", "Keetenburg", "Oesterputweg",
    "Zandkreekpad", "Kerkring Kreekzande", "Weelweg", "Inlaagdijk",
]

PLACES = [
    # parks, squares, meeting places
    "Park Ganzenpoel", "De Slikken", "Kompasplein", "Torenhage Speeldek", "Havenhoofd",
    "Skatepark Droogdok", "Voetbalkooi Kompasroos", "Trapveld De Kluut", "JOP Kreekdijk",
    "Het Inlaagbos", "Dorpsplein Kreekzande", "Station Schelderwaard", "Pontveer Kreekzande",
    # schools
    "Scheldelyceum", "Zeevaartcollege Schelderwaard", "Vakcollege De Kiel", "ISK Schelderwaard",
    "OBS De Zandkreek", "CBS Het Kompas", "Basisschool De Lepelaar", "Praktijkschool Havenzicht",
    # buildings, community
    "Bibliotheek Schelderwaard", "Bieb Torenhage", "Jongerenhuis De Boei", "Buurthuis Het Peilglas",
    "Wijkcentrum Kompasroos", "Dorpshuis De Meestoof", "Sporthal De Kluut", "Zwembad Het Getij",
    "Sportpark Schorrenhoek", "Cruyff Court Torenhage", "Moskee Al-Fajr", "Kerk Op De Dijk",
    "Winkelcentrum Sextant", "Gezondheidscentrum Ganzenpoel", "Muziekschool De Maat",
    # local shops with first names
    "Kapsalon Dilek", "Snackbar Ome Kees", "Bakkerij Tante Mien", "Visbak Bij Maarten",
    "Toko Bumbu Kita", "Barbershop Mo", "Pizzeria Da Luigi", "Slagerij Gerrit-Jan", "Kebab Hasan Usta",
    "Friettent Janneke", "Theehuis Leila", "Fietsen Dirk-Jan",
]

CHAINS_AND_CLUBS = [
    "Albert Heijn", "Jumbo", "Lidl", "Aldi", "Action", "Hema", "Kruidvat", "Etos", "Primark",
    "Bart Smit", "Hans Anders", "Jan Linders", "Dirk", "Plus", "Coop", "Flink", "Gamma",
    "Praxis", "McDonald's", "KFC", "Burger King", "New York Pizza", "Domino's", "Febo",
    "Basic-Fit", "JD Sports", "Foot Locker", "Intertoys", "Blokker", "Xenos", "Wibra",
    "Pathé", "Rituals", "Zeeman", "Ekoplaza", "Vomar", "Bram Ladage", "Ben & Jerry's",
    "VV Schelderwaard", "SV Torenhage", "Kreekzande Boys", "Basketbal Sextant Stars",
    "Roeivereniging De Kiel", "Zeilvereniging Het Getij", "Kickboks Gym Havenhoofd",
    "Scouting Hannie Schaft", "Korfbalclub Lepelaar", "Atletiek De Wulpen", "Schaakclub Het Kompas",
]
