"""Build heldout3.jsonl and gazetteer.json from the hand-written texts in texts/*.txt.

Markup in the texts (written by hand, annotated as written):
  «n:…» name  «a:…» address  «c:…» class_name  «h:…» handle  «e:…» email
  «i:…» initials_age  «g:…» birth_date  «k:…» licence_plate  «pc:…» postcode  «t:…» phone
Generated values (valid checksums / number plans), annotated automatically:
  {tel} {tel:FORMAT} {bsn} {bsn:FORMAT} {iban} {iban:FORMAT} {wa}
A literal "\\n" in a line is a line break in the record (pasted chats).
Places are found afterwards: gazetteer entries and EXTRA named entities, outside personal spans.
"""
import itertools
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

# Famous people, brands, games, platforms and events: not residents, must survive.
EXTRA = [
    "Virgil van Dijk", "Frenkie de Jong", "Xavi Simons", "Denzel Dumfries", "Jeremie Frimpong",
    "Tijjani Reijnders", "Lieke Martens", "Femke Bol", "Sifan Hassan", "Max Verstappen",
    "Memphis Depay", "Memphis", "Dylan Haegens", "Enzo Knol", "Kalvijn", "Snelle", "Boef",
    "Lil Kleine", "Ronnie Flex", "Jonna Fraser", "Joost Klein", "S10", "Davina Michelle",
    "Emma Heesters", "Willem-Alexander", "Koning Willem-Alexander", "Prinses Amalia",
    "Anne Frank", "Johan Cruijff", "Richard Krajicek", "Messi", "Ronaldo", "Kylian Mbappé",
    "Mbappé", "Taylor Swift", "Drake", "Lamine Yamal", "Khaby Lame", "MrBeast", "Kai Cenat",
    "Erling Haaland", "Bob Marley", "Anton de Kom", "Martin Luther King", "Nelson Mandela",
    "Michiel de Ruyter", "Rembrandt", "Vincent van Gogh", "Sinterklaas", "Zwarte Cross",
    "Keti Koti", "Suikerfeest", "Offerfeest", "Diwali", "Holi Phagwa", "Koningsdag", "Ramadan",
    "Nike", "Adidas", "Jordan", "Puma", "Moncler", "Canada Goose", "Trapstar", "Corteiz",
    "North Face", "Stone Island", "Lacoste", "Gucci", "Louis Vuitton", "Tommy Hilfiger",
    "Calvin Klein", "Ralph Lauren", "Hugo Boss", "Jack & Jones", "Ben & Jerry's",
    "Tony's Chocolonely", "Red Bull", "Monster", "Coca-Cola", "Fanta", "Lipton",
    "Fortnite", "Roblox", "Minecraft", "FC 25", "FIFA", "GTA", "Call of Duty", "Brawl Stars",
    "Clash Royale", "Valorant", "PlayStation", "PS5", "Xbox", "Nintendo Switch", "Lime",
    "Instagram", "TikTok", "Snapchat", "Discord", "YouTube", "Twitch", "Telegram",
    "WhatsApp", "BeReal", "Spotify", "Netflix", "Uber Eats", "Thuisbezorgd", "Flink",
    "Marktplaats", "Vinted", "Google Maps", "ChatGPT", "OV-chipkaart", "RET", "HTM", "Arriva",
    "NS", "Q-Park", "Cruyff Court", "Krajicek Playground", "Jeugdfonds Sport & Cultuur",
    "Kinderpostzegels", "Kindertelefoon", "Staatsbosbeheer", "Fordson", "Rama", "Blue Band", "GGD", "N218", "Red Cross", "Rode Kruis", "Voedselbank", "Leger des Heils",
    "Young Capital", "DUO", "Bijlmer", "Rotterdam", "Den Haag", "Utrecht", "Amsterdam",
    "Zoetermeer", "Dordrecht", "Delft", "Brussel", "Antwerpen", "Kaapverdië", "Eritrea",
    "Curaçao", "Suriname", "Marokko", "Turkije", "Polen", "Oekraïne", "Ghana", "Somalië",
    "Afghanistan", "Syrië", "Irak", "Vietnam", "Engeland", "Bulgarije", "Roemenië",
    "Nigeria", "China", "Ethiopië", "Indonesië", "Molukken",
]
# Entries that are also ordinary words in lowercase: found only when written with capitals.
CASE_SENSITIVE = {"Action", "Dirk", "Spar", "Plus", "Achterom", "Dijkje", "Lime", "Monster",
                  "Flink", "Jordan", "Drake", "Puma", "NS", "RET", "HTM", "Snelle",
                  "Boef", "Red Bull", "Fanta", "GTA", "AZ", "NAC", "Memphis", "S10", "Telegram",
                  "Holi Phagwa", "Diwali"}
# Abbreviations in notes that name a chain: AH = Albert Heijn.
ALIASES = ["AH", "ah", "appie", "mac", "mcdonalds", "kfc", "febo"]
ALIAS_CS = {"AH", "ah"}  # "ah" alone is an interjection too: only as "de ah"/"bij de ah" below

MARK = re.compile(r"«(n|a|c|h|e|i|g|k|pc|t):(.+?)»|\{(tel|bsn|iban|wa)(?::([\w:]+))?\}")


def decks():
    return {"tel": itertools.cycle(values.PHONE_DECK), "bsn": itertools.cycle(values.BSN_DECK),
            "iban": itertools.cycle(values.IBAN_DECK)}


def render(line, deck):
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
                fmt = fmt or next(deck[what])
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
    deck = decks()
    entries = all_places()
    records = []
    for path in sorted((HERE / "texts").glob("*.txt")):
        for raw in path.read_text(encoding="utf-8").splitlines():
            if not raw.strip() or raw.startswith("#"):
                continue
            text, spans = render(raw.rstrip(), deck)
            personal, seen = [], set()
            for _, _, kind, txt in sorted(spans):
                if (kind, txt) not in seen:
                    seen.add((kind, txt))
                    personal.append({"kind": kind, "text": txt})
            records.append({"text": text, "personal": personal,
                            "places": find_places(text, spans, entries), "src": path.stem})
    random.Random(15).shuffle(records)
    with open(OUT / "heldout3.jsonl", "w", encoding="utf-8") as f:
        for i, r in enumerate(records, 1):
            rec = {"id": f"heldout3-{i:04d}", "text": r["text"], "personal": r["personal"],
                   "places": r["places"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    gazetteer = {"gemeente": gz.GEMEENTE, "wijken": gz.WIJKEN, "buurten": gz.BUURTEN,
                 "streets": gz.STREETS, "places": sorted(gz.PLACES + gz.CHAINS_AND_CLUBS)}
    (OUT / "gazetteer.json").write_text(json.dumps(gazetteer, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    # source voice per record, for the README's counts (not part of the record format)
    with open(HERE / "voices.json", "w", encoding="utf-8") as f:
        json.dump({f"heldout3-{i:04d}": r["src"] for i, r in enumerate(records, 1)}, f, indent=0)
    print(len(records), "records")


if __name__ == "__main__":
    main()
