"""Hand-written material for the heldout split. Never shares a name, number or street with dev."""

STREETS = [
    "Julianalaan", "Anne Frankstraat", "Karel Doormanstraat", "Pieter Bothstraat",
    "Marijkestraat", "Dr. Ariënslaan", "Koningin Wilhelminaweg", "Zonnebloemstraat",
    "Vossenlaan", "Wolfsdonkseweg", "Bergweidepad", "Sterrenlaan", "Maanstraat", "Planetenbaan",
    "Zuidhavenkade", "Oosterweideplein", "Eikenlaan", "Esdoornstraat", "Berkenhof", "Iepenweg",
    "Hazelaarpad", "Meidoornstraat", "Vlierstraat", "Molenveldweg", "Schrijverspad",
    "Couperusstraat", "Hooftlaan", "Gorterstraat", "Nijverheidsweg", "Industrieweg",
    "Kanaaldijk", "Sluiskade", "Brugstraat", "Veerpad", "Zandweg", "Van Speijkstraat",
    "Hofstedeweg",
]
PARKS = ["Park Oosterweide", "Sterrenbos", "Zuiderpark", "Speeltuin Zonnedauw"]
SCHOOLS = ["Lorentz Lyceum", "Christelijk Lyceum Vaartveen", "Basisschool De Regenboog",
           "Koningin Julianaschool", "Praktijkschool De Brug"]
COMMUNITY = ["Het Anker", "Jongerenhonk De Loods"]
SHOPS = ["Cafetaria 't Hoekje", "Snackbar Bij Ome Kees", "Shoarma Anadolu"]
CLUBS = ["Zwemclub De Dolfijn", "Vaartveen Hoopers", "FC Twente", "AZ", "Jong Ajax",
         "Go Ahead Eagles", "Vitesse", "Willem II", "FC Groningen"]
FAMOUS = ["Cody Gakpo", "Xavi Simons", "Vivianne Miedema", "Frenna", "Billie Eilish",
          "Mbappé", "Lil Kleine"]
BRANDS = ["PlayStation", "Adidas", "Lime", "Keti Koti"]

PERSONS = """
f|Lieke|van Dijk|nl
m|Gijs|van Leeuwen|nl
f|Noor|de Graaf|nl
m|Tim|Koster|nl
f|Eva|Vermeulen|nl
m|Stijn|Bosman|nl
f|Sterre|Hoek|nl
m|Teun|de Wolf|nl
f|Lief|Koning|nl
m|Mees|Vos|nl
f|Jade|van der Hoek|nl
m|Sven|'t Hart|nl
f|Floor|van Zon|nl
m|Joep|Peeters|nl
f|Isa|Lammers|nl
m|Koen|Timmermans|nl
f|Maud|Claassen|nl
m|Rik|Gerritsen|nl
f|Hazel|de Haan|nl
m|Job|Winter|nl
f|Puck|Vink|nl
m|Dirk-Maarten|van Beek|nl
f|Marie-Louise|Hoogendoorn|nl
m|Jorrit|Bouma|fy
f|Sietske|Terpstra|fy
m|Tjeerd|Kuperus|fy
f|Baukje|Hofstra|fy
m|Douwe|Wiersma|fy
m|Mohamed|Ait Taleb|ma|Mo
m|Yassine|Bouchtaoui|ma
f|Salma|El Ouardi|ma
m|Adam|Ziani|ma
f|Nisrine|Lahlou|ma
m|Mehdi|Haddaoui|ma
f|Hajar|Akhiat|ma
m|Othman|Belhaj|ma
f|Souad|Aberkane|ma
m|Ömer|Koç|tr
f|Ayşe|Güler|tr
m|Mehmet|Aksoy|tr|Memo
f|Hira|Polat|tr
m|Enes|Kılıç|tr
f|Esra|Yıldız|tr
m|Cem|Erdem|tr
m|Anil|Baldewsingh|sr-h
f|Priya|Ramlal|sr-h
m|Ravi|Sewdien|sr-h
f|Devika|Jhinkoe|sr-h
m|Jermaine|Doelwijt|sr-c
f|Roshelle|Vinkenoog|sr-c
m|Romano|Zeefuik|sr-c
f|Chantal|Lont|sr-c
f|Sri|Soemodihardjo|sr-j
m|Sutrisno|Kromosoeto|sr-j
m|Shaquille|Rosaria|an
f|Naysha|Pieternella|an
m|Gilliano|Sillé|an
f|Wulan|Tanumihardja|id
m|Bayu|Wibowo|id
f|Senait|Tekle|er
m|Merhawi|Berhane|er
m|Amanuel|Ghebreyesus|er
f|Luwam|Asmerom|er
m|Abdullahi|Hirsi|so
f|Xamdi|Abdi|so
f|Sagal|Mohamud|so
m|Liban|Egal|so
f|Meseret|Alemu|et
m|Abebe|Girma|et
f|Bethlehem|Tsegaye|et
m|Majd|Shaaban|sy
f|Nour|Al-Masri|sy
m|Omar|Kassab|sy
f|Reem|Al-Homsi|sy
m|Hamid|Karimi|af
f|Parwana|Sultani|af
m|Ahmad Shah|Amiri|af
m|Haider|Al-Rubaie|iq
f|Ruqaya|Hussein|iq
m|Sajad|Kareem|iq
m|Bartosz|Zieliński|pl
f|Oliwia|Lewandowska|pl
m|Mateusz|Kamiński|pl
f|Natalia|Szymańska|pl
m|Mihai|Ionescu|ro
f|Andreea|Stoica|ro
m|Ivan|Georgiev|bg
f|Kalina|Todorova|bg
m|Dmytro|Bondarenko|ua
f|Anastasiia|Tkachenko|ua|Nastya
m|Mykola|Melnyk|ua
f|Ama|Asante|gh
m|Yaw|Agyeman|gh
f|Efua|Osei|gh
m|Emeka|Okonkwo|ng
f|Adaeze|Eze|ng
m|Tobi|Adebayo|ng
f|Funmilayo|Ogunleye|ng|Funmi
m|Hao|Liu|cn
f|Mei Ling|Wang|cn
f|Thao|Pham|vn
m|Huy|Hoang|vn
f|Lan|Vu|vn
m|Kyle|Johnson|en
f|Britney|Evans|en
m|Jamie|Walker|en
f|Inês|Fernandes|pt
m|João|Lopes|pt
f|Lúcia|Gomes|cv
m|Nilton|Barros|cv
"""

SIBLINGS = """
f|Dunya
m|Ruben
f|Liva
m|Ayman
f|Zoë
m|Mikail
f|Nola
m|Thom
f|Hiba
m|Levi
"""

ADULTS = [
    ("mevrouw", "Koning"), ("meneer", "Vos"), ("dhr.", "de Wolf"), ("mw.", "van der Hoek"),
    ("buurman", "'t Hart"), ("buurvrouw", "van Zon"), ("juf", "Annelies"), ("meester", "Erik"),
    ("coach", "Patrick"), ("oom", "Rachid"), ("tante", "Naima"), ("opa", "Wim"), ("oma", "Truus"),
    ("buurman", "Theo"), ("buurvrouw", "Ria"), ("mevrouw", "Aberkane"), ("meneer", "Timmermans"),
    ("Mw.", "Winter"), ("Dhr.", "Hoek"), ("juf", "Jolanda"), ("meester", "Sander"),
    ("tante", "Hülya"), ("oom", "Ramon"), ("opa", "Berend"), ("coach", "Mitchell"),
    ("mevrouw", "Sterre de Lange"), ("buurman", "Lief"),
]

SUBJECTS = [
    "meid van 15", "jongen, 17,", "tienermeisje", "een jongen uit [[Sterrenwijk]]",
    "jongere (14)", "een van de meiden van de dansgroep", "een jongen die vaak in de kooi staat",
    "ze", "hij", "groepje van 5 jongens", "jongere uit [[Hartkamp]]", "een van de nieuwkomers",
    "een oudere jongen (18)", "brugklasser", "meisje (11)", "jongen van 16 uit [[Wolfsdonk]]",
    "de oudste van twee zussen", "jongen met een scooter", "meisje dat bij [[Zwemclub De Dolfijn]] zit",
    "jongere van het [[Lorentz Lyceum]]",
    "een tiener uit [[Zonnehof]]", "jongen (13)", "meid uit de derde klas", "iemand van de dansles",
    "jongere die in [[Koningshof]] woont", "een jongen die bij de [[Aldi]] werkt",
    "groepje meiden van 14", "een meisje op de fiets", "jongere (17) uit [[Schrijversbuurt]]",
    "de jongste van de groep",
]

PREDICATES = """
heeft zin in een overdekte hangplek in [[Park Oosterweide]]
wil dat de kapotte schommels in [[Speeltuin Zonnedauw]] gemaakt worden
vindt het [[Sterrenbos]] s avonds doodeng, er is geen enkele lamp
vraagt of er een voetbalkooi kan komen in [[Wolfsdonk]]
klaagt dat de stoep op de [[Julianalaan]] helemaal scheef ligt, oudjes vallen daar
wil een plek waar je kan sporten zonder abonnement
zegt dat fietsers op de [[Sluiskade]] tegen het verkeer in rijden
wil dat [[Het Anker]] ook s avonds open is voor 16+
wil een skatepark naast het [[Lorentz Lyceum]]
mist een plek om met de meiden te zitten zonder dat er jongens komen storen
vindt het kruispunt [[Anne Frankstraat]] / [[Karel Doormanstraat]] levensgevaarlijk
wil zonnepanelen op het dak van [[Basisschool De Regenboog]]
zou het leuk vinden als er een markt komt met eten van overal
stelt voor om een minibieb-kastje in de [[Meidoornstraat]] neer te zetten
wil een hondenlosloopgebied zodat de honden niet meer op het speelveld poepen
vindt dat de lantaarnpalen langs de [[Kanaaldijk]] om 11 uur uitgaan en dan is het pikkedonker
wil gratis fitness buiten in het [[Zuiderpark]]
wil een oversteekplaats bij de [[Aldi]] op de [[Nijverheidsweg]]
heeft gehoord dat het buurthuis dicht gaat en vindt dat echt zonde
wil meer bankjes langs het [[Veerpad]] voor ouderen en jongeren
vraagt of de sporthal ook in het weekend gebruikt mag worden
mist een plek waar je met vrienden kan koken
wil dat de struiken in de [[Vlierstraat]] gesnoeid worden want je ziet niks als je oversteekt
vindt de [[Zuidhavenkade]] de mooiste plek van de stad maar er is niks te doen
wil een padelbaan, iedereen doet dat nu
wil dat de graffiti in het [[Zuiderpark]] blijft want dat is kunst
zegt dat de jongens uit [[Sterrenwijk]] en [[Bergweide]] altijd ruzie hebben om het veld
wil een plek om veilig te leren scooterrijden
wil een wasserette in de buurt, veel mensen hebben geen wasmachine
wil de oude garage aan de [[Industrieweg]] ombouwen tot oefenruimte voor bandjes
wil meer politie op straat in het weekend
vindt de huizen in [[Koningshof]] te klein voor grote gezinnen
zou graag zien dat er in de zomer hutten gebouwd kunnen worden
wil dat de brug bij de [[Brugstraat]] breder wordt voor fietsers
mist de ijsbaan die er vroeger was
wil dat [[Zwemclub De Dolfijn]] ook vrij zwemmen heeft voor tieners
vindt dat er te veel lege winkels zijn in de [[Brugstraat]]
wil een basketbalveldje bij het [[Hazelaarpad]]
wil dat er iemand in het buurthuis is om mee te praten als het thuis niet goed gaat
vraagt of er betere verlichting kan komen bij de bushalte op de [[Sterrenlaan]]
wil een jongerenkamer in [[Bergweide]]
vindt dat de [[Koningin Wilhelminaweg]] geen fietspad heeft en dat dat gevaarlijk is
wil een plek met hangmatten in het park, net als op vakantie
wil een kunstgrasveldje ipv die bult zand aan de [[Eikenlaan]]
zegt dat het in de portiek naar wiet stinkt en dat kleine kinderen dat ruiken
wil een zomerschool voor wiskunde
mist een plek om samen te komen die niet van de moskee of de kerk is
vraagt om een tweede tafeltennistafel want er staat altijd een rij
vindt het [[Oosterweideplein]] te leeg, er mogen bomen en bankjes bij
wil gratis zwemles voor jongeren die het nooit geleerd hebben
wil een parkourbaan bij [[Praktijkschool De Brug]]
heeft een idee voor een jongerenfestival op het [[Oosterweideplein]]
klaagt over de rotzooi na de markt in de [[Esdoornstraat]]
wil een scooterparkeerplek bij de [[McDonald's]] want nu staat iedereen op de stoep
zegt dat het voetgangerslicht op de [[Iepenweg]] veel te kort groen is
wil een meidenavond op vrijdag in [[Het Anker]]
wil een digitaal prikbord waar je ziet wat er te doen is
vindt de bosjes bij de [[Berkenhof]] eng, daar hangen vaak mannen
wil een plek om op te nemen en te rappen
mist een gezellige plek na school, nu hangt iedereen bij de [[Kwalitaria]]
wil dat de [[Wolfsdonkseweg]] een 30 km weg wordt
vindt dat de nieuwbouw aan de [[Sluiskade]] alleen voor rijke mensen is
wil een buurtmoestuin met kippen
zou een boksring in het [[Zuiderpark]] bizar vinden
vraagt of er een natuurspeeltuin kan komen aan het [[Bergweidepad]]
wil fietsenrekken bij de [[Plus]] want anders wordt je fiets weggesleept
heeft het idee voor een jongerenkrant van de wijk
zegt dat er elke avond brommers racen op de [[Planetenbaan]]
wil meer kleur op de grijze flats aan de [[Maanstraat]]
vindt het jammer dat er geen pinautomaat meer is in [[Oosterweide]]
wil een plek waar jongeren een bijbaantje kunnen vinden, bv bij de [[Dirk]] of de [[Zeeman]]
wil een avondwandeling met de wijkagent om te laten zien waar het onveilig is
wil kluisjes voor fietshelmen bij het [[Christelijk Lyceum Vaartveen]]
mist groen in [[Zuidhaven]], alleen maar beton en containers
wil een hek om de speeltuin in de [[Couperusstraat]] tegen de honden
vindt dat jongeren meer mogen meebeslissen over het [[Zuiderpark]]
wil een pumptrack voor bmx en mountainbike
vraagt waarom de sportschool in [[Hartkamp]] zo duur is
wil een schaakbord buiten met grote stukken
wil in de winter een warme plek waar je gratis thee kan krijgen
zegt dat de bus (lijn 12) altijd te laat is en dat {hij} dan het eerste uur mist
vindt het pleintje aan de [[Gorterstraat]] te klein om te voetballen
wil een openbare piano in het winkelcentrum van [[Zuidhaven]]
wil dat er in de wijk meer gevierd wordt, zoals [[Keti Koti]] en het Suikerfeest
zou willen dat de jongerenwerker vaker langskomt in [[Vossenpark]]
vindt het jammer dat het veldje aan de [[Hooftlaan]] altijd op slot zit
wil een plek waar meiden die het niet kunnen leren fietsen
wil graag een buurtfeest met muziek van [[Frenna]] ofzo haha
klaagt dat de containers op het [[Schrijverspad]] altijd vol zitten
wil dat de [[Molenveldweg]] richting station beter verlicht wordt
zegt dat {hij} met de bus 40 minuten onderweg is naar school
wil een cricketveld, veel jongens uit de buurt spelen dat
wil een steigertje om te vissen aan de [[Kanaaldijk]]
mist een café voor jongeren zonder alcohol
wil een grote picknicktafel bij de vijver in [[Park Oosterweide]]
vindt de [[Zandweg]] een racebaan, er moeten drempels komen
wil een zwemsteiger aan de [[Sluiskade]]
wil dat er in [[Het Anker]] een [[PlayStation]] komt
wil dat de [[Pieter Bothstraat]] na de verbouwing weer open gaat voor fietsers
zegt dat de vijver bij de [[Marijkestraat]] in de zomer stinkt
wil een klimmuur
wil dat oudere jongeren jongere kids helpen met huiswerk, als maatjes
vindt dat de wijkagent vaker moet langskomen op het [[Oosterweideplein]]
wil betaalbare starterswoningen in [[Zuidhaven-Kade]]
zou graag een plek met een pooltafel willen in [[Zuidhaven]]
wil dat het pad langs het spoor verlicht wordt, daar loopt {hij} elke dag
wil minder reclame voor gokken in de bushokjes
vindt de [[Dr. Ariënslaan]] een mooie straat maar er mag wel een speelplek komen
wil een survivalbaan in het [[Sterrenbos]]
wil meer sport na de iftar in de ramadan
vindt dat de stoep van de [[Koningin Wilhelminaweg]] te smal is voor kinderwagens en scootmobielen
wil dat de gemeente luistert, ze hebben het al 3 keer gevraagd
wil dat er meer te doen is voor jongeren in [[Hartkamp]]
wil een plek om te dansen (afro, hiphop)
zegt dat de speelplek aan de [[Planetenbaan]] alleen voor kleine kinderen is
wil een clinic van een trainer van [[Jong Ajax]]
vindt het vet als [[FC Twente]] een keer een training komt geven
wil een ontmoetingsplek voor jongeren die net in Nederland zijn
mist een stille ruimte om te bidden in het sportcentrum
wil een picknickplek aan de [[Zonnebloemstraat]]
wil deelfietsen van [[Lime]] in de wijk want de bus is te duur
vraagt of de [[Van Speijkstraat]] eenrichtingsverkeer kan worden
wil een skatebowl op het parkeerterrein aan de [[Hofstedeweg]]
wil dat [[Jongerenhonk De Loods]] een nieuwe bank en een koelkast krijgt
vindt dat de [[Vossenlaan]] een zebrapad bij de school nodig heeft
"""

QUOTES = """
bro er is hier NIKS, we zitten elke avond in het bushokje
kan de gemeente niet gewoon een keer luisteren
mijn ouders vinden het [[Sterrenbos]] te gevaarlijk
wollah ik ben het zat dat de kooi op slot is
we willen padel!! iedereen in de klas doet het
ik loop elke dag langs de [[Kanaaldijk]] en daar is geen licht
ong de bus is altijd vol in de ochtend
ik heb geen plek om huiswerk te maken, thuis is te druk met mn broertjes
laat ons zelf iets bouwen, een hut of zo
egt, waarom mag het buurthuis niet langer open
doe een gratis sportschool, dan gaan jongeren niet rondhangen
mn zus is bang om alleen naar school te fietsen
de speeltuin moet ook voor ons zijn, niet alleen voor baby's
geen idee eigenlijk, misschien iets met dieren?
het park is vies, overal lachgas patronen
we zijn met z'n twintigen, we hebben gewoon ruimte nodig
ik vind het hier eigenlijk wel chill, alleen meer bankjes
ik wil een plek om te rappen, thuis mag het niet
fietsen jatten is hier normaal geworden
ik ben 16 en ik kan nergens werken, alle bijbaantjes zijn weg
de buren bellen steeds de politie als we buiten zijn
meer lampen = minder gedoe, simpel
ik zou graag een keer met de burgemeester praten
zelfs de [[McDonald's]] stuurt ons weg
wij zijn niet het probleem, er is gewoon niks
als er een cricketveld komt speel ik elke dag
ik mis mijn oude wijk, daar was wel een jongerencentrum
yo kan er een basketbalring bij de flat
mn moeder zegt altijd: blijf uit het park na 9 uur
een wasmachine delen met de buren zou echt helpen
waarom zijn alle leuke dingen in het centrum
ik voel me hier thuis maar het kan beter
de nieuwe huizen zijn niet voor ons, dat weet iedereen
ik fiets 25 min naar school, geef ons een beter fietspad
geef ons een eigen sleutel van het honk, we zijn te vertrouwen
jullie vragen het elk jaar en er gebeurt nooit wat lol
na school ga ik gwn naar huis want er is niks
die oude jongens nemen altijd het veld over
serieus, een fietspad is toch niet zo duur
mn opa zegt dat hier vroeger een zwembad was
we staan altijd in de regen bij de bushalte
ik wil op kickboksen maar dat is te ver weg
waarom moet alles dicht als wij vrij zijn
we willen niemand lastigvallen, echt niet
ik heb al een tekening gemaakt van hoe het moet
bij het spoor is het donker en daar staan gasten
zet er gwn een paar bankjes, klaar
het honk heeft geen wifi, hoe dan
mn moeder werkt laat, ik wil ergens eten met anderen
de scholieren van buiten nemen de bus over
ik zou een plek willen om samen muziek te maken
vroeger was hier een veld, nu is het een parkeerplaats
de kleintjes fietsen tussen de auto's, dat gaat mis
we hebben handtekeningen verzameld maar er gebeurt niks
ik wil later architect worden, mag ik meedenken?
als jullie een ruimte geven houden wij hem netjes
"""

EXTRAS = """
zegt dat de hele klas het ermee eens is
kwam er zelf mee naar het honk
wil op de hoogte blijven
heeft er een filmpje van gemaakt voor de groep
had het idee samen met vriendinnen bedacht
vindt het belangrijk dat de kleintjes het ook kunnen gebruiken
was een beetje verlegen maar wist precies wat {hij} wilde
zou het zelf willen opknappen met anderen
noemde dit als belangrijkste punt
denkt dat het weinig kost
"""

HARD_NEGATIVES = """
de rozenstruiken bij het [[Oosterweideplein]] zijn vernield, jongeren willen nieuwe planten
Zon staat de hele middag op het speelveld, geen schaduw. ze willen een boom of een doek
ze willen een groot hart schilderen op de muur bij de [[Brugstraat]], als kunstwerk voor de wijk
bij [[Cafetaria 't Hoekje]] is het na school altijd druk, er moet een tweede zitplek komen
in de hoek van het veld zit een groot gat in het hek
Vos gespot in het [[Sterrenbos]]! de kids willen een bord over de dieren die er leven
zoekt een oefenruimte om bas en gitaar te spelen
[[Snackbar Bij Ome Kees]] gaat om 21:00 dicht, daarna is er nergens meer licht
koning van het veld worden is alles voor die jongens, idee: een toernooi met een beker
Koningsdag op het [[Oosterweideplein]] was leuk, meer van dat
een lief idee: kaartjes maken voor eenzame ouderen in de flat
de sterren kun je nergens zien door al het licht van de [[Industrieweg]]
de berg aan het [[Bergweidepad]] is perfect om te sleeën als het sneeuwt
jongeren van 16 en 17 willen een bijbaan bij de [[Aldi]] of de [[Dirk]]
de jongens willen een FIFA-toernooi en spelen met [[Willem II]], [[Vitesse]] en [[FC Groningen]]
[[Cody Gakpo]] en [[Xavi Simons]] zijn hun helden, ze willen een echte kooi
[[Jong Ajax]] speelde vorig jaar een oefenwedstrijd hier, dat was vet
op donderdag 3 oktober is er een infoavond om 19.30 uur in [[Het Anker]]
lijn 12 en lijn 7 gaan niet naar [[Oosterweide]]
een kaartje voor het zwembad kost €5,75, te duur voor de meesten
jongens van 15 en een meisje van 12 hebben dit samen bedacht
het veld is 40 bij 20 meter, te klein om 11 tegen 11 te spelen
in 2024 of zo is het veld weggehaald en er is niks voor teruggekomen
de [[McDonald's]] is de enige plek met gratis wifi
[[Billie Eilish]] uit een speaker in het park, nee gewoon een plek waar muziek mag
winter is saai, in de zomer is er meer te doen
ze zijn met 12 man van [[Het Anker]] naar het gemeentehuis geweest
tussen 22:00 en 06:00 mag er geen muziek meer, zegt de wijkagent
het pleintje staat op nummer 1 in de lijst van onveilige plekken van de jongeren
klas 3 van het [[Lorentz Lyceum]] heeft een petitie gemaakt voor een fietspad
de wolf is terug in Nederland, de kids willen een natuurles in het [[Sterrenbos]]
de winkels op de [[Brugstraat]] gaan om 6 uur dicht, daarna is er niks
een jade steen gevonden in de zandbak haha, verder alleen glas. zandbak moet schoon
de [[Zeeman]], [[Wibra]] en [[Etos]] zitten naast elkaar maar er is geen bankje
[[Vivianne Miedema]] is hun voorbeeld, de meiden willen een eigen voetbalteam
de [[Go Ahead Eagles]] sjaal hangt in het honk, ze willen vaker samen voetbal kijken
zaterdag 21 september buurtfeest, de jongeren willen de muziek doen
het kost 3 euro 50 om te zwemmen, een gratis middag per week zou helpen
om half 10 gaan de lampen in het park uit
ze zijn met 6 meiden die samen een dansgroep willen starten
de [[Adidas]] tas van een jongen is gejat bij de kooi, ze willen camera's
lief en leed van de buurt bespreken in het honk, dat lijkt ze wat
[[Mbappé]] en [[Lil Kleine]] stickers op de paal, ze willen een eigen muur
de hoek bij de [[Iepenweg]] is een blinde bocht, fietsers zien niks
sinds 2021 staat het honk leeg op dinsdag
in groep 8 kregen ze les over de wijk, nu willen ze zelf ideeën geven
ze willen een dartbord in het honk, wie de roos gooit wint een snack
bij storm waait de partytent van het jongerenwerk altijd om, ze willen een vaste overkapping
een grote bloem spuiten op het transformatorhuisje, dat is het plan van de graffitigroep
bij de [[Jan Linders]] op de hoek staat geen fietsenrek, iedereen zet zn fiets tegen het raam
[[Hema]], [[Zara]] en [[Primark]] zitten allemaal in het centrum, in [[Zuidhaven]] is niks
na 20:00 is alleen de [[Albert Heijn]] nog open, daar hangt dan iedereen
[[Kruidvat]], [[Lidl]] en [[Action]] hebben samen 1 bankje ervoor, ze willen er meer
de visser aan de [[Kanaaldijk]] zegt dat jongeren er vuurwerk in het water gooien
het jong van de zwaan bij de vijver is dood gegaan, ze willen een bord dat je geen brood mag gooien
"""

NAME_FRAMES = """
{P}
{P} {x}
{A} heeft een idee: {hij} {p}
{AP} voorstel: {hij} {p}
Kort gesproken met {A} ({age}) op het plein. {Hij} {p}.
{A} zei: "{q}"
"{q}" zegt {A}
{S} xx {A}
ik heet {A}, {q}
yo ik ben {AF} en {q}
hallo, mijn naam is {AF}. {q}
{P} {B} en {C} zeiden hetzelfde.
{A} was er met {zijn} {sibrel} {SIB}. {Hij} {p}.
{P} {zijn} {sibrel} {SIB} wil dat ook.
{A} vertelt dat {T} twee deuren verder er ook over klaagt. {Hij} {p}.
{T} uit de portiek {p}.
{P} {T} denkt mee.
{N} {p}
{N}: "{q}"
{A}? {q}
{A} - {q}
samen met {A} door de wijk gelopen, {hij} {p}.
{S} (tip van {A})
{A} en {B} hadden het idee: {hij} {p}
{S} groet, {AF}
van {AF}: "{q}"
{A} ({age}, [[{buurt}]]) {p}
{AF} {p}.
volgens {T} {p2}
{A} en {B} {p_pl}
{AP} plan is simpel, {hij} {p}
{P} {T} steunt het idee.
komt uit {AP} koker: {hij} {p}
{AP} vader vertelde: {hij} {p}
{N} doet ook mee en {p}
{S} (zei {N} ook)
"""

PLURAL_PREDICATES = """
willen een wedstrijd tegen de jongeren van [[Wolfsdonk]]
vinden dat het honk te klein is geworden
willen een eigen moestuinbak bij [[Het Anker]]
hebben last van de hangouderen bij de [[Kwalitaria]]
willen dat de kooi in het weekend langer open blijft
willen een voorleesmiddag voor de kleintjes organiseren
"""

P2 = """
is de oversteek op de [[Iepenweg]] te gevaarlijk voor kinderen
kan het veld aan de [[Eikenlaan]] beter een kunstgrasveld worden
staan er te weinig bankjes in het [[Zuiderpark]]
is er vorig jaar al beloofd dat het honk opgeknapt wordt
"""

FRAMES = {
"title": """
{T} belde ons op: {S}
{T} is boos over de brommers. {S}
{S} {T} doet mee als vrijwilliger.
{T} geeft al jaren training op het veld en {p}.
ook {T} vindt: {S}
{A} heeft het met {T} besproken, {hij} {p}
{T} van de overkant zei: {A} {p}
{T} wil dat het pleintje opgeknapt wordt. {S}
{S} Dat zegt {T} ook.
{S} {T} uit de portiek wil meedenken.
""",
"sibling": """
{A} was er met {zijn} {sibrel} {SIB}. {Hij} {p}.
{P} {zijn} {sibrel} {SIB} wil dat ook.
{AF} en {zijn} {sibrel} {SIB} {p_pl}
{S} {A} kwam het samen met {zijn} {sibrel} {SIB} vertellen.
{zijn_cap} {sibrel} {SIB} ({age}) zegt hetzelfde: {A} {p}
""",
"possessive": """
{AP} plan: {hij} {p}
{AP} oma belde: {hij} {p}
uit {AP} briefje: {hij} {p}
{AP} vrienden staan erachter, {hij} {p}
volgens {AP} moeder {p2}
{AP} tekening van het nieuwe veld hangt in het honk. {S}
""",
"phone": """
{P} bel {hem} gerust: {phone}
{A} is bereikbaar op {phone}
{S} {A} wil graag een belletje, {phone}
"{q}" (tel {A} {phone})
{S} moeder van {A}: {phone}
{AP} mobiel {phone} - {hij} {p}
{S} graag terugbellen op {phone}
{A} geeft {zijn} nummer: {phone}. {Hij} {p}.
{P} whatsapp {phone}
{S} vader belt liever: {phone}
{A} {p}. nummer {phone}
{S} mijn nummer {phone} groetjes {A}
{T} belde namens {A} vanaf {phone}
{S} bereikbaar tussen 17 en 19 uur op {phone}
{S} {T} heeft een rijschool en wil lessen sponsoren: {phone900}
{A} {p}, stuur een appje naar {phone}
""",
"email": """
{P} mailadres: {email}
{A} wil een kopie van het verslag op {email}
"{q}" mail me: {email}
{S} {A} mailt liever, {email}
{A} {p}. bereikbaar via {email}
{S} ouders willen mail op {email}
{P} e-mail {email}
{S} het e-mailadres van {AF} is {email}
{A} stuurt de tekeningen op vanaf {email}
{S} stuur info naar {email} ({A})
""",
"handle": """
{P} {handle}
{A} post alles online: {handle}
{S} {handle}
"{q}" volg {handle}
{A} heeft een filmpje van het veld gemaakt, {handle}
{S} {A} is te vinden via {handle}
{P} {handle} (van {A})
{A} {p}. {handle}
{S} {handle} - wil een toernooi in het honk
{A} {p}, zoek {hem} op: {handle}
{S} ({A}, {handle})
"{q}" {handle}
""",
"address": """
{A} woont aan de {addr} en {p}
{P} (adres {addr})
woonadres {addr} {pc}. {S}
{S} langsgaan bij {A}, {addr}
{A} uit de {addr} {p}
{S} {A} woont {addrx}
"{q}" wij wonen {addrx}
{A} {p}. brief sturen naar {addr}, {pc}
{T} op {addr} {p}
{S} afspraak bij {addr} ({pc})
{P} {Hij} woont {addrx}
{S} {A} logeert bij opa op {addr}, {pc}
""",
"postcode": """
{A} (postcode {pc}) {p}
{S} {A} komt uit {pc}
{P} pc {pc}
""",
"bsn": """
{A} gaf {zijn} BSN voor het formulier: {bsn}
{S} BSN {A} {bsn}
burgerservicenummer {AF}: {bsn}. {Hij} {p}.
{S} (bsn vader {bsn})
{A} {p}. bsn: {bsn}
BSN {bsn}. {S}
{A} heeft {zijn} bsn nodig voor de bijbaan, {bsn}, {hij} {p}
{AF} - BSN {bsn} - {p}
{S} het bsn van {A} is {bsn}
{A} wil zich inschrijven voor de zomerschool, bsn {bsn}
""",
"birth_date": """
geb.datum {bd}. {P}
{A}, geboren {bd}, {p}
{AF} (geb. {bd}) {p}
{A} wordt {age} op {bdy} en {p}
{A} is geboren op {bd}. {q}
{AF} {bd} | {S}
{P} geboortedatum {bd}
{A} (geb {bd}) {p}
{A} heeft op {bdy} {zijn} verjaardag en {p}
aanmelding {AF}, geboren op {bd}
""",
"initials_age": """
{ia} {p}
jongere, {ia}, zegt: "{q}"
{S} - {ia}
gesproken met {ia}: {hij} {p}
{ia} zegt "{q}"
{ia}: {p}
""",
"iban": """
{A} zamelt geld in voor de buurtbarbecue: {iban} t.n.v. {AF}
{S} geld terug naar {iban}
{S} rekening van moeder: {iban}
{A} {p}. IBAN {iban}
{AF} betaalde voor, graag terugstorten op {iban}
{S} iban {A}: {iban}
""",
"licence_plate": """
de scooter {plate} rijdt steeds over het fietspad langs het [[Veerpad]]
{A} zegt dat de bestelbus {plate} elke avond in de [[Vossenlaan]] op de stoep staat
{S} een auto met kenteken {plate} blokkeert de ingang van het veld
de brommer van {A} ({plate}) is gestolen bij [[Het Anker]]
{S} de jongens met de zwarte scooter {plate} racen langs de school
{P} {zijn} broer heeft een busje {plate} en kan helpen met verhuizen van het honk
{S} de grijze polo ({plate}) staat al maanden op de [[Hooftlaan]]
""",
"class_name": """
{A} uit {cls} {p}
{cls} van {T}: {A} {p}
{A} zit in {cls} en {p}
{S} {A} ({cls}) doet mee
{A} en {B} uit {cls} {p_pl}
{AF}, {cls}, {p}
{A} uit {cls} vertelt: "{q}"
""",
}

NEG_FRAMES = """
{S}
{S} {x}
{S} "{q}"
een jongere zei: "{q}"
"{q}"
{S} En verder: "{q}"
Ronde door [[{buurt}]] - {S}
{Sa} (leeftijd {age})
"{q}" - meisje van {age}
"""

EMAILS = """
lieke.vandijk@gmail.com
gijsvl@hotmail.com
salma.eo@outlook.com
noor_degraaf@live.nl
mehmet.aksoy@gmail.com
bartosz.z@onet.pl
kyle.j2008@icloud.com
tim.koster@ziggo.nl
sterre [at] hotmail [dot] com
mo(at)gmail.com
teun @ live . nl
nour.almasri AT outlook DOT com
hao punt liu apenstaartje gmail punt com
jade_vdhoek @hotmail.com
priya(a)outlook.com
senait.t[at]gmail.com
emeka.o@leerling.lorentzlyceum.nl
thao.pham09@gmail.com
ivan.georgiev@abv.bg
ines.fernandes@sapo.pt
a.ziani@kpnmail.nl
sagal.m2007@hotmail.com
"""

HANDLES = """
insta |lieke.vdijk
ig: |@salma.elouardi
|https://instagram.com/yaw.agy
tiktok |@noordegraaf_
snap |gijs_vl07
sc |puckvink.x
discord |mateusz#9031
dc: |teun.dwolf
x |@Mo_AitTaleb
|youtube.com/@EnesGaming
|twitch.tv/haider_rb
|t.me/majd_sh
app: |wa.me/31658204716
BeReal |sven.thart
roblox |xXKoenTXx
fortnite: |HuyFN2009
psn |omer_koc
xbox: |AnilB_08
insta: |sri.soemo
|tiktok.com/@lucia.gms
tt: |@thao.phm
snapchat: |isa_lmrs
ig |@ivan_grgv
snap = |emeka.okk
twitter: |@NayshaP
instagram |ayse.glr_
"""

INITIALS_AGE = """
B. (13)
F.K. 16 jr
E.D., 14
M (15)
J.v.L. (16)
P.R. 13jr
W. 15 jaar
Z.A., 17 jaar
C.H. (14)
G (12)
V.M. 14j
O.T. (15)
"""

CLASSES = """
klas 3a
groep 6
1vwo-b
brugklas 1d
2 mavo
4vmbo-t
klas 2c
groep 8b
v3b
3kader
tto 1
klas 1g
"""

HOUSE_NUMBERS = ["2", "4", "6", "8b", "9", "13", "15c", "18", "21", "25", "27", "33", "38",
                 "39", "46", "49", "55", "61", "64", "72", "77", "81", "96", "108", "112", "121", "150"]
POSTCODE_PREFIXES = ["7631", "7632", "7633", "7634", "7635", "7636", "7637", "7638", "7639"]
