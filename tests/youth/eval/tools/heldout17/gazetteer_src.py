"""The fictional gemeente Lakenbeek in Midden-Brabant: an old wool-and-textile town between
Tilburg and Waalwijk. The weavers' quarter Spoelhoven around the former mills, the railway
district Ketelbaan, the 1970s flats of De Heikamp, the leather-and-shoe village Leerdonk and the
new-build Vennenpolder. A very mixed population: Brabantse families, Moroccan (Tamazight too),
Turkish and Kurdish families of the textile years, Surinamese, Antillean and Cape Verdean
Brabanders, Polish, Romanian and Bulgarian workers of the distribution centres, newcomers from
Ukraine, Syria, Eritrea, Afghanistan, Somalia and Iraq, Chinese and Vietnamese shopkeepers.
Everything here was made up for this corpus."""

GEMEENTE = "Lakenbeek"

WIJKEN = ["Spoelhoven", "Ketelbaan", "De Heikamp", "Leerdonk", "Vennenpolder"]

BUURTEN = [
    # Spoelhoven (weavers' quarter)
    "Kaardershof", "Vollersbeemd", "Ververskwartier", "Spoelhoven-Oost",
    # Ketelbaan (railway district)
    "Seinwachtersbuurt", "Remiseveld", "Wisselhoek", "Ketelbaan-Noord",
    # De Heikamp (flats)
    "Bremhorst", "Heikamp-Zuid", "Struikheibuurt", "Vennenzicht",
    # Leerdonk (shoe village)
    "Looiersdonk", "Schoenmakershoek", "Leestenbuurt",
    # Vennenpolder (new build)
    "Vennenpolder-Oost", "Vennenpolder-West", "Kikkerven",
]

STREETS = [
    # Spoelhoven
    "Kaardersstraat", "Vollerspad", "Spoelmakersgang", "Weefgetouwlaan", "Schietspoelsteeg",
    "Lakenvolderij", "Kettingdraadstraat", "Inslagpad", "Ververijkade", "Wolwasserijstraat",
    "Noppersgang", "Ruwververstraat",
    # Ketelbaan
    "Seinhuispad", "Remiseweg", "Wisselwachterslaan", "Draaischijfplein", "Stoomketelstraat",
    "Perronpad", "Overwegstraat", "Bielzenlaan", "Stationsrade Lakenbeek", "Rangeerterrein",
    # De Heikamp
    "Struikheilaan", "Brembosstraat", "Gagelstruikstraat", "Pijpestrootje", "Beenbreekstraat",
    "Dopheidepad", "Heikampflat", "Vennenzichtlaan", "Jeneverbesstraat", "Kraaiheideweg",
    # Leerdonk
    "Looierijstraat", "Leestenmakerstraat", "Zoolstraat", "Schoenlappersgang", "Huidenkade",
    "Runmolenweg", "Trekleerstraat", "Hakkenstraat",
    # Vennenpolder
    "Kikkervenlaan", "Pijlkruidstraat", "Waterdrieblad", "Veenpluisstraat", "Oeverzegge",
    "Lisdoddepad", "Moerasvarenstraat", "Snoekbaarsweg",
    # named after (made-up) people: places, not persons
    "Pastoor van Eekelenstraat", "Burgemeester Verhoefflaan", "Fabrikant Brouwersstraat",
    "Zuster Henrica Wijnenplein", "Kapelaan Smuldersweg", "Meester de Bekkerstraat",
    "Dokter Timmermanslaan", "Jacobus Kerstensplein", "Mina Verhagenstraat",
    "Pater van der Biltstraat", "Wethouder Hoogerbruggelaan", "Frater Ambrosiusstraat",
    "Bisschop Zwijsenhof Lakenbeek", "Koning Willem II-singel Lakenbeek",
]

PLACES = [
    # parks, squares, nature
    "Lakenbeekse Bossen", "Heikamppark", "Kikkerven Speelbos", "Spoelhovenplein",
    "Markt Lakenbeek", "Voetbalkooi Brembosstraat", "Skatebaan Remiseweg", "Station Lakenbeek",
    "Vollersvijver", "Ven De Wolvenkuil",
    # schools
    "Lakenbeeks College", "Sint-Servaascollege Lakenbeek", "ISK Lakenbeek", "Vakcollege De Weefkam",
    "OBS De Schietspoel", "Basisschool De Kaarder", "IKC Kikkerven", "Basisschool Al-Ikhlas",
    "Praktijkschool De Leest", "Mytylschool Heikamp",
    # buildings, community
    "Jongerencentrum De Remise", "De Remise", "Buurthuis Het Weefhuis", "Het Weefhuis",
    "Bibliotheek Lakenbeek", "Sporthal De Vollerij", "Zwembad De Kaaij", "De Kaaij",
    "Stadswinkel Lakenbeek", "Ulu Camii Lakenbeek", "Moskee Ennasr Lakenbeek", "Sint-Dionysiuskerk Lakenbeek",
    "Oekraïense Kapel Lakenbeek", "Eritrese Kerk Medhanie Alem", "Textielmuseum Lakenbeek",
    "Wijkcentrum Heikamp", "Oude Wolfabriek", "Kringloop De Weefkam", "Remise", "Weefhuis",
    "Textielmuseum",
    # local shops with first names
    "Bakkerij Door", "Frituur Bij Sjef", "Kapsalon Yusuf", "Toko Marlies", "Slagerij Harrie",
    "Fietsenmaker Wim", "Barbershop Goran", "Sklep Jadzia", "Roti Shop Tante Pinky",
    "Eethuis Mebrat", "Lokanta Hüseyin", "Nagelstudio Bích", "Café De Zwarte Mie",
]

CHAINS_AND_CLUBS = [
    "Albert Heijn", "Jumbo", "Lidl", "Aldi", "Plus", "Action", "Kruidvat", "Hema", "Primark",
    "Zeeman", "Wibra", "McDonald's", "KFC", "Burger King", "Domino's", "New York Pizza",
    "Intertoys", "Gamma", "Praxis", "Blokker", "Smullers", "Kwalitaria",
    "RKVV Lakenbeek", "SV Heikamp Boys", "Boksclub De Vollers", "Zwemclub De Kaaij",
    "Handbal Leerdonk", "Heikamp Boys", "Gilde Sint-Joris", "Korfbal De Weefkam", "Tafeltennis Remiseweg", "Gilde Sint-Joris Leerdonk",
    "Carnavalsvereniging De Lakenknoppen", "Harmonie Sint-Cecilia Lakenbeek",
]
