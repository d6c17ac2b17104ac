"""The fictional gemeente Esselhorst in Twente (an old textile town with a spinning-mill
complex, the 1960s district Kottenbrink, the new-build district Dinkelmaat, the esch village
Haarlomaten and the brook village Beekdörp). Everything here was made up for this corpus."""

GEMEENTE = "Esselhorst"

WIJKEN = ["Esselhorst-Centrum", "Kottenbrink", "Dinkelmaat", "Haarlomaten", "Beekdörp"]

BUURTEN = [
    # Esselhorst-Centrum (old town around the spinning mill)
    "Spinnerijkwartier", "Marktesch", "Kerkbrink", "Weverstuin",
    # Kottenbrink (1960s, flats for the mill workers)
    "Kottenbrink-Noord", "Kottenbrink-Zuid", "Flats Het Spoel", "Garenhof",
    # Dinkelmaat (new-build)
    "Dinkelmaat-Oost", "Dinkelmaat-West", "Maatveld",
    # Haarlomaten (esch village)
    "Haarlomaten-Dorp", "Eschrand", "Boerschop Veldkamp",
    # Beekdörp (brook village)
    "Beekdörp-Kern", "Molenbeekhoek", "Hulsbroek",
]

STREETS = [
    # Centrum: the mill, the market, the church
    "Spinnerijstraat", "Weversplein", "Schietspoelweg", "Kettingstraat", "Garenmarkt",
    "Blekerijpad", "Kerkbrinkstraat", "Oude Markt Esselhorst", "Ververijsteeg", "Tapijtweg",
    # people (Twente writers, an inventor, a mill founder, a footballer)
    "Willem Wilminkstraat", "Herman Finkersstraat", "Johanna van Buurenlaan",
    "Gerrit Jan van Heekweg", "Twickelerlaan", "Jan Jannink Fabrikantenlaan",
    "Theo Bijvanckstraat", "Dinkelland Scholtenstraat", "Karel Gebbinkpad",
    # Kottenbrink: looms and yarns
    "Schering", "Inslagdraadstraat", "Spoelweg", "Katoenbaalstraat", "Linnenpad", "Bobijnstraat",
    "Kaardeweg", "Twijnderslaan", "Jacquardstraat", "Weefgetouwpad",
    # Dinkelmaat: river and meadows
    "Dinkeloever", "Maatweg", "Beekweidepad", "Oeverzwaluwstraat", "Kwelderpad",
    "IJsvogellaan", "Stuwweg", "Lisdoddeoever",
    # Haarlomaten: the esch and the farms
    "Oude Eschweg", "Hoevenweg Haarlomaten", "Losse Hoesweg", "Brinkhoesstraat", "Schaapsdriftpad",
    "Rogge-esch", "Spiekerweg", "Hoogeschweg",
    # Beekdörp: brook and water mill
    "Molenbeekweg", "Watermolenpad", "Hulsbroekweg", "Elzensingel", "Beekdörperstraat",
    "Vonderpad", "Klossenstraat", "Ketelhuisstraat", "Schoorsteenpad", "Stoommachinepad",
    "Kolkweg Beekdörp", "Hooimijtweg", "Hessenweg Esselhorst", "Peddemorsstraat", "Bleekveldpad",
    "Spoelenmakersweg", "Garenkaaistraat",
]

PLACES = [
    # parks, squares, meeting places
    "Spinnerijpark", "Weverstuinpark", "Skatepark Kottenbrink", "Trapveld Het Spoel",
    "Cruyff Court Dinkelmaat", "Openluchtbad De Dinkelkolk", "Hondenbos Hulsbroek",
    "Watermolen Beekdörp", "Busstation Esselhorst", "Esschuur Haarlomaten",
    "Het Spoel", "De Spoel",
    # schools
    "Twickel College Esselhorst", "Twickel College", "Lyceum De Schering", "ROC Twente Esselhorst",
    "ISK Esselhorst", "OBS De Weefspoel", "CBS Het Klokhuus", "RK Basisschool Sint Plechelmus Esselhorst",
    "Praktijkschool De Kaarde", "Dorpsschool Beekdörp", "Kindcentrum Dinkelmaat",
    # buildings, community
    "Jongerencentrum De Spoel", "Buurthuis Garenhof", "Bibliotheek Esselhorst",
    "Sporthal De Twijn", "Zwembad Esselhorst", "Gemeentehuis Esselhorst", "Moskee Al-Fath Esselhorst",
    "Wijkcentrum Kottenbrink", "Opvang Esselhorst", "Het Kaardehuis",
    # local shops with first names
    "Bakkerij Gerrit-Jan", "Slagerij Gradus", "Kapsalon Mirjana", "Frituur Bertus",
    "Supermarkt Tesfay", "Shoarma Rezan", "Fietsenmaker Jopie", "Snackbar Mientje",
    "Toko Wardani", "Kebab Dilovan", "Bloemen Riekie",
]

CHAINS_AND_CLUBS = [
    "Albert Heijn", "Jumbo", "Lidl", "Aldi", "Plus", "Coop", "Action", "Kruidvat", "Hema",
    "Primark", "Intertoys", "Gamma", "Praxis", "McDonald's", "KFC", "Burger King", "Domino's",
    "New York Pizza", "Kwalitaria", "Jet", "Jan Linders",
    "VV Esselhorst", "SV Kottenbrink", "Hockeyclub De Dinkel", "Zwemclub De Kolk",
    "Judoclub Tsunami Esselhorst", "Boksschool Esselhorst", "Scouting Sint Plechelmus",
    "Muziekvereniging Harmonie Esselhorst", "Schaakclub De Spoel", "Tennisclub Dinkelmaat",
]
