"""The fictional gemeente Turfwolde (a peat-colony town on the border of Groningen and Drenthe:
a ribbon of houses along the Hoofddiep canal, the 1960s district Kanaalboord, the new-build
district Dalenveld on reclaimed peat, the wierde village Wierhuizen in the north and the Drents
esdorp Oosteresch). Everything here was made up for this corpus."""

GEMEENTE = "Turfwolde"

WIJKEN = ["Turfwolde-Centrum", "Kanaalboord", "Dalenveld", "Wierhuizen", "Oosteresch"]

BUURTEN = [
    # Turfwolde-Centrum (lint along the Hoofddiep)
    "Hoofddieplint", "Schutsluisbuurt", "Strokartonbuurt", "Veenkerkbuurt",
    # Kanaalboord (1960s)
    "Kanaalboord-Noord", "Kanaalboord-Zuid", "Dwarsdiepbuurt", "Flats Zwaaikom",
    # Dalenveld (new-build)
    "Dalenveld-West", "Dalenveld-Oost", "Veenpluisbuurt",
    # Wierhuizen (wierde village)
    "Wierhuizen-Dorp", "Kwelderrand", "Terpzoom",
    # Oosteresch (esdorp)
    "Oosteresch-Brink", "Eschkamp", "Hunebedbuurt",
]

STREETS = [
    # Turfwolde-Centrum: the canal and the peat trade
    "Hoofddiep Noordzijde", "Hoofddiep Zuidzijde", "Turfschippersweg", "Sluiswachterskade",
    "Strokartonstraat", "Veenkerkstraat", "Trekschuitpad", "Zwaaikomkade", "Zetschipperstraat",
    "Turfstekerslaan", "Dwarsdiep", "Ophaalbrugstraat", "Pakhuis Het Lint",
    # Kanaalboord: 1960s, named after peat-colony trades and tools
    "Veenbaasstraat", "Baggerbeugellaan", "Klotenmakersweg", "Schouwerstraat", "Kruiwagenpad",
    "Zodenstraat", "Dekzandlaan", "Hoogveenring", "Bonkaardestraat", "Spittersweg",
    "Pompstationweg",
    # Kanaalboord and Centrum: people (writers, artists, a doctor, a mayor)
    "Aletta Jacobshof", "H.N. Werkmanlaan", "Jozef Israëlsplein", "Harm Tiesingstraat",
    "Jan Fabriciuslaan", "Ubbo Emmiusstraat", "Geert Teisweg", "Burgemeester Tuintjerlaan",
    "Dokter Kloppenburgstraat", "Trijntje Hofsteestraat", "Anne de Vriesstraat",
    # Dalenveld: plants of the bog
    "Veenpluislaan", "Zonnedauwstraat", "Lavendelheidepad", "Eenarigwollegras", "Kraaiheidelaan",
    "Veenmosstraat", "Gagelpad", "Beenbreekweg", "Dophei", "Lepelbladpad", "Wolfsklauwlaan",
    "Veenbesstraat",
    # Wierhuizen: wierde village, farms and the mudflats
    "Wierdeweg", "Kwelderdijk", "Terpstraat Wierhuizen", "Slenkweg", "Mieden", "Kerkpad Wierhuizen",
    "Borgweg", "Dijkwerkersweg", "Zijlvest",
    # Oosteresch: esdorp
    "Brink Oosteresch", "Eschweg", "Hunebedweg", "Schaapskooipad", "Drift", "Potstalpad",
    "Zandloper", "Heidebloemweg", "Markeweg", "Hessenweg",
]

PLACES = [
    # parks, squares, meeting places
    "Veenpark Dalenveld", "De Zwaaikom", "Sluisplein", "Trapveld Dwarsdiep", "Skatebaan Strokarton",
    "Cruyff Court Kanaalboord", "Voetbalkooi Hoogveen", "JOP Zwaaikom", "Het Hunebed",
    "Esplas Oosteresch", "Wierdeplein", "Station Turfwolde", "Ophaalbrug Centrum",
    # schools
    "Veenkoloniaal College", "Hoofddieplyceum", "Noorderpoort Turfwolde", "ISK Turfwolde",
    "OBS De Turfsteker", "CBS De Zonnedauw", "Basisschool De Wierde", "Praktijkschool De Zode",
    "Esschool Oosteresch",
    # buildings, community
    "Bibliotheek Turfwolde", "Jongerencentrum Het Turfhok", "Het Turfhok", "Buurthuis De Trekschuit",
    "Wijkcentrum Kanaalboord", "Dorpshuis De Borg", "MFC De Brink", "Sporthal Het Veen",
    "Zwembad De Kolk", "Sportpark Dwarsdiep", "Moskee Al-Nour", "Veenkerk", "Winkelhof Hoofddiep",
    "Gezondheidscentrum Dalenveld", "Muziekschool Veenklank", "Strokartonfabriek",
    # local shops with first names
    "Bakkerij Geesje", "Snackbar Bij Harm", "Fietsen Roelf", "Kapsalon Wiebke", "Slagerij Egbert",
    "Toko Melati", "Barbershop Yasin", "Pizzeria Enzo", "Grillroom Tante Annie",
    "Friettent Bij Jantje", "Theehuis Soraya", "Bloemen Hilly", "Cafetaria De Veenhut",
    "Kringloop De Wissel",
]

CHAINS_AND_CLUBS = [
    "Albert Heijn", "Jumbo", "Lidl", "Aldi", "Action", "Hema", "Kruidvat", "Etos", "Primark",
    "Poiesz", "Boni", "Coop", "Plus", "Dirk", "Jan Linders", "Bart Smit", "Hans Anders",
    "Gamma", "Praxis", "McDonald's", "KFC", "Burger King", "New York Pizza", "Domino's", "Febo",
    "Basic-Fit", "JD Sports", "Intertoys", "Blokker", "Wibra", "Zeeman", "Pathé", "Big Bazar",
    "Kwantum", "Van der Valk",
    "VV Turfwolde", "Kanaalboys", "Korfbal De Veenbrug", "IJsclub Nooit Gedacht",
    "Zwemclub De Kolk", "Boksschool Hoogveen", "Scouting Turfwolde", "Dansschool Flow",
    "Atletiek Veenlopers", "Schaakclub De Zode", "Hockeyclub Dalenveld", "Muziekvereniging Concordia",
]
