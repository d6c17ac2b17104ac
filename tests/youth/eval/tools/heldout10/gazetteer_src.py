"""The fictional gemeente Mûnewâld in Fryslân (a market town on a canal with a corn mill, the
1970s district Easterfjild, the new-build district Nije Warren, the wooded village Sânwâld and
the lake village Lytsewier). Names in Frisian spelling, as Frisian gemeenten use them.
Everything here was made up for this corpus."""

GEMEENTE = "Mûnewâld"

WIJKEN = ["Mûnewâld-Sintrum", "Easterfjild", "Nije Warren", "Sânwâld", "Lytsewier"]

BUURTEN = [
    # Mûnewâld-Sintrum (old town along the mill canal)
    "Mûnebuert", "Tsjerkebuert", "Skipfeartbuert", "Weachbuert",
    # Easterfjild (1970s)
    "Easterfjild-Noard", "Easterfjild-Súd", "Flats De Pôle", "Skriezebuert",
    # Nije Warren (new-build)
    "Nije Warren-West", "Nije Warren-East", "Reidlannen",
    # Sânwâld (wooded village on sand)
    "Sânwâld-Doarp", "Heidefjild", "Wâldrâne",
    # Lytsewier (lake village)
    "Lytsewier-Doarp", "Marrekant", "Skûtehaven",
]

STREETS = [
    # Sintrum: the mill, the canal, the church and the weigh house
    "Mûnewei", "Tsjerkestrjitte", "Skippersgrêft", "Âlde Dyk", "Weachstrjitte", "Mûnepaad",
    "Kleasterdyk", "Merkepaad", "Skoallestrjitte", "Brouwerssteech", "Boterhoeke", "Sylsterwei",
    "Grêftswal",
    # Sintrum and Easterfjild: people (writers, a skater, a footballer, a legend, an astronomer)
    "Gysbert Japicxstrjitte", "Titus Brandsmawei", "Grutte Pierleane", "Eise Eisingastrjitte",
    "Obe Postmapaad", "Rixt fan Oerdleane", "Douwe Kalmawei", "Nynke fan Hichtumstrjitte",
    "Fedde Schurerstrjitte", "Abe Lenstraleane", "Sjoukje Dijkstrastrjitte",
    # Easterfjild: meadow birds
    "Skriezestrjitte", "Ljipwei", "Tureluerstrjitte", "Wylpepaad", "Sturtsjeleane",
    "Reidfinkestrjitte", "Earrebarrewei", "Grieltsjepaad", "Kiwytleane", "Strânljipstrjitte",
    "Ljurkepaad",
    # Nije Warren: the skûtsje and sailing
    "Skûtsjeleane", "Fokkepaad", "Mêststrjitte", "Swurdpaad", "Roerwei", "Seilmakkersleane",
    "Kluverstrjitte", "Tsjalkewei", "Pream", "Lijwâl",
    # Sânwâld: wood and heath
    "Wâldwei", "Heidewei Sânwâld", "Singelpaad", "Hoarnestrjitte", "Jeneverbeswei", "Dobbepaad",
    "Hoepelleane", "Dykhûsterwei", "Sânpaad",
    # Lytsewier: the lake, fishing and reed
    "Marrewei", "Fiskerswâl", "Reidpaad", "Ielreeppaad", "Fûkestrjitte", "Iisbaanwei",
    "Hoarnleane", "Skûtehavenkade", "It Eilân", "Leechlânsdyk",
]

PLACES = [
    # parks, squares, meeting places
    "Mûnepark", "Merkeplein Mûnewâld", "De Weach", "Skatebaan Easterfjild", "Trapfjild De Pôle", "De Pôle",
    "Cruyff Court Nije Warren", "Kaatsfjild Sânwâld", "Iisbaan Lytsewier", "Strânbad De Marre",
    "Hûnebos", "Jachthaven Lytsewier", "Koarnmole De Hoop", "Busstasjon Mûnewâld",
    # schools
    "Mûnewâlder Kolleezje", "Piter Jelles Mûnewâld", "Piter Jelles", "Firda Mûnewâld", "ISK Mûnewâld",
    "OBS De Wjuk", "CBS It Tsjirmjittel", "Basisskoalle De Reidpôle", "Praktykskoalle De Slinger",
    "Doarpsskoalle Sânwâld",
    # buildings, community
    "Bibleteek Mûnewâld", "Jongerenhûs De Fûke", "De Fûke", "Doarpshûs It Heechhout",
    "Wykgebou Easterfjild", "MFC De Marrekant", "Sporthal De Skâns", "Swimbad De Wâl",
    "Sportpark Hoepelleane", "Moskee Al-Huda Mûnewâld", "Grutte Tsjerke", "Winkelsintrum De Weach",
    "Sûnenssintrum Nije Warren", "Muzyksintrum De Kast", "Suvelfabryk", "Nijkomershûs",
    # local shops with first names
    "Bakkerij Tsjitske", "Snackbar By Gerlof", "Tweewielers Wybren", "Kapsalon Sytske",
    "Slagerij Oebele", "Toko Srikandi", "Barbershop Rêber", "Pizzeria Marco", "Shoarma Bij Ahmet",
    "Kiosk Hiltsje", "Bloemen Fenna", "Viswinkel Durk", "Kringloop De Oanrin",
    "Cafetaria It Hoekje",
]

CHAINS_AND_CLUBS = [
    "Albert Heijn", "Jumbo", "Lidl", "Aldi", "Action", "Hema", "Kruidvat", "Etos", "Primark",
    "Poiesz", "Coop", "Plus", "Dirk", "Jan Linders", "Bart Smit", "Hans Anders", "Gamma",
    "Praxis", "McDonald's", "KFC", "Burger King", "New York Pizza", "Domino's", "Febo",
    "Basic-Fit", "JD Sports", "Intertoys", "Blokker", "Wibra", "Zeeman", "Big Bazar", "Kwantum",
    "Van der Valk", "Bristol", "Nettorama",
    "VV Mûnewâld", "Kaatsferiening De Wâldkaatsers", "Korfbal Reidfûgels", "Iisclub Lytsewier",
    "Swimferiening De Wâl", "Fierljepferiening Mûnewâld", "Skûtsjeploech Twa Bruorren",
    "Scouting Mûnewâld", "Dûnsskoalle Step", "Judoclub De Skâns", "Hockeyclub Nije Warren",
    "Muzykferiening Halleluja", "Boksklup Easterfjild",
]
