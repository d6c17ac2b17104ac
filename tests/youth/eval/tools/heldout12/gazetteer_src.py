"""The fictional gemeente Zaanweel in the Zaanstreek (an old industrial town on the Zaan with
oil and cocoa mills, the 1970s district Lijnbaanveld, the very mixed post-war district
Pelmolenbuurt, the new-build district Houtkade-Noord and the dike village Weeldijk).
Everything here was made up for this corpus."""

GEMEENTE = "Zaanweel"

WIJKEN = ["Zaanweel-Centrum", "Lijnbaanveld", "Pelmolenbuurt", "Houtkade-Noord", "Weeldijk"]

BUURTEN = [
    # Zaanweel-Centrum (the old town on the Zaan)
    "Cacaokwartier", "Zaanfront Weel", "Kerkbuurt Zaanweel", "Groene Stijlen",
    # Lijnbaanveld (1970s flats and walk-ups)
    "Lijnbaanveld-Oost", "Lijnbaanveld-West", "Touwslagershof", "Flats De Kabelaar",
    # Pelmolenbuurt (post-war, very mixed)
    "Pelmolen-Zuid", "Gortpelderij", "Rijstpellerhof", "Kraaienhoek Weel",
    # Houtkade-Noord (new-build on the old timber yards)
    "Houtkade-Haven", "Zaagtand", "Vlotkolk",
    # Weeldijk (dike village)
    "Weeldijk-Dorp", "Dijkweiden Weel",
]

STREETS = [
    # Centrum: the mills and the river
    "Cacaopad", "Lijnoliestraat", "Mostermolensteeg", "Oliekoekenkade", "Weeler Zaandijk",
    "Krijtmolenpad", "Pakhuisgracht Weel", "Snuifmolenstraat", "Stijlenpad", "Beschuitsteeg",
    # people (a painter, a cocoa maker, a shipbuilder, a poet, a resistance fighter, an engineer)
    "Claude Monetkade", "Cornelis Verkadestraat", "Jan Duyvenpad", "Trijn Honigstraat",
    "Albert Cuypweg Weel", "Gerrit Corverstraat", "Hendrik Wezelpad", "Truus Menger-laan",
    "Jacob Hendrik Husselaan",
    # Lijnbaanveld: ropes and rigging
    "Lijnbaanstraat Weel", "Kabelgaren", "Takelweg", "Trosstraat",
    "Hennepveld", "Teerhuispad", "Spinbaanweg", "Blokkenmakerslaan",
    # Pelmolenbuurt: grains and pelders
    "Gortpeldersweg", "Rijstpellerstraat", "Pelsteenpad", "Kafstraat", "Gerstekade",
    "Boekweitpad", "Haverzakstraat", "Meelbuilpad", "Molensteenplein Weel",
    # Houtkade-Noord: timber and sawmills
    "Vlotbalkweg", "Zaagraampad", "Houtvlotkade", "Balkenbindersstraat", "Greenhoutpad",
    "Paltrokstraat Weel", "Zaagtandlaan", "Wipwatergang",
    # Weeldijk: dike and peat
    "Weeldijkerdijk", "Dijkwerkersstraat", "Kreekpad Weel", "Veenslootweg", "Kwakelpad",
    "Rietlanderstraat", "Schouwpad", "Kolfbaanweg", "Ringsloot Weel", "Walkantpad",
    "Hooibergstraat Weel", "Melkbochtweg", "Eendenkooipad", "Snoekbaarsstraat Weel",
    "Kuipersgang Weel", "Lijnbaansloot", "Bolwerkpad Weel",
]

PLACES = [
    # parks, squares, meeting places
    "Cacaopark", "Touwslagerspark", "Skatebaan Lijnbaanveld", "Trapveldje De Kabelaar",
    "Cruyff Court Pelmolen", "Zwemplas Het Vlotkolkje", "Hondenweide Weeldijk",
    "Oliemolen De Weelhaan", "Station Zaanweel", "Pontje Zaanweel", "De Kabelaar",
    # schools
    "Zaanweel College", "Het Pelmolen Lyceum", "ROC Zaan Weel", "ISK Zaanweel",
    "OBS De Touwbaan", "CBS De Lijnbaan", "Basisschool Sint Bavo Weel",
    "Praktijkschool De Zaagtand", "Dijkschool Weeldijk", "IKC Houtkade",
    # buildings, community
    "Jongerenhuis De Pelderij", "De Pelderij", "Buurthuis Touwslagershof",
    "Bibliotheek Zaanweel", "Sporthal De Trossen", "Zwembad De Zaanbocht",
    "Stadhuis Zaanweel", "Moskee Ar-Rahma Weel", "Wijkpunt Lijnbaanveld",
    "AZC Zaanweel", "Het Cacaohuis",
    # local shops with first names
    "Bakkerij Klaasje", "Slagerij Dirkje", "Kapsalon Jolanda Weel", "Friettent Henkie",
    "Supermarkt Yonas", "Döner Serhat", "Fietsenmaker Piet-Hein", "Snackbar Truusje",
    "Toko Ramdin", "Kapper Berivan", "Bloemenkraam Aaltje",
]

CHAINS_AND_CLUBS = [
    "Albert Heijn", "Jumbo", "Lidl", "Aldi", "Dirk", "Vomar", "Action", "Kruidvat", "Hema",
    "Primark", "Intertoys", "Gamma", "Praxis", "McDonald's", "KFC", "Burger King", "Domino's",
    "New York Pizza", "Febo", "Jet", "Hoogvliet",
    "ZVV Weel", "FC Pelmolen", "Hockeyclub Zaanweel", "Zwemvereniging De Zaanbocht",
    "Judoclub Tora Zaanweel", "Kickboksgym Weel", "Scouting Sint Bavo Weel",
    "Roeivereniging De Trossen", "Schaakclub De Kabelaar", "Basketbalclub Zaanweel Eagles",
]
