"""The fictional gemeente Westerkolk in West-Friesland: the old harbour town Kolkerhaven on the
IJsselmeer dyke, the ribbon village Oosterbraak along the Streek, the greenhouse and bulb-field
district Tuinderij, the 1970s expansion De Weeren and the new-build district Dijkveld. A mixed
population: West-Frisian families, seasonal workers from Poland, Romania and Bulgaria who
stayed, newcomers from Ukraine, Syria, Eritrea and Afghanistan. Everything here was made up
for this corpus."""

GEMEENTE = "Westerkolk"

WIJKEN = ["Kolkerhaven", "Oosterbraak", "Tuinderij", "De Weeren Westerkolk", "Dijkveld"]

BUURTEN = [
    # Kolkerhaven (old harbour town)
    "Botterhaven", "Kolkerhaven-Binnenstad", "Zuiderspui Kolkerhaven", "Visafslagbuurt",
    # Oosterbraak (ribbon village along the Streek)
    "Oosterbraak-Lint", "Braakerhoek", "Kerkbuurt Oosterbraak",
    # Tuinderij (greenhouses and bulb fields)
    "Kassenbuurt", "Bollenhoek Westerkolk", "Tuindersveld",
    # De Weeren (1970s)
    "Weerenhof", "Weeren-Noord", "Weeren-Zuid", "Kolkerveld",
    # Dijkveld (new build)
    "Dijkveld-Oost", "Dijkveld-West", "Wiertoog",
]

STREETS = [
    # Kolkerhaven: harbour and fishing
    "Botterkade", "Haringpakkerssteeg", "Zuiderspuistraat", "Visafslagweg", "Netboetersstraat",
    "Tjalkstraat Westerkolk", "Kolkerdijk", "Schokkerpad", "Zoutkeetstraat", "Ankersmidsteeg",
    "Blazerskade", "Wantmakersstraat",
    # Oosterbraak: the ribbon road and farms
    "Braakweg", "Oosterbraak-Lintweg", "Stolpboerderijpad", "Kerkbuurtweg Oosterbraak",
    "Kolfbaanstraat", "Tolhekpad", "Hooischuurweg", "Koegangstraat", "Karnhuisstraat",
    # Tuinderij: greenhouses, bulbs, vegetables
    "Tuinderslaan Westerkolk", "Kassenweg", "Bollenschuurstraat", "Koolveilingweg",
    "Spruitjespad", "Wortelakkerstraat", "Tulpenkraamstraat", "Broeibakweg", "Sluitkoolstraat",
    "Krootweg", "Bloembollenpad",
    # people (a lifeboat captain, a painter, a schoolmistress, a resistance fighter, a mayor,
    # a cheese trader, a poet)
    "Schipper Kroonstraat", "Cornelis Sluyterweg", "Juffrouw Reinders-laan",
    "Aaltje Koningstraat", "Burgemeester Hinlooplaan", "Klaas Kaaskooperweg",
    "Dichter Vermeerstraat", "Dirk Ligthartsingel", "Maartje Boekelpad",
    # De Weeren: 1970s, birds of the dyke
    "Grutto-erf", "Kluutenerfstraat", "Tureluurhof", "Scholekstergang", "Wulpenerf", "Kievitsbraak",
    "Lepelaarserf", "Bergeendstraat",
    # Dijkveld: new build, dyke words
    "Wiertoogkade", "Kwelderrugpad", "Dijkwerkerslaan", "Zeeweringstraat", "Basaltkade",
    "Kribbenweg", "Paalwormpad", "Dijkgraafsingel", "Krimpstraat Dijkveld", "Slikkerkade", "Zeedijkerpad", "Deinspoorstraat",
]

PLACES = [
    # parks, squares, meeting places
    "Kolkerpark", "Wiertoogstrand", "Pannakooi Weerenhof", "Skatebaan Dijkveld",
    "Cruyff Court Oosterbraak", "Speeltuin De Stolp", "Dijkveldplas", "IJsbaan Westerkolk",
    "Busstation Westerkolk", "Station Westerkolk", "Weekmarkt Kolkerhaven",
    # schools
    "Westerkolk College", "Het Botterlyceum", "Tuindersvakschool", "ISK Westerkolk",
    "OBS De Kolk", "CBS De Botter", "Basisschool De Tulpenbol", "Praktijkschool De Kas",
    "RKBS Sint-Jozef Oosterbraak", "IKC Dijkveld",
    # buildings, community
    "Jongerencentrum De Stolp", "De Stolp", "Buurthuis Weerenhof", "Bibliotheek Westerkolk",
    "Sporthal De Kolfbaan", "Zwembad De Wier", "Gemeentehuis Westerkolk",
    "Moskee Al Fath Westerkolk", "Wijkpunt Dijkveld", "Doopsgezinde Kerk Oosterbraak",
    "Huis van de Wijk De Weeren", "Tuinderscafé De Koolbak",
    # local shops with first names
    "Bakkerij Jaap", "Slagerij Gerrit", "Kapsalon Trijntje", "Viskraam Ome Cor",
    "Supermarkt Bereket", "Poolse Winkel Basia", "Fietsenmaker Klaas", "Snackbar Grietje",
    "Barbershop Kawa", "Nagelstudio Thuy", "Toko Sranang Mies",
]

CHAINS_AND_CLUBS = [
    "Albert Heijn", "Jumbo", "Lidl", "Aldi", "Dirk", "Vomar", "Action", "Kruidvat", "Hema",
    "Primark", "Intertoys", "Gamma", "Praxis", "McDonald's", "KFC", "Burger King", "Domino's",
    "New York Pizza", "Febo", "Jet", "Hoogvliet", "Zeeman", "Wibra", "Deen",
    "VV Westerkolk", "SV Oosterbraak", "Kolfclub De Kolf", "Zwemclub De Wier",
    "Korfbal Tuinders KV", "Zeilvereniging Kolkerhaven", "Schaatsclub De Wiertoog",
    "Volleybal Dijkveld VC", "Muziekvereniging Westfries Koper",
]
