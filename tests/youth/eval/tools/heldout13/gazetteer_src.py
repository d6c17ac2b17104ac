"""The fictional gemeente Riederwaal on the south bank of the Maas, in the Rotterdam-Zuid
manner: the old harbour district Dokkenveld, the pre-war working-class district Ketelwijk,
the 1960s flats district Riederhoven, the new-build district Kaaipoort on a filled-in basin
and the polder village Zuidwaal. A very mixed population; Rotterdams and straattaal spoken.
Everything here was made up for this corpus."""

GEMEENTE = "Riederwaal"

WIJKEN = ["Dokkenveld", "Ketelwijk", "Riederhoven", "Kaaipoort", "Zuidwaal-Polder"]

BUURTEN = [
    # Dokkenveld (old harbour)
    "Stuwadoorsbuurt", "Graansilohoek", "Kraanmeesterskwartier", "Kade Riederwaal",
    # Ketelwijk (pre-war, working class)
    "Ketelbikkersbuurt", "Klinkhamerhof", "Koperslagershoek", "Ketelwijk-Zuid",
    # Riederhoven (1960s flats)
    "Galerijflats Riederhoven", "Riederhoven-Noord", "Riederhoven-Zuid", "Torenflats De Meerpaal",
    # Kaaipoort (new-build on a filled-in basin)
    "Kaaipoort-Eiland", "Dempthaven", "Sluisplaat",
    # Zuidwaal-Polder (polder village)
    "Zuidwaal-Dorp", "Grienden Zuidwaal",
]

STREETS = [
    # Dokkenveld: harbour trades
    "Stuwadoorsweg", "Kraandrijversstraat", "Bolderkade Riederwaal", "Sleepbootkade",
    "Lichterstraat", "Graansilostraat", "Korenbeursweg Zuid", "Veerbaasstraat", "Dukdalfpad",
    "Walkraanplein", "Meerpaalstraat", "Havenloodsweg", "Scheepstimmerkade",
    # Ketelwijk: metalworking
    "Ketelbikkersstraat", "Klinkhamerweg", "Koperslagersstraat", "Vonkenpad", "Aambeeldstraat",
    "Smidsesteeg Zuid", "Ijzergieterstraat", "Stoomketelhof", "Nagelsmidstraat",
    "Blaasbalgstraat", "Gietvormpad",
    # people (a nurse, a union leader, a boxer, a poet, a resistance fighter, a shipbuilder)
    "Zuster Bronsgeeststraat", "Toon Verheijstraat", "Bep van Klaverenweg", "Jan Prinsstraat Zuid",
    "Truus van Lier-laan", "Adriaan Volkerkade", "Pieter Caland-pad", "Marie Anne Tellegenstraat",
    "Henk Speksnijderplein",
    # Riederhoven: flats named after ships' parts
    "Kombuisgang", "Stuurhutlaan", "Boegsprietstraat", "Achterdekweg", "Kajuitpad",
    "Patrijspoortstraat", "Ankerkettingweg", "Roerpenstraat",
    # Kaaipoort: new build
    "Dempthavenkade", "Sluisplaatweg", "Containerlaan", "Reefersingel", "Kademuurstraat",
    "Portaalkraanpad", "Overslagplein", "Zeesleperlaan",
    # Zuidwaal-Polder: polder and willow
    "Griendweg Zuidwaal", "Wilgenhakkerspad", "Kreekrugstraat", "Polderdijk Zuidwaal",
    "Griendhakkersdijk", "Biesbosweg Zuid", "Rietsnijdersstraat", "Gorzenpad", "Slikweg",
    "Vliedbergstraat", "Karrespoor", "Dijkwachterslaan", "Eendrachtsweg Zuidwaal",
]

PLACES = [
    # parks, squares, meeting places
    "Kraanpark", "Dokkenpark", "Pannakooi De Meerpaal", "Skatepark Kaaipoort",
    "Cruyff Court Ketelwijk", "Speeltuin De Klinkhamer", "Strandje Sluisplaat",
    "Watertaxihalte Kaaipoort", "Metrostation Riederhoven", "Markt Riederwaal",
    # schools
    "Riederwaal College", "Het Dokkenlyceum", "Maasoever Vakcollege", "ISK Riederwaal",
    "OBS De Sleepboot", "CBS De Meerpaal", "Basisschool Al Amana Riederwaal",
    "Praktijkschool De Werf Zuid", "Polderschool Zuidwaal", "IKC Kaaipoort",
    # buildings, community
    "Jongerencentrum De Ketel", "De Ketel", "Buurthuis Klinkhamerhof", "Bibliotheek Riederwaal",
    "Sporthal De Bolder", "Zwembad Zuiderbad Riederwaal", "Stadswinkel Riederwaal",
    "Moskee Mevlana Riederwaal", "Wijkpunt Riederhoven", "Evangeliegemeente Riederwaal",
    "Huis van de Wijk Dokkenveld", "Zuiderbad", "Zuidwaal",
    # local shops with first names
    "Bakkerij Ko", "Slagerij Sjaak", "Kapsalon Ilonka", "Friettent Ome Jopie",
    "Supermarkt Hayat", "Toko Wiesje", "Fietsenmaker Bertus", "Snackbar Dinie",
    "Barbershop Yusuf", "Nagelstudio Mai", "Roti Shop Sitla",
]

CHAINS_AND_CLUBS = [
    "Albert Heijn", "Jumbo", "Lidl", "Aldi", "Dirk", "Vomar", "Action", "Kruidvat", "Hema",
    "Primark", "Intertoys", "Gamma", "Praxis", "McDonald's", "KFC", "Burger King", "Domino's",
    "New York Pizza", "Febo", "Jet", "Hoogvliet", "Zeeman", "Wibra",
    "SV Riederwaal", "VV Ketelwijk", "Boksschool De Klinkhamer", "Zwemclub Zuiderbad",
    "Basketbal Dokkenveld Dunkers", "Scouting Zuidwaal", "Cricketclub Kaaipoort",
    "Roeivereniging De Sleepboot", "Turnvereniging Vonk",
]
