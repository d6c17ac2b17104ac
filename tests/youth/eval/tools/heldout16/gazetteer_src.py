"""The fictional gemeente Zandhage on the Haaglanden coast: the old fishing quarter
Schelpenhoek behind the dunes, the 19th-century workers' district Klinkerwijk, the market
district Veenkwartier, the post-war flats of Duinzoom and the new-build Zandhage-Polder. A very
mixed population: Haagse families, Moroccan, Turkish, Surinamese, Antillean and Cape Verdean
Hagenaars of the second and third generation, Polish, Romanian and Bulgarian workers of the
Westland greenhouses, newcomers from Ukraine, Syria, Eritrea, Afghanistan, Somalia and Iraq,
Chinese and Vietnamese shopkeepers. Everything here was made up for this corpus."""

GEMEENTE = "Zandhage"

WIJKEN = ["Schelpenhoek", "Klinkerwijk", "Veenkwartier", "Duinzoom", "Zandhage-Polder"]

BUURTEN = [
    # Schelpenhoek (fishing quarter)
    "Netboetershoek", "Kottersbuurt", "Uitkijkduin", "Loggerhaven",
    # Klinkerwijk (workers' district)
    "Stokerskwartier", "Klinkerhof-Zuid", "Gasfabrieksbuurt", "Ketelmakerswerf",
    # Veenkwartier (market)
    "Marktveen", "Turfschippersbuurt", "Pakzolderbuurt",
    # Duinzoom (post-war flats)
    "Helmgrasbuurt", "Duinzoom-Noord", "Duinzoom-Zuid", "Zeerozenhof",
    # Zandhage-Polder (new build)
    "Kasserij-Oost", "Kasserij-West", "Slootjeshof",
]

STREETS = [
    # Schelpenhoek
    "Netbreiersstraat", "Kotterkade", "Kaakstersteeg", "Bomschuitweg", "Vuurbaakstraat",
    "Strandjuttersplein", "Schelpenpad", "Garnalenstraat", "Loggerkade", "Reddingbootstraat",
    "Helmduinweg", "Zeewierstraat",
    # Klinkerwijk
    "Stokersstraat", "Klinkerbakkerslaan", "Gashouderstraat", "Ketellappersstraat",
    "Sintelpad", "Ovenbouwerstraat", "Retortstraat", "Pijpfitterstraat", "Smidsvuurplein",
    "Walsstraat Zandhage",
    # Veenkwartier
    "Turfmarkt Zandhage", "Veenschuitkade", "Pakhuisgang", "Weegbrugstraat", "Kraamgang",
    "Marktschoutstraat", "Waaggang", "Koffiebrandersstraat", "Veilingkade",
    # Duinzoom
    "Zandhaverstraat", "Duindoornlaan", "Zeeraketlaan", "Blauwe Zeedistelstraat",
    "Helmgrasflat", "Kruipwilgstraat", "Duinroosplein", "Zeewindelaan", "Meeuwenduinweg",
    # Zandhage-Polder
    "Glaskassenweg", "Paprikastraat", "Tomatenkwekerspad", "Glazeniersstraat", "Sproeierstraat",
    "Kasserijplein", "Slootjesweg", "Schoffelstraat", "Kiemstraat",
    # named after (made-up) people: places, not persons
    "Jacoba Duinkerklaan", "Dokter Vlasbloemstraat", "Kapitein Zeegersplein",
    "Burgemeester Helmigstraat", "Pastoor Vredenburghstraat", "Marijke Strandvoogtstraat",
    "Meester Ruygrokstraat", "Zuster Kwakernaatstraat", "Anton Strijbosweg",
    "Willemien Baakstraat", "Professor Duinmeijerlaan", "Schipper Dobbelmanstraat",
    "Koningin Julianaboulevard Zandhage", "Prins Bernhardkade Zandhage",
]

PLACES = [
    # parks, squares, beach
    "Helmduinpark", "Strandslag Zandhage", "Zandhage Strand", "Schelpenbos", "Veenplantsoen",
    "Kassenpark", "Voetbalkooi Kotterkade", "Skatebaan Gashouderstraat", "Zandhage Boulevard",
    "Markt Veenkwartier", "Station Zandhage", "Tramhalte Turfmarkt",
    # schools
    "Duinzoom College", "Het Zandhaags Lyceum", "ISK Zandhage", "Vakschool Westland-Kust",
    "OBS De Vuurbaak", "IKC Zeeroos", "Al-Noor Basisschool Zandhage", "CBS De Logger",
    "Praktijkschool Het Ankerpunt", "Basisschool De Schelp",
    # buildings, community
    "Jongerencentrum De Kotter", "De Kotter", "Buurthuis Sintelhof", "Sintelhof",
    "Bibliotheek Zandhage", "Sporthal De Walserij", "Zwembad De Zeeuwenkuil", "Zeeuwenkuil",
    "Stadsdeelkantoor Zandhage", "Moskee Al-Fath Zandhage", "Gurdwara Zandhage",
    "Mandir Shri Zandhage", "Oekraïense Kerk Zandhage", "Pinksterkerk Duinzoom",
    "Wijkcentrum Helmgras", "Vismijn Zandhage", "Oude Gasfabriek",
    # local shops with first names
    "Bakkerij Ria", "Visboer Kees", "Kapsalon Hassan", "Toko Sien", "Slagerij Ali",
    "Snackbar Bij Joop", "Barbershop Dejan", "Nagelstudio Hằng", "Sklep Bożenka",
    "Fietsenmaker Ton", "Roti Shop Tante Dolly", "Eethuis Selam", "Köşk Mehmet",
]

CHAINS_AND_CLUBS = [
    "Albert Heijn", "Jumbo", "Lidl", "Aldi", "Dirk", "Hoogvliet", "Action", "Kruidvat",
    "Hema", "Primark", "Zeeman", "Wibra", "McDonald's", "KFC", "Burger King", "Domino's",
    "New York Pizza", "Febo", "Bram Ladage", "Intertoys", "Gamma", "Praxis", "Blokker",
    "VV Zandhage", "SVV Duinzoom", "Boksschool De Stoker", "Zwemclub De Zeeuwenkuil",
    "Cricketclub Glaskassenweg", "Basketbal The Kotters", "Reddingsbrigade Zandhage",
    "Kickboksgym Klinkerwijk", "Damclub Veenkwartier",
]
