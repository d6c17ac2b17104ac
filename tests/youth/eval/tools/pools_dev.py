"""Hand-written material for the dev split. Never shares a name, number or street with heldout."""

STREETS = [
    "Molenstraat", "Kerkpad", "Hoofdstraat", "Vaartweg", "Lindelaan", "Bremstraat",
    "Jan van Galenstraat", "Emmastraat", "Burgemeester de Vrieslaan", "Merelstraat",
    "Spreeuwenlaan", "Kievitstraat", "Reigerpad", "Tulpstraat", "Narcissenlaan", "Rozenstraat",
    "Stationsweg", "Havenkade", "Marktplein", "Kolkweg", "Kolkdreef", "Schoolstraat",
    "Dorpsstraat", "Sportlaan", "Parallelweg", "Oude Vaart", "Vondelstraat",
    "Bilderdijkstraat", "Multatulilaan", "Kastanjelaan", "Wilgenhof", "Populierenlaan",
    "Beukenpad", "Nieuwe Gracht", "Lijsterbesstraat", "Prins Hendrikstraat",
]
PARKS = ["Vaartpark", "Kolkpark", "Molenbos", "Speeltuin De Klimop"]
SCHOOLS = ["Vaartcollege", "Sint-Jozefschool", "OBS De Springplank", "Mavo Noord", "ROC Vaartveen"]
COMMUNITY = ["De Schakel", "Buurthuis De Kolk"]
SHOPS = ["Snackbar De Vaart", "Kapsalon Fresh Fade", "Döner Palace", "Bakkerij Van Dam"]
CLUBS = ["VV Vaartveen", "Boksclub De Stoomhamer", "Ajax", "PSV", "Feyenoord", "SC Heerenveen"]
FAMOUS = ["Memphis", "Snelle", "Messi", "Ronaldo", "Max Verstappen", "Jill Roord", "Wijnaldum"]
BRANDS = ["Nike", "PlayStation", "FIFA", "Fortnite"]

# gender|first|surname|origin|nickname
PERSONS = """
f|Sanne|van der Meer|nl
m|Daan|Verhoeven|nl
f|Emma|de Vries|nl
m|Luuk|Jansen|nl
f|Anne-Fleur|Mulder|nl
m|Jan-Willem|van 't Hof|nl
m|Thijs|Kok|nl
f|Femke|de Jong|nl
m|Bram|van den Berg|nl
f|Lotte|Visser|nl
m|Sem|Hendriks|nl
f|Julia|Brouwer|nl
m|Niels|Dekker|nl
f|Merel|Schouten|nl
f|Roos|Willemsen|nl
m|Storm|Jacobs|nl
f|Ilse|Bloem|nl
m|Jesse|Kuipers|nl
f|Fenna|Postma|fy
m|Sjoerd|Hoekstra|fy
f|Wietske|de Boer|fy
m|Hidde|Zijlstra|fy
f|Tjitske|Dijkstra|fy
m|Auke|Wierda|fy
m|Soufiane|El Amrani|ma
m|Hamza|Al-Hassan|sy
m|Mohammed|Bouzid|ma|Moh
m|Ayoub|El Idrissi|ma
f|Imane|Azzouz|ma
f|Yasmina|ben Ali|ma
m|Bilal|Ouali|ma
f|Khadija|Boukhari|ma
m|Zakaria|Tahiri|ma|Zaka
m|Ilias|Chakir|ma
f|Oumaima|El Khattabi|ma
m|Noureddine|Haddouchi|ma|Nouri
m|Emre|Yilmaz|tr
f|Elif|Demir|tr
m|Yusuf|Kaya|tr
f|Büşra|Şahin|tr
m|Kerem|Öztürk|tr
f|Zeynep|Aydın|tr
m|Burak|Çelik|tr
m|Ibrahim|Doğan|tr|Ibo
f|Ecrin|Arslan|tr
m|Rajesh|Ramdin|sr-h
f|Sunita|Jagesar|sr-h
m|Vikash|Mahabier|sr-h
f|Shivani|Ramsaran|sr-h
m|Quincy|Pinas|sr-c
f|Shanice|Sabajo|sr-c
m|Jerrel|Wijngaarde|sr-c
f|Naomi|Refos|sr-c
f|Wiwik|Kromodikromo|sr-j
m|Rinaldo|Karijopawiro|sr-j
m|Shurandy|Martina|an
f|Gisella|Isenia|an
m|Jurick|Felida|an
f|Putri|Siregar|id
m|Adi|Nasution|id
f|Semhar|Tesfay|er
m|Yonas|Gebremedhin|er
f|Selam|Habte|er
m|Filmon|Kidane|er
m|Abdirahman|Warsame|so
f|Hodan|Farah|so
f|Ifrah|Jama|so
m|Mahad|Osman|so
m|Dawit|Bekele|et
f|Tigist|Tadesse|et
m|Rami|Haddad|sy
f|Lana|Khoury|sy
m|Tarek|Al-Khatib|sy
f|Rasha|Darwish|sy
m|Farid|Noorzai|af
f|Zahra|Rahimi|af
f|Mursal|Popal|af
m|Mustafa|Al-Jaburi|iq
f|Zainab|Kadhim|iq
m|Kacper|Kowalczyk|pl
f|Zuzanna|Wiśniewska|pl
m|Jakub|Nowak|pl
f|Wiktoria|Wójcik|pl
m|Andrei|Popescu|ro
f|Ioana|Dumitrescu|ro
m|Georgi|Dimitrov|bg
f|Desislava|Petrova|bg
m|Oleksandr|Shevchenko|ua|Sasha
f|Sofiia|Kovalenko|ua
m|Kwame|Mensah|gh
f|Akosua|Owusu|gh
m|Kofi|Boateng|gh
m|Chinedu|Okafor|ng
f|Ngozi|Adeyemi|ng
m|Oluwaseun|Balogun|ng|Seun
m|Wei|Chen|cn
f|Xinyi|Zhang|cn
f|Linh|Nguyen|vn
m|Minh|Tran|vn
m|Jayden|Smith|en
f|Chelsey|Taylor|en
m|Dylan|Parker|en
m|Tiago|Tavares|pt
f|Djamila|Semedo|cv
m|Edson|Monteiro|cv
"""

# Siblings named in records (first names only, never a main person).
SIBLINGS = """
f|Helen
f|Saar
m|Yassin
f|Nisa
m|Olek
f|Aaliyah
m|Kian
f|Mila
m|Idris
f|Amina
"""

# Adults named with a title; the annotated part is the name after the title.
ADULTS = [
    ("mevrouw", "Bakker"), ("meneer", "Smit"), ("mw.", "Mulder"), ("dhr.", "Kok"),
    ("buurman", "Gert"), ("buurvrouw", "Ans"), ("juf", "Marieke"), ("meester", "Bas"),
    ("coach", "Ronald"), ("oom", "Karim"), ("tante", "Fatima"), ("opa", "Henk"),
    ("oma", "Riet"), ("meneer", "van den Berg"), ("mevrouw", "Yilmaz"), ("buurvrouw", "de Jong"),
    ("meneer", "Visser"), ("mevrouw", "Storm"), ("Dhr.", "Peter Schaap"), ("Mevr.", "Roos"),
    ("buurman", "Arie-Jan"), ("juf", "Hatice"), ("meester", "Ruud"), ("tante", "Gerda"),
    ("oom", "Ferdi"), ("oma", "Wil"), ("coach", "Dennis"),
]

SUBJECTS = [
    "jongen (15)", "meisje, 13 jaar,", "jongen van 14", "een meid uit de [[Bloemenbuurt]]",
    "jongere uit [[Kolk-Oost]]", "iemand uit de groep", "een van de jongens bij de kooi",
    "hij", "ze", "een groepje meiden", "jongere (16)", "meisje uit groep 8",
    "jongen uit de brugklas", "jongere die net verhuisd is", "een van de vaste bezoekers",
    "meisje van 12", "oudere jongen (19)", "tweeling van 13 uit [[Rozenhof]]",
    "jongen die bij [[VV Vaartveen]] voetbalt", "meid van de dansgroep",
    "jongen van 13 uit de [[Vogelbuurt]]", "een meisje dat net 16 is", "jongere uit [[Havenkwartier]]",
    "een jongen met een bijbaan bij de [[Jumbo]]", "groepje jongens van 15",
    "meisje (14) uit [[Stationskwartier]]", "iemand van de voetbalgroep", "jongere op de inloop",
    "een jongen uit de flat", "meisje dat elke woensdag komt",
]

PREDICATES = """
wil een bokszak in het jongerencentrum [[De Schakel]]
wil een moestuin achter de flat aan de [[Bremstraat]]
vindt dat er te weinig licht is op het [[Kerkpad]], s avonds is t echt eng
mist een plek om te chillen als het regent
vraagt of de pannakooi in het [[Vaartpark]] ook na 9 uur open kan
zegt dat de auto's op de [[Vaartweg]] veel te hard rijden, vooral bij de school
wil een overdekte bank bij het trapveld
heeft het idee om een graffitimuur te maken bij de tunnel onder het spoor
baalt ervan dat de basketbalpaal al maanden kapot is
zou graag een skatebaan willen in [[Molenveld]]
stelt voor om het lege pand naast de [[Hema]] een jongerenplek te maken
wil wifi in het [[Kolkpark]] zodat ze daar huiswerk kunnen maken
vind dat de bus (lijn 4) veel te weinig rijdt in het weekend
wil meer prullenbakken bij de [[Lidl]], alles ligt vol met blikjes
heeft last van de groepjes bij de [[Jan Linders]] en voelt zich daar niet veilig
wil een pingpongtafel op het [[Marktplein]]
zegt dat het zebrapad bij de [[Sint-Jozefschool]] weg is na de werkzaamheden
vraagt om een fietsenstalling bij het [[Vaartcollege]] met een dak erop
wil dat [[Speeltuin De Klimop]] ook iets heeft voor kids van 12+
mist een plek om te sporten voor alleen meiden
vindt de tunnel bij het station super eng, het stinkt er altijd naar pis
wil een calisthenics toestel bij de [[Havenkade]]
wil dat het jongerencentrum ook op zondag open is
zou een kookclub willen in [[Buurthuis De Kolk]]
vind dat er te veel hondenpoep ligt op het grasveld aan de [[Lindelaan]]
wil een bankje met een stopcontact om je telefoon op te laden
zegt dat de straatlantaarn in de [[Merelstraat]] al weken kapot is
vraagt of er weer een voetbaltoernooi kan komen in de zomer, net als vorig jaar
wil een waterpunt bij het trapveld want in de zomer is het heet
vindt dat de [[Stationsweg]] een echt fietspad nodig heeft, er zijn al 2x bijna ongelukken geweest
wil meer groen in de [[Binnenstad]], alles is steen
zegt dat er geen woningen zijn voor jongeren en dat {zijn} broer al 4 jaar op een lijst staat
wil een muziekstudio waar je gratis kan opnemen
mist de oude snackbar op de hoek, nu is er niks meer om s avonds heen te gaan
wil een chillplek met een dak bij de [[Kastanjelaan]]
heeft het over scooters die over de stoep rijden op het [[Reigerpad]]
vraagt of er camera's kunnen komen bij de fietsenstalling want er worden fietsen gejat
wil dat de [[Action]] langer open is haha
vindt het [[Vaartpark]] te donker, er moeten meer lampen
wil een plek waar je met vrienden kan gamen
zou het chill vinden als er een ijscokar komt in de zomer
zegt dat de kooi aan de [[Sportlaan]] altijd bezet is door oudere jongens
wil dat het hek om het schoolplein na schooltijd open blijft
wil een weggeefkast bij de [[Albert Heijn]]
vindt de nieuwe flats aan de [[Havenkade]] veel te duur voor gewone mensen
mist een huiswerkklas in de buurt, thuis is het te druk
wil meer activiteiten voor meiden tussen 12 en 16
stelt voor om op woensdagmiddag dansles te geven in [[De Schakel]]
klaagt over de stank van het riool bij de [[Kolkweg]]
wil dat er een drempel komt in de [[Tulpstraat]], auto's scheuren daar
wil nieuwe netten aan de basketbalringen, de oude zijn gejat
zegt dat de jongeren in [[Molenveld-Zuid]] niks hebben, alleen een grasveld
vraagt waarom het zwembad dicht is gegaan
wil een plek om te boksen, net als bij [[Boksclub De Stoomhamer]] maar dan gratis
vindt [[VV Vaartveen]] te duur, 180 euro per jaar
wil een tafeltennistafel en een bankje bij de [[Wilgenhof]]
mist een winkel waar je gezond eten kan kopen, er zijn alleen snackbars
heeft het idee om een buurtbarbecue te doen op het [[Marktplein]]
wil dat de bushalte op de [[Stationsweg]] een abri krijgt, je staat nu in de regen
zegt dat de trap in de flat altijd vies is en dat de lift vaak stuk is
wil een openluchtbioscoop in het [[Kolkpark]]
vindt de [[Parallelweg]] s nachts echt onveilig, er is geen licht
wil een bord 'spelende kinderen' in de [[Kievitstraat]]
zou graag bijles willen in het buurthuis
wil een jongerenraad zodat jongeren ook wat te zeggen hebben
zegt dat er in [[Rozenhof]] wordt gedeald op het pleintje
wil een speeltoestel voor kleine kinderen, {zijn} broertje heeft niks
wil een mini-voetbalveld met kunstgras ipv de modder
vind de [[Oude Vaart]] mooi maar er drijft veel troep in het water
wil in de zomer bootjes kunnen huren op de vaart
vraagt om meer handhaving op de [[Kolkdreef]], er wordt te hard gereden
vindt dat er te weinig plek is om fietsen te parkeren bij de [[Jumbo]]
wil een podium in het park voor optredens van jongeren
wil dat de [[Hoofdstraat]] op zaterdag autovrij wordt
heeft glas zien liggen op het voetbalveldje en wil dat het wordt opgeruimd
mist een rustige plek om te lezen of te studeren
wil een beachvolleybalveld langs de [[Oude Vaart]]
zegt dat de [[Narcissenlaan]] vol staat met auto's en er geen plek is om te spelen
wil meer bomen langs de [[Schoolstraat]] want in de zomer is het bloedheet
zou een buurtapp willen waarin jongeren activiteiten kunnen delen
wil gwn een plek waar ze niet weggestuurd worden
zegt dat de politie ze altijd wegstuurt van het [[Marktplein]] terwijl ze niks doen
wil een toernooi tegen jongeren uit andere wijken
vind de trapveldjes egt te klein man
wil iets voor jongeren met een beperking, {zijn} neef zit in een rolstoel
wil een hangplek die niet naast de huizen is zodat niemand gaat klagen
wil dat het gras vaker gemaaid wordt bij het [[Beukenpad]]
vraagt of er een zebrapad kan komen op de [[Populierenlaan]]
zegt dat de steiger aan de [[Havenkade]] kapot is en dat er kids in het water vallen
wil dat de fietsenmaker terugkomt in het winkelcentrum
wil goedkope sportlessen, de sportschool is te duur
mist de jongerenwerker die vorig jaar wegging
wil een plek om te skaten en te steppen in [[Noorderhof]]
vindt het stom dat het trapveld is weggehaald voor parkeerplaatsen
wil een breder fietspad op de [[Dorpsstraat]], nu moet je tussen de auto's door
heeft het idee voor een repair café voor fietsen en telefoons
wil een bankje in de schaduw bij het speelveld aan de [[Spreeuwenlaan]]
zegt dat meiden niet in de kooi durven omdat de jongens daar altijd zijn
wil een openbare wc in het park
vindt de muur bij het station lelijk en wil er kunst op
wil een e-sports avond in [[De Schakel]] met [[FIFA]] en [[Fortnite]]
zou graag vrijwilligerswerk doen maar weet niet waar
wil een bord met bijbaantjes in het buurthuis
vindt dat de [[Vondelstraat]] te smal is voor fietsers en auto's samen
vraagt of het licht op het veld langer aan kan, in de winter is het om 5 uur al donker
heeft last van brommers die s nachts door de [[Bilderdijkstraat]] racen
wil dat de moskee en de kerk samen iets organiseren voor jongeren
wil buiten fitness toestellen zoals in de grote stad
zegt dat de lift in de flat aan de [[Multatulilaan]] al 3 weken stuk is
vindt het winkelcentrum saai, alleen een [[Kruidvat]] en een bakker
wil dat de [[Burgemeester de Vrieslaan]] een 30 km zone wordt
mist een plek om te dansen, er is alleen een kantine
wil een veilig pad door het [[Molenbos]] met lantaarns
wil hulp bij het zoeken naar een stage
vindt dat er te weinig te doen is in de herfstvakantie
zou een graffiti workshop vet vinden
wil dat de bus naar het [[ROC Vaartveen]] s ochtends vaker gaat
wil een kiosk met goedkoop drinken bij het sportveld
wil een plek bij de [[Jan van Galenstraat]] waar je kan basketballen
vindt dat de [[Emmastraat]] heel vies is na de markt
zegt dat {hij} zich niet veilig voelt in de tunnel bij de [[Rozenstraat]]
wil dat de bieb ook op zaterdag tot laat open is om te leren
wil een overkapping bij [[Mavo Noord]] waar je kan wachten op de bus
vraagt of de sloot bij de [[Lijsterbesstraat]] een hek kan krijgen voor de kleintjes
wil dat de [[Nieuwe Gracht]] beter schoongehouden wordt
wil een schaatsbaan op het [[Marktplein]] in de winter
"""

QUOTES = """
er is hier echt niks te doen man, we hangen gwn bij de [[Jan Linders]]
wallah die kooi is altijd vol
ik wil gwn een plek waar we kunnen chillen zonder dat de buren klagen
mn moeder laat me s avonds niet meer naar het park want het is te donker
waarom krijgen de kleine kids alles en wij niks
ff eerlijk, de bus is altijd te laat
wij willen ook gewoon voetballen, niet alleen de jongens
idk, iets met muziek?
tbh het buurthuis is saai, alleen tafelvoetbal
als er een boksclub komt ga ik sowieso
ngl ik voel me niet veilig bij het station
kan er niet gewoon een bankje met een dak komen??
wss gaat er toch niks gebeuren
mijn broertje van 8 kan nergens spelen
we zijn met zn tienen elke vrijdag, geef ons een ruimte
de politie stuurt ons altijd weg, maar waar moeten we heen dan
ik wil later op mezelf wonen maar er is niks betaalbaars
fr de fietsenstalling is een ramp, mn fiets is 2x gejat
als jullie een studio maken kom ik elke dag
ewa doe gwn een kunstgras veld, die modder is niks
ik durf niet door het park als het donker is
de lampen zijn kapot sinds de zomer
kunnen we een keer met de gemeente praten?
er moet wifi komen in het park, mn data is altijd op
alles moet gratis zijn want iedereen is skeer hier
ik zou wel vrijwilliger willen zijn bij de speeltuin
mattie, gewoon een pingpongtafel, is dat zo moeilijk
wij meiden hebben niks, alles is voor jongens
ik ben 14 en ik wil een bijbaantje maar niemand neemt me aan
geef ons een muur voor graffiti, dan blijven de huizen schoon
zet er een ijscokar neer en iedereen is blij haha
echt waar, die scooters op de stoep gaan een keer iemand aanrijden
mn oma kan niet oversteken op de [[Stationsweg]]
we willen gewoon een plek van onszelf
ik kom hier al sinds groep 3 en er is nooit iets veranderd
dit is mijn buurt en ik wil dat het er mooi uitziet
ik zit elke dag op mn kamer want buiten is niks
de kooi is van de groten, wij mogen er nooit in
doe normaal, een basketbalveld zonder ring??
mijn vader zegt dat het vroeger beter was hier
als het regent hebben we echt geen plek
ik wil dansen maar de lessen kosten te veel
waarom is alles om 9 uur dicht
we willen geen gedoe, alleen een plek
ik heb een idee voor een muurschildering met de hele wijk erop
de brug is s avonds eng, daar staan altijd gasten
meer vuilnisbakken pls
kunnen jullie zorgen dat de wifi in het buurthuis werkt
ik wil leren koken, thuis mag ik niet in de keuken
de bus naar school is altijd vol met mensen van het roc
ik zou graag een plek hebben om te tekenen met anderen
sinds de nieuwe flats is het veld weg, dat is toch raar
de kleine kinderen spelen op straat, straks gebeurt er wat
we hebben een petitie gemaakt maar niemand reageert
ik wil later bij de gemeente werken om dit soort dingen te regelen
geef ons een eigen hok en wij maken het schoon, beloofd
"""

EXTRAS = """
ze komen er bijna elke dag
was er echt enthousiast over
gaf aan dat meer jongeren er zo over denken
heeft dit al eerder gezegd, vorig jaar ook
wil graag horen wat er mee gebeurt
wil zelf ook helpen als het doorgaat
had er al een tekening van gemaakt
zei dat de hele vriendengroep meedoet
vond het fijn dat er naar geluisterd werd
weet ook een paar anderen die mee willen denken
"""

HARD_NEGATIVES = """
Rozen planten bij de ingang van het [[Kolkpark]], nu staat er alleen onkruid. een roos is mooier dan een hek zeggen de meiden
Storm van vorige week heeft de goal in het [[Vaartpark]] omver geblazen, is nog steeds niet gemaakt
wil een bloemenperk bij de [[Emmastraat]] met zonnebloemen
Bloemen en plantjes op het [[Marktplein]] zijn allemaal dood, jongeren willen ze zelf water geven
jongen speelt bas in een bandje en zoekt een oefenruimte, thuis kan niet
meiden vinden de sieraden bij [[Primark]] en [[Zara]] te duur, een jade kettinkje kost 15 euro. idee: een ruilmarkt
het hart van de wijk is het [[Marktplein]] maar daar is niks voor jongeren
in de zon zitten kan nergens, alle bankjes staan in de schaduw van de flat
een visser bij de [[Oude Vaart]] zei dat er bijna geen vis meer in zit door de troep
de bakker op de hoek is dicht, nu moeten ze helemaal naar de [[Albert Heijn]]
de kok van het buurthuis maakt op woensdag soep, jongeren willen helpen koken
jong en oud samen op het plein, dat zou mooi zijn volgens de groep
er ligt al 3 maanden een berg zand op het veld aan de [[Sportlaan]]
bij de [[Jan Linders]] hangen om 22:00 altijd groepjes, jongens van 14 en 15
[[Kruidvat]] en [[Hema]] zijn de enige winkels waar ze komen, verder niks in de buurt
ze kijken samen [[Ajax]] - [[PSV]] in het buurthuis en willen een groot scherm
wil met de groep naar [[Feyenoord]], maar kaartjes zijn 25 euro
zaterdag 12 maart is er een buurtschoonmaak, 20 jongeren doen mee
bus 14 rijdt niet meer na 19:30, dan moeten ze lopen
jongens van 14 willen een eigen ruimte, niet met de kleintjes
sinds 2019 is er niks meer gebeurd in het [[Kolkpark]]
[[Memphis]] begon ook op zo'n trapveldje, zeggen ze. dus maak het veld beter
wil een muurschildering van [[Jill Roord]] en [[Wijnaldum]] bij de kooi
in december is het om 5 uur al donker en het pad langs de vaart heeft geen licht
vanaf 13 jaar mag je niet meer in de speeltuin, dat staat op het bord. waar moeten ze dan heen
2,50 per keer voor de sporthal is te veel voor de meeste jongeren
met 8 jongeren de route gelopen van 19:00 tot 20:30 en alle donkere plekken opgeschreven
het veld aan de [[Jan van Galenstraat]] ligt vol glas
de lampen op de [[Burgemeester de Vrieslaan]] branden weer sinds 4 oktober, top
@ de kooi om 8 uur is het altijd vol, er moet een tweede kooi komen
Groep 7 en 8 van de [[Sint-Jozefschool]] mogen na schooltijd niet meer op het plein
de straat heeft 120 huizen en maar 1 speeltuin
bij [[Döner Palace]] kost een broodje 4 euro, ze willen een plek waar je zelf kan koken
na de storm van zondag liggen er nog takken op het fietspad langs de [[Kolkdreef]]
in de [[Bloemenbuurt]] zijn alle straten naar bloemen genoemd, maar er staat geen bloem
1 op de 3 jongeren uit de groep heeft geen bijbaan
ze willen net als [[Max Verstappen]] karten, is er een kartbaan in de buurt?
[[Snelle]] en [[Messi]] posters in het honk, ze willen het zelf inrichten
de [[Lidl]] en de [[Jumbo]] zijn 's avonds de enige plekken met licht
het water bij de [[Havenkade]] is op sommige plekken 3 meter diep, er moet een hek
wil dat [[SC Heerenveen]] een keer een clinic geeft op het veld van [[VV Vaartveen]]
[[Bakkerij Van Dam]] gooit elke avond brood weg, jongeren willen dat uitdelen
wil een grote kaart van de wijk met alle plekken voor jongeren erop
in 2023 is het hek om het veld geplaatst en sindsdien mag niemand erin
de [[Nike]] schoenen slijten op het beton, ze willen kunstgras
vrijdag 7 juni is de laatste schooldag, daarna willen ze een feest in het park
in de hoek van het [[Vaartpark]] ligt altijd afval, er moet een prullenbak
de vos uit het [[Molenbos]] eet uit de vuilniszakken, ze willen dichte containers
wie koning van de kooi wordt krijgt een prijs, idee voor een toernooi in de meivakantie
lief dat de buurvrouw limonade bracht bij het toernooi, ze willen dat vaker samen doen
de wolf uit het sprookje is op de muur bij de kinderboerderij geschilderd, de kleintjes vinden hem eng
"""

NAME_FRAMES = """
{P}
{P} {x}
idee van {A}: {hij} {p}
{AP} idee: {hij} {p}
Gesprek met {A} ({age}) bij de kooi. {Hij} {p}.
{A}: "{q}"
"{q}" - {A}
{S} groetjes {A}
ik ben {AF} {q}
hoi ik ben {A} en {q}
mijn naam is {AF}. {q}
{P} {B} en {C} waren het ermee eens.
{A} kwam samen met {zijn} {sibrel} {SIB}. {Hij} {p}.
{P} (ook namens {zijn} {sibrel} {SIB})
{A} zegt dat {T} van de overkant ook klaagt. {Hij} {p}.
{T} van de overkant {p}.
{P} {T} wil helpen.
{N} {p}
{N} zegt: "{q}"
{A}. {q}
{A}!! {q}
met {A} gepraat over de buurt, {hij} {p}.
{S} (gehoord van {A})
dit kwam van {A} en {B}: {hij} {p}
{S} - {AF}
namens {AF}: {q}
{A} ({age}, [[{buurt}]]): "{q}"
{AF} {p}.
volgens {T} {p2}
{A} en {B} {p_pl}
{AP} idee was dat er iets komt voor jongeren, {hij} {p}
{P} {T} vindt het ook een goed idee.
dit is {AP} idee: {hij} {p}
{AP} moeder belde ons: {hij} {p}
{N} wil ook meedoen, {hij} {p}
{S} ({N} was er ook bij)
"""

# plural predicates (for "A en B ...")
PLURAL_PREDICATES = """
willen een eigen hangplek met een dak
vinden de kooi te klein en willen een groter veld
willen samen een graffitiproject doen bij het station
willen een zomerkamp organiseren voor de buurt
hebben last van de brommers op het [[Kerkpad]]
willen dat het jongerencentrum vaker open is
"""

# clauses after "volgens <title> <name>"
P2 = """
is het veld aan de [[Molenstraat]] s avonds te donker
moet er een drempel komen bij de school
is er te weinig te doen voor de jongeren in [[Noorderhof]]
hangen er 's avonds veel jongeren bij de [[Kruidvat]] omdat er niks anders is
"""

FRAMES = {
"title": """
{T} heeft gebeld: {S}
{S} {T} wil daarbij helpen.
{T} zegt dat de jongeren bij de kooi niks verkeerd doen. {S}
ook {T} vindt dat er iets moet gebeuren: {S}
{T} klaagt over het lawaai bij het trapveld, maar de jongeren willen gewoon een plek. {S}
{A} en {T} hebben samen een plan: {hij} {p}
{T} (van de flat) {p}.
{S} {T} heeft een sleutel van het veld en wil die wel delen.
{T} van de overkant {p}.
{S} {T} van het jongerenwerk gaat het navragen.
""",
"sibling": """
{A} kwam samen met {zijn} {sibrel} {SIB}. {Hij} {p}.
{P} (ook namens {zijn} {sibrel} {SIB})
{AF} en {zijn} {sibrel} {SIB} {p_pl}
{S} {A} nam {zijn} {sibrel} {SIB} mee naar de inloop.
{A} vertelt dat {zijn} {sibrel} {SIB} nergens kan spelen. {Hij} {p}.
""",
"possessive": """
{AP} idee: {hij} {p}
{AP} moeder vertelde het: {hij} {p}
dit kwam uit {AP} tekening: {hij} {p}
volgens {AP} vader {p2}
ook {AP} vriendinnen vinden dat, {hij} {p}
{AP} filmpje van de kooi laat zien hoe donker het daar is. {S}
""",
"phone": """
{P} app {hem} op {phone}
{P} nummer: {phone}
{A} wil teruggebeld worden over {zijn} idee, tel {phone}
{S} bel {A} ff: {phone}
"{q}" ({A}, {phone})
contact via moeder, {phone}. {S}
{S} tel. moeder {phone}
{AP} nummer is {phone}, {hij} {p}
{S} als jullie vragen hebben: {phone} (dat is {A})
{A} wil meedoen met de jongerenraad. mobiel {phone}
{S} vader van {A} belde vanaf {phone}
{S} nr van {A}: {phone} ook whatsapp
{A} {p}. app me: {phone} zei {hij}
{S} {T} heeft een klusbedrijf en wil helpen, {phone900}
{S} bellen na 16u naar {phone}
""",
"email": """
{P} mail: {email}
{A} vroeg of we het verslag naar {email} willen sturen
"{q}" mailen kan naar {email}
{S} e-mail {A}: {email}
stuur maar naar {email} zei {A}. {Hij} {p}.
{S} moeder wil op de hoogte blijven via {email}
{A} {p}. {Zijn} mail is {email}
{P} (contact: {email})
{S} mailadres van {AF}: {email}
{A} heeft een presentatie gemaakt en stuurt die vanaf {email}
""",
"handle": """
{P} {handle}
{A} {p}. {handle}
{S} {handle}
"{q}" {handle}
{A} wil dat we {zijn} filmpje van de kooi delen, {handle}
{S} contact {A}: {handle}
{P} add {hem}: {handle}
{A} maakt filmpjes over de buurt ({handle})
{S} {handle} wil een game-avond organiseren
{A} {p}, {handle}
{S} ({A} {handle})
"{q}" - {handle}
""",
"address": """
{A} woont op {addr} en {p}
{P} ({addr})
adres: {addr}, {pc}. {S}
{S} bij {A} thuis, {addr}
{A} van {addr} {p}
{S} {A} woont {addrx}
"{q}" ik woon {addrx}
{A} {p}. post mag naar {addr} {pc}
{T} van {addr} {p}
{S} ophalen bij {addr} ({pc})
{P} {Hij} woont {addrx}
{S} oma van {A} woont op {addr}, {pc}
""",
"postcode": """
{A} ({pc}) {p}
{S} {A} woont in {pc}
{P} postcode {pc}
""",
"bsn": """
{A} heeft {zijn} bsn gegeven voor de inschrijving: {bsn}
{S} bsn {A}: {bsn}
BSN-nummer {AF} {bsn}. {Hij} {p}.
{S} (bsn moeder {bsn})
{A} {p}. sofinummer {bsn}
burgerservicenummer: {bsn}. {S}
voor de stage heeft {A} {zijn} BSN nodig, {bsn}, {hij} {p}
{AF}, bsn {bsn}, {p}
{S} bsn van {A} staat op de lijst: {bsn}
{A} wil een bijbaan, bsn {bsn}
""",
"birth_date": """
geboortedatum: {bd}. {P}
{A}, geb. {bd}, {p}
{AF} (geboren {bd}) {p}
{A} is jarig op {bdy} en wordt {age}, {hij} {p}
{A} geboren op {bd}. {q}
{AF} {bd} - {S}
{P} dob {bd}
{A} ({bd}) {p}
{A} is op {bdy} geboren en {p}
inschrijving {AF}, geboortedatum {bd}
""",
"initials_age": """
{ia} {p}
jongere {ia}: "{q}"
{S} ({ia})
gesprek met {ia}, {p}
{ia}: "{q}"
{ia} - {p}
""",
"iban": """
{A} wil geld inzamelen voor het toernooi, rekening {iban} t.n.v. {AF}
{S} terugbetalen op {iban}
{S} iban moeder: {iban}
{A} {p}. Voor de kosten: {iban}
{AF} heeft de bonnetjes, geld graag naar {iban}
{S} rekeningnummer {A} {iban}
""",
"licence_plate": """
scooter {plate} rijdt elke avond over de stoep op het [[Kerkpad]]
{A} zegt dat de auto met kenteken {plate} altijd op de stoep staat
{S} de witte bus {plate} staat al weken op het trapveld
brommer van {A} ({plate}) is gejat bij de [[Jumbo]]
{S} scooterboys met kenteken {plate} scheuren door het park
{P} {zijn} vader heeft een auto {plate} die ze willen verkopen voor de club
{S} de zwarte golf ({plate}) rijdt rondjes om het veld
""",
"class_name": """
{A} uit {cls} {p}
{cls} van {T}: {A} {p}
{A} zit in {cls} en {p}
{S} {A} ({cls}) wil ook meedoen
{A} en {B} uit {cls} {p_pl}
{AF}, {cls}, {p}
{A} van {cls} zegt: "{q}"
""",
}

NEG_FRAMES = """
{S}
{S} {x}
{S} "{q}"
jongere zegt: "{q}"
"{q}"
{S} Zei erbij: "{q}"
Straatronde [[{buurt}]]: {S}
{Sa} ({age} jaar)
"{q}" (jongen, {age})
"""

EMAILS = """
sanne.vdmeer@gmail.com
daan2009@hotmail.com
soufiane_ea@outlook.com
emma.devries08@live.nl
kacper.k@gmail.com
imane.azzouz@hotmail.nl
jaydensmith12@icloud.com
b.ouali@ziggo.nl
tigist.t@yahoo.com
lotte [at] gmail punt com
rami(at)hotmail.nl
moh @ outlook . com
femke.dejong AT gmail DOT com
wei.chen apenstaartje hotmail punt com
quincy_p @gmail.com
shanice(a)live.nl
yonas.g[at]outlook.com
ayoub.elidrissi@leerling.vaartcollege.nl
hodanf2008@gmail.com
j.w.vanthof@kpnmail.nl
anne-fleur.mulder@gmail.com
zuzia.w@wp.pl
"""

HANDLES = """
insta: |sanne.vdm
ig |@soufiane.ea
|https://www.instagram.com/kofi.bmg
tt |@emmadevries_
sc: |daan_v09
snap: |ilse.bloemm
discord: |kacper#4821
discord |storm.jcbs
twitter |@Q_pinas
|youtube.com/@HamzaPlays
|twitch.tv/burak_clk
telegram |t.me/rami_hd
whatsapp |wa.me/31642871903
bereal: |jesse.kprs
roblox: |xXSemHXx
fortnite naam |ZakaGoat10
PSN: |kerem_ozt
xbox gamertag |VikashM07
insta |wiwik.k
|tiktok.com/@djamila.sm
tiktok: |@linh.ngn
sc:|lotte_vss
ig: |@georgi_dm
snapchat |chinedu.ok
X: |@ShuraMartina
insta = |elif.dmr_
"""

INITIALS_AGE = """
J. (14)
M.B. 15 jr
A.K., 13
S (16)
R.v.d.B. (15)
T.J. 14jr
K. 16 jaar
N.E., 12 jaar
Y.O. (17)
L (13)
D.S. 16j
H.A. (12)
"""

CLASSES = """
klas 2b
groep 8
2havo-c
brugklas 1a
3vwo
klas 4kb
mavo 3b
groep 7b
h2c
klas 1e
4 havo
2 tl-a
"""

HOUSE_NUMBERS = ["3", "5", "7a", "11", "12", "14", "17", "19b", "23", "28", "31", "36", "41",
                 "44", "52", "58", "63", "67", "71", "85", "92", "104", "117", "129", "133", "146"]
POSTCODE_PREFIXES = ["7621", "7622", "7623", "7624", "7625", "7626", "7627", "7628", "7629"]
