"""Build heldout5.jsonl and gazetteer.json from the hand-written texts in texts/*.txt.

Markup in the texts (written by hand, annotated as written):
  «n:…» name  «a:…» address  «c:…» class_name  «h:…» handle  «e:…» email
  «i:…» initials_age  «g:…» birth_date  «k:…» licence_plate  «pc:…» postcode  «t:…» phone
Generated values (valid checksums / number plans), annotated automatically:
  {tel:FORMAT} {bsn:FORMAT} {iban:FORMAT} {wa}
A literal "\\n" in a line is a line break in the record (transcribed screenshots).
Places are found afterwards: gazetteer entries and EXTRA named entities, outside personal spans.
"""
import json
import random
import re
from pathlib import Path

import gazetteer_src as gz
import values

HERE = Path(__file__).parent
OUT = HERE.parent
KINDS = {"n": "name", "a": "address", "c": "class_name", "h": "handle", "e": "email",
         "i": "initials_age", "g": "birth_date", "k": "licence_plate", "pc": "postcode",
         "t": "phone"}

# Famous people, brands, clubs elsewhere, games, platforms, events, cities and countries:
# not residents of Vlietmonde, so they must survive the scrubber.
EXTRA = [
    # football, sport
    "Micky van de Ven", "Xavi Simons", "Dani de Wit", "Luuk de Jong", "Esmee Brugts",
    "Daphne van Domselaar", "Cody Gakpo", "Virgil van Dijk", "Jurriën Timber", "Ryan Gravenberch",
    "Brian Brobbey", "Hakim Ziyech", "Sofyan Amrabat", "Noussair Mazraoui", "Johan Bakayoko",
    "Jackie Groenen", "Dominique Janssen", "Jutta Leerdam", "Mathieu van der Poel", "Sven Kramer",
    "Max Verstappen", "Femke Bol", "Dafne Schippers", "Rico Verhoeven", "Lionel Messi", "Messi",
    "Cristiano Ronaldo", "Ronaldo", "Kylian Mbappé", "Neymar", "Erling Haaland", "LeBron James",
    "Stephen Curry", "Giannis",
    "PSV", "Philips Stadion", "Helmond Sport", "FC Eindhoven", "Roda JC", "VVV-Venlo", "NAC",
    "Willem II", "FC Twente", "Heracles", "Feyenoord", "Ajax", "Real Madrid", "Barcelona",
    "Oranje", "Efteling",
    # artists, influencers, public figures
    "Kylie Jenner", "Nikkie de Jager", "Frenna", "Boef", "Snelle", "Suzan & Freek", "Froukje",
    "Joost Klein", "S10", "Guus Meeuwis", "Rowwen Hèze", "Carnavalsprins", "Prins Carnaval",
    "Billie Eilish", "Taylor Swift", "Drake", "Travis Scott", "Central Cee", "Burna Boy",
    "Ed Sheeran", "Dua Lipa", "Stromae", "MrBeast", "IShowSpeed", "Enzo Knol", "Dylan Haegens",
    "Johan Cruijff", "Wim Kan", "Johnny Jordaan", "Lamine Yamal", "Memphis Depay", "Memphis",
    "Vincent van Gogh", "Jeroen Bosch", "Peerke Donders", "Titus Brandsma", "Anne Frank",
    "Koning Willem-Alexander", "Willem-Alexander", "Koningin Máxima", "Prinses Amalia",
    "Sinterklaas", "Oeteldonk",
    # events and holidays
    "Koningsdag", "Zwarte Cross", "Diwali", "Suikerfeest", "Offerfeest", "Keti Koti",
    "Ramadan", "Pinksteren", "Carnaval", "Vastenavond", "Holi", "Chinees Nieuwjaar", "Tết",
    "Dutch Design Week", "Glow",
    # brands, games, platforms, services
    "Adidas", "Nike", "Puma", "Hummel", "Jordan", "Under Armour", "Stone Island", "Moncler",
    "Canada Goose", "The North Face", "Trapstar", "Corteiz", "Lacoste", "Zara", "H&M",
    "Red Bull", "Monster", "Coca-Cola", "Fristi", "Chocomel", "Rivella", "Tony's Chocolonely", "Ben & Jerry's", "Walibi",
    "FC 25", "FIFA", "Fortnite", "Minecraft", "Roblox", "GTA", "Call of Duty", "Brawl Stars",
    "Valorant", "PlayStation", "PS5", "Xbox", "Nintendo Switch", "Steam", "Discord",
    "Instagram", "TikTok", "Snapchat", "YouTube", "Twitch", "Telegram", "WhatsApp", "BeReal",
    "Spotify", "Netflix", "Thuisbezorgd", "Uber Eats", "Vinted", "Marktplaats", "Google Maps",
    "ChatGPT", "Teams", "Zoom", "Arriva", "NS", "OV-chipkaart", "Swapfiets", "Lime",
    "Jeugdfonds Sport & Cultuur", "Kindertelefoon", "Voedselbank", "Rode Kruis", "GGD",
    "Veilig Thuis", "Staatsbosbeheer", "Brabants Landschap", "Omgevingsvisie 2040",
    # cities, regions, countries
    "Eindhoven", "Helmond", "Tilburg", "Breda", "Venlo", "Enschede", "Hengelo", "Nijmegen",
    "Den Bosch", "'s-Hertogenbosch", "Maastricht", "Roermond", "Weert", "Deurne", "Rotterdam",
    "Amsterdam", "Utrecht", "Bergen op Zoom", "Den Haag", "Berlijn", "Brussel", "Antwerpen", "Parijs", "Londen",
    "Brabant", "Limburg", "Twente", "Friesland", "Kempen", "Peel",
    "Marokko", "Turkije", "Suriname", "Curaçao", "Aruba", "Bonaire", "Indonesië", "Molukken",
    "Eritrea", "Somalië", "Ethiopië", "Syrië", "Afghanistan", "Irak", "Polen", "Roemenië",
    "Bulgarije", "Oekraïne", "Ghana", "Nigeria", "China", "Vietnam", "Engeland", "Kaapverdië",
    "Portugal", "Duitsland", "België", "Manchester", "Leeds", "Almere", "Kharkiv", "Oekraïne",
    "Eritrea", "Ethiopië", "Syrië",
]
# Entries that are also ordinary words: found only when written with a capital.
CASE_SENSITIVE = {"Action", "Plus", "Coop", "Glow", "Teams", "Zoom", "Steam", "Lime", "Monster",
                  "Jordan", "Drake", "Puma", "NS", "Boef", "Snelle", "Peel", "Holi", "Oranje",
                  "GTA", "Giannis", "Carnaval", "Vastenavond", "Spin"}
ALIASES = ["AH", "appie", "mac", "mcdonalds", "kfc", "jumbo"]
ALIAS_CS = {"AH"}

MARK = re.compile(r"«(n|a|c|h|e|i|g|k|pc|t):(.+?)»|\{(tel|bsn|iban|wa)(?::([\w:]+))?\}")


def render(line, decks):
    line = line.replace("\\n", "\n")
    out, spans, pos = [], [], 0
    for m in MARK.finditer(line):
        out.append(line[pos:m.start()])
        if m.group(1):
            kind, txt = KINDS[m.group(1)], m.group(2)
        else:
            what, fmt = m.group(3), m.group(4)
            if what == "wa":
                kind, txt = "handle", values.wa_link()
            else:
                if not fmt:
                    deck = decks[what]
                    fmt = deck.pop(0)
                    deck.append(fmt)
                kind = {"tel": "phone", "bsn": "bsn", "iban": "iban"}[what]
                txt = {"tel": values.phone, "bsn": values.bsn, "iban": values.iban}[what](fmt)
        start = sum(len(s) for s in out)
        out.append(txt)
        spans.append((start, start + len(txt), kind, txt))
        pos = m.end()
    out.append(line[pos:])
    text = "".join(out)
    assert "«" not in text and "»" not in text and "{" not in text, line
    return text, spans


def all_places():
    entries = gz.STREETS + gz.BUURTEN + gz.WIJKEN + gz.PLACES + gz.CHAINS_AND_CLUBS + EXTRA
    entries += [gz.GEMEENTE]
    return sorted(set(entries), key=len, reverse=True)


def find_places(text, spans, entries):
    taken = [(s, e) for s, e, _, _ in spans]
    found = []
    for ent in entries + ALIASES:
        flags = 0 if (ent in CASE_SENSITIVE or ent in ALIAS_CS) else re.I
        pat = r"(?<![\w@#./])" + re.escape(ent) + r"(?![\w@])"
        if ent in ALIAS_CS:
            pat = r"(?<=\bde )" + re.escape(ent) + r"(?![\w@])|(?<=\bbij )" + re.escape(ent) + r"(?![\w@])"
        for m in re.finditer(pat, text, flags):
            if any(not (m.end() <= s or m.start() >= e) for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), m.group(0)))
    found.sort()
    seen, out = set(), []
    for _, t in found:
        if t not in seen:
            seen.add(t)
            out.append(t)
    return out


def main():
    decks = {"tel": list(values.PHONE_DECK), "bsn": list(values.BSN_DECK),
             "iban": list(values.IBAN_DECK)}
    entries = all_places()
    records = []
    for path in sorted((HERE / "texts").glob("*.txt")):
        for raw in path.read_text(encoding="utf-8").splitlines():
            if not raw.strip() or raw.startswith("#"):
                continue
            text, spans = render(raw.rstrip(), decks)
            personal, seen = [], set()
            for _, _, kind, txt in sorted(spans):
                if (kind, txt) not in seen:
                    seen.add((kind, txt))
                    personal.append({"kind": kind, "text": txt})
            records.append({"text": text, "personal": personal,
                            "places": find_places(text, spans, entries), "src": path.stem})
    random.Random(5505).shuffle(records)
    with open(OUT / "heldout5.jsonl", "w", encoding="utf-8") as f:
        for i, r in enumerate(records, 1):
            rec = {"id": f"heldout5-{i:04d}", "text": r["text"], "personal": r["personal"],
                   "places": r["places"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    gazetteer = {"gemeente": gz.GEMEENTE, "wijken": gz.WIJKEN, "buurten": gz.BUURTEN,
                 "streets": gz.STREETS, "places": sorted(gz.PLACES + gz.CHAINS_AND_CLUBS)}
    (OUT / "gazetteer.json").write_text(json.dumps(gazetteer, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    # source voice per record, for the README's counts (not part of the record format)
    with open(HERE / "voices.json", "w", encoding="utf-8") as f:
        json.dump({f"heldout5-{i:04d}": r["src"] for i, r in enumerate(records, 1)}, f, indent=0)
    print(len(records), "records")


if __name__ == "__main__":
    main()
