"""The fictional gemeente Hulshove on the Veluwe, in the Bible belt between Ede, Barneveld and
Nijkerk: an old church village on the heath that grew with the poultry industry. The old
village Hulshove-Dorp around the church, the 1960s workers' quarter Het Klaphek, the flats of
Eekhorst, the new-build Zandbrink on the former drift sand and Pluimveld with its poultry
halls and the AZC. A mixed population: Reformed Veluwe families, Moroccan (Tamazight too) and
Turkish families of the poultry years, Kurdish, Surinamese, Antillean and Cape Verdean
households, Polish, Romanian and Bulgarian workers of the slaughterhouses and the egg packers,
newcomers from Ukraine, Syria, Eritrea, Afghanistan, Somalia and Iraq, Chinese and Vietnamese
shopkeepers. Everything here was made up for this corpus."""

GEMEENTE = "Hulshove"

WIJKEN = ["Hulshove-Dorp", "Het Klaphek", "Eekhorst", "Zandbrink", "Pluimveld"]

BUURTEN = [
    # Hulshove-Dorp (church village)
    "Kerkenbrink", "Kostersveld", "Torenerf", "Dorp-Oost",
    # Het Klaphek (workers' quarter)
    "Klaphek-Noord", "Klaphek-Zuid", "Ooiendrift", "Hekkenkamp",
    # Eekhorst (flats)
    "Eekhorst-West", "Eikelenkamp", "Eekhorst-Centrum",
    # Zandbrink (new build)
    "Stuifduinen", "Zandbrink-Oost", "Zandbrink-West", "Zwijnenspoor",
    # Pluimveld (poultry halls, AZC)
    "Hennenkamp", "Kuikenveld", "Broedershoek",
]

STREETS = [
    # Hulshove-Dorp
    "Kanselstraat", "Preekstoelpad", "Orgelmakerslaan", "Klokkenluidersstraat", "Kostersweg",
    "Psalmbordpad", "Avondmaalstraat", "Torenuurwerkstraat", "Luchterweg", "Kerkepad Hulshove",
    "Schoolmeestersgang", "Bijbelkistlaan",
    # Het Klaphek
    "Klaphekweg", "Schaapherderslaan", "Herdersstafpad", "Ramsdrift", "Schaapskooistraat",
    "Wolbaalstraat", "Ooilammerweg", "Hoefslagstraat", "Ploegschaarpad", "Karrenspoorlaan",
    "Hooizolderstraat",
    # Eekhorst
    "Eekhoornpad", "Dassenburchtstraat", "Boommarterlaan", "Edelhertlaan", "Wildzwijnweg",
    "Sprengenlaan", "Beukenhagestraat", "Eikelhofflat", "Vliegdennenweg", "Bosmierenpad",
    # Zandbrink
    "Stuifduinweg", "Zandloperpad", "Keileemstraat", "Sprokkelhoutlaan", "Heideplaggenweg",
    "Jeneverbesdreef", "Kraaiheidepad", "Zandhagedisstraat", "Stuifmeelstraat",
    # Pluimveld
    "Broedmachinestraat", "Kuikenstraat", "Hennepad", "Eierveilingweg", "Legkorfstraat",
    "Pluimveeweg", "Kippenloopstraat", "Hanenkampsweg",
    # named after (made-up) people: places, not persons
    "Dominee Bloemendaalstraat", "Burgemeester Van Ommerenlaan", "Ouderling Pluimersstraat",
    "Juffrouw Ravesteijnpad", "Koster Hulsebosstraat", "Wethouder Kamphorstweg",
    "Notaris Bremmerlaan", "Dokter Rietveldsingel", "Hendrik Gerritsenplein",
    "Aaltje Bosmanstraat", "Evert-Jan Looijengaweg", "Meester Wapenaarstraat",
    "Zuster Dijkhuizenhof",
]

PLACES = [
    # parks, squares, nature
    "Hulshoofse Heide", "Stuifzand De Kale Kop", "Eekhorsterbos", "Pluimveldpark",
    "Voetbalkooi Klaphek", "Skatebaan Zandbrink", "Station Hulshove", "Ganzenvijver",
    "Uitkijktoren De Hulsberg", "Schaapskooi De Hulst", "Brink Hulshove", "Sprengen",
    # schools
    "Reformatorisch College De Kandelaar", "CBS Het Mosterdzaad", "OBS De Heidebloem",
    "Basisschool An-Nour Hulshove", "ISK Hulshove", "Veluwecollege Hulshove", "Veluwecollege",
    "Praktijkschool De Ploegschaar", "Gereformeerde Basisschool De Wingerd",
    # community buildings, churches, services
    "Jongerencentrum Het Hoenderhok", "Hoenderhok", "Buurthuis De Schaapskooi",
    "Dorpshuis Kerkenbrink", "Bibliotheek Hulshove", "AZC Hulshove", "Oude Kerk Hulshove",
    "Hersteld Hervormde Kerk Eekhorst", "Moskee Es-Salaam Hulshove", "Sporthal De Sprengen",
    "Zwembad De Poel Hulshove", "Wijkteam Hulshove", "Gemeentehuis Hulshove",
    "Huisartsenpraktijk Eekhorst", "Kinderboerderij Het Kuikentje", "Pluimveemuseum Hulshove",
    "Voedselbank Hulshove", "Repair Café Klaphek", "Kringloop De Ramsdrift",
    # shops (some with first names)
    "Bakkerij Gerrit-Willem", "Slagerij Teunis", "Frituur Bij Hennie", "Toko Sumirah",
    "Sklep Ewunia", "Barbershop Rojhat", "Supermarkt Nasro", "Fietsenzaak Harmen",
    "Kapsalon Eylem", "Bloemenhuis Willemijn", "Eethuis Mekonnen", "Magazin Doina",
    "Phở Hulshove", "Chinees Restaurant Gouden Draak", "Boekhandel De Kandelaar",
    "Eierhandel Van Kooten",
]

CHAINS_AND_CLUBS = [
    "Albert Heijn", "Jumbo", "Lidl", "Aldi", "Action", "Kruidvat", "Hema", "Plus", "Boni",
    "Hubo", "Primark", "McDonald's", "Domino's", "Gamma", "Zeeman", "Wibra",
    "VV Hulshove", "SDV Eekhorst", "Korfbalvereniging De Hulst", "Zwemclub De Poel",
    "JV Hulshove", "Harmonie Pluimveld", "Volleybalclub Sprengen", "Boksschool Klaphek",
    "Tafeltennisclub Kuikenveld", "Scouting De Drift", "Korfbal De Hulst", "Volleybal Sprengen",
]
