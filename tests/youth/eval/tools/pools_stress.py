"""Hand-written material for the stress split (make_stress.py): new people, adults, contact details
and name frames; streets, predicates, quotes and places are those of the heldout split."""
from pools_heldout import *  # noqa: F401,F403  streets, predicates, quotes, places

PERSONS = """
f|Merel|Bakker|nl
m|Bram|Molenaar|nl
f|Fleur|de Haan|nl
m|Teun|Post|nl
f|Sterre|Brouwer|nl|Ster
m|Kees|Schipper|nl
f|Lente|Kramer|nl
m|Pim|van Dam|nl
f|Jip|Timmer|nl
m|Otto|de Wit|nl
f|Veerle|Groen|nl
m|Sem|Prins|nl
f|Bloem|Mol|nl
m|Thijs|van der Linden|nl
f|Sjoukje|Hoekstra|fy
m|Wytse|Dijkstra|fy
m|Tsjerk|Bouma|fy
f|Yonas|Haile|er
f|Merhawit|Ghebremedhin|er
m|Filmon|Tesfamariam|er|Fili
f|Hodan|Warsame|so
m|Abdiwali|Farah|so|Abdi
f|Kidist|Bekele|et
f|Rawan|Alkhatib|sy
m|Yazan|Haddad|sy
f|Zohal|Ahmadzai|af
m|Farid|Rahimi|af
f|Zainab|Al-Jubouri|iq
f|Wiktoria|Lewandowska|pl|Wika
m|Szymon|Kowal|pl
f|Andreea|Popescu|ro
m|Mihai|Ionescu|ro
f|Yana|Dimitrova|bg
f|Oksana|Shevchenko|ua
m|Taras|Bondarenko|ua
f|Elif|Yıldırım|tr
m|Kerem|Öztürk|tr
f|Zeynep|Çelik|tr
m|Ilias|Boukhari|ma
f|Soumaya|El Idrissi|ma
m|Bilal|Ouali|ma
f|Shanti|Ramdin|sr-h
m|Jurgen|Pinas|sr-c
f|Sutini|Kartoredjo|sr-j
f|Shurensly|Martina|an
m|Jeandro|Isenia|an
f|Putri|Siregar|id
m|Kwabena|Mensah|gh|Kobby
f|Abena|Owusu|gh
f|Chiamaka|Eze|ng|Ama
m|Tunde|Adeyemi|ng
f|Jun|Wang|cn
f|Linh|Tran|vn
m|Minh|Nguyen|vn
m|Jayden|Clarke|en
m|Nilton|Semedo|cv
f|Hazel|Winter|nl
m|Job|Storm|nl
f|Roos|Vink|nl
m|Mees|de Jong|nl
f|Puck|van den Berg|nl
m|Daan|Visser|nl
f|Noa|Kok|nl
m|Ruben|Smit|nl
"""

SIBLINGS = """
f|Lotus
m|Joep
f|Iman
m|Yusuf
f|Amber
m|Kai
"""

ADULTS = [
    ("mevrouw", "de Haan"), ("meneer", "Post"), ("juf", "Merel"), ("meester", "Bram"),
    ("buurman", "Kees"), ("buurvrouw", "Bloem"), ("dhr.", "Molenaar"), ("mw.", "Zwart"),
    ("coach", "Dennis"), ("oom", "Hamid"), ("tante", "Fatma"), ("opa", "Joop"), ("oma", "Bep"),
    ("mevr.", "Groen"), ("meneer", "Kok"), ("buurvrouw", "van der Wal"), ("Juf", "Sanne"),
    ("Meester", "Visser"), ("mevrouw", "Yilmaz"), ("meneer", "El Khatib"), ("trainer", "Marco"),
]

EMAILS = """
merel.bakker@gmail.com
bram_molenaar@hotmail.com
fleurdehaan@live.nl
sjoukje.h@planet.nl
hodan.warsame [at] gmail [dot] com
yazan(at)outlook.com
rawan punt alkhatib at gmail punt com
wika.lew@wp.pl
andreea.p@yahoo.ro
taras.b@ukr.net
elif.yildirim@hotmail.com
ilias_b @ gmail . com
shanti.ramdin@kpnmail.nl
kobby.mensah@gmail.com
ama.eze@yahoo.co.uk
linh.tran08@icloud.com
jayden.c@protonmail.com
nilton.semedo@sapo.pt
teun.post [@] ziggo [.] nl
zohal.a@leerling.vaartcollege.nl
"""

HANDLES = """
insta |merel.bkr
ig: |@bram.molenaar_
|https://www.instagram.com/fleur.dh
tiktok |@sterre.brwr
snap |teun_p09
sc: |kees.schip
discord |thijs#2288
dc |wytse.d
x |@Yazan_H
|youtube.com/@KeremGaming
|twitch.tv/mihai_ion
|t.me/zohal_a
app: |wa.me/31612093847
BeReal |otto.dwit
roblox |xXSemPrinsXx
fortnite: |JipFN2010
psn |kwabena_m
xbox: |JurgenP_09
insta: |putri.srg
|tiktok.com/@linh.trn
tt: |@minh.ngy
snapchat: |abena_ow
ig |@ilias_bkh
"""

INITIALS_AGE = """
K. (14)
T.B. 15 jr
L.M., 13
D (16)
S.v.D. (15)
N.K. 14jr
R. 16 jaar
H.W., 12 jaar
a.b. (13)
Y. 17j
E.O., 15
M.K. (12)
G.H. 16 jr
"""

CLASSES = """
klas 2d
groep 7
3havo-a
brugklas 1b
4 vwo
2vmbo-k
klas 3f
groep 8a
h2c
2kader
klas 1a
groep 6b
"""

NAME_FRAMES = NAME_FRAMES + """
idee van {A}: {hij} {p}.
{A} kwam langs en {p}
vandaag {A} gesproken. {Hij} {p}.
dit kwam van {AF}: "{q}"
{A}!! {q}
{A} ({age} jaar) {p}
met {A} en {B} gepraat, ze {p_pl}
{AF} uit [[{buurt}]] {p}
{A} vroeg of {hij} mocht meedenken. {Hij} {p}.
{A} heeft een briefje geschreven: "{q}"
tip van {AF}: {S}
{A}, {age}, {p}
{A} (via {T}) {p}
"""
