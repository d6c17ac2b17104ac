"""Build heldout6.jsonl and gazetteer.json from the hand-written texts in texts/*.txt.

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
# not residents of Schelderwaard, so they must survive the scrubber.
EXTRA = [
    # football, sport
    "Virgil van Dijk", "Frenkie de Jong", "Cody Gakpo", "Denzel Dumfries", "Tijjani Reijnders",
    "Jeremie Frimpong", "Xavi Simons", "Lieke Martens", "Vivianne Miedema", "Femke Bol",
    "Sifan Hassan", "Max Verstappen", "Lionel Messi", "Messi", "Cristiano Ronaldo", "Ronaldo",
    "Kylian Mbappé", "Neymar", "Vinícius Júnior", "Erling Haaland", "Lamine Yamal", "Memphis Depay",
    "Johan Cruijff", "Bep van Klaveren", "Fanny Blankers-Koen", "Dafne Schippers", "Joost Klein",
    "Feyenoord", "Ajax", "PSV", "Real Madrid", "Barcelona", "Oranje", "Zeelandia", "Efteling",
    # artists, streamers, public figures, politicians
    "Frenna", "Boef", "Lil Kleine", "Josylvio", "Ronnie Flex", "Snelle", "Drake", "Central Cee",
    "Dave", "Kai Cenat", "IShowSpeed", "xQc", "Ninja", "Enzo Knol", "Kalvijn", "MrBeast",
    "Taylor Swift", "Billie Eilish", "Mark Rutte", "Dilan Yeşilgöz", "Frans Timmermans",
    "Rob Jetten", "Geert Wilders", "Caroline van der Plas", "Pieter Omtzigt", "Femke Halsema",
    "Ahmed Aboutaleb", "Michiel de Ruyter", "Anne Frank", "Hannie Schaft", "Koning Willem-Alexander",
    "Koningin Máxima", "Prinses Amalia", "Sinterklaas", "Harry Potter", "Thea Stilton",
    "Dolfje Weerwolfje", "Pluk van de Petteflet", "Ciske de Rat", "Annie M.G. Schmidt",
    # events and holidays
    "Koningsdag", "Suikerfeest", "Offerfeest", "Keti Koti", "Ramadan", "Kinderboekenweek",
    "Paarse Vrijdag", "Diwali", "Chinees Nieuwjaar", "Pinksteren", "Nacht van de Jongerenwerker",
    # brands, games, platforms, services
    "Adidas", "Nike", "Puma", "Jordan", "Tommy Hilfiger", "Ralph Lauren", "Calvin Klein",
    "Hugo Boss", "Jack & Jones", "Michael Kors", "Louis Vuitton", "Stone Island", "Trapstar",
    "Dr. Oetker", "Tony's Chocolonely", "Red Bull", "Coca-Cola", "Fristi",
    "FC 25", "FIFA", "Fortnite", "Minecraft", "Roblox", "GTA", "Call of Duty", "Brawl Stars",
    "Clash Royale", "Valorant", "Rocket League", "Among Us", "Mario Kart", "Super Mario Party",
    "Super Mario", "Zelda", "Sonic", "Pokémon", "League of Legends", "Apex Legends",
    "PlayStation", "PS5", "Xbox", "Switch", "Steam", "Discord", "Instagram", "TikTok", "Snapchat",
    "YouTube", "Twitch", "Telegram", "WhatsApp", "BeReal", "Spotify", "Netflix", "Teams",
    "Thuisbezorgd", "Vinted", "Marktplaats", "ChatGPT", "OV-chipkaart", "Lego", "Scratch",
    "One Piece", "Naruto", "Jeugdfonds Sport & Cultuur", "Cultuurfonds", "Kindertelefoon",
    "Voedselbank", "Veilig Thuis", "Staatsbosbeheer", "CJIB", "GGD", "Kidspas",
    "Anne Frank Huis",
    # cities, regions, countries
    "Vlissingen", "Middelburg", "Goes", "Terneuzen", "Zierikzee", "Hulst", "Rotterdam",
    "Amsterdam", "Den Haag", "Antwerpen", "Berlijn", "Parijs", "Londen", "Zeeland", "Friesland",
    "Marokko", "Turkije", "Suriname", "Curaçao", "Aruba", "Bonaire", "Indonesië", "Eritrea",
    "Somalië", "Syrië", "Aleppo", "Afghanistan", "Polen", "Roemenië", "Bulgarije", "Oekraïne",
    "Ghana", "China", "Brazilië", "Duitsland", "België",
]
# Entries that are also ordinary words: found only when written with a capital.
CASE_SENSITIVE = {"Action", "Plus", "Coop", "Teams", "Steam", "Jordan", "Drake", "Puma",
                  "Boef", "Snelle", "Oranje", "GTA", "Dave", "Ninja", "Switch", "Goes", "Hulst",
                  "Sonic", "Dirk", "Lego", "Scratch", "Vlissingen"}
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
    random.Random(6606).shuffle(records)
    with open(OUT / "heldout6.jsonl", "w", encoding="utf-8") as f:
        for i, r in enumerate(records, 1):
            rec = {"id": f"heldout6-{i:04d}", "text": r["text"], "personal": r["personal"],
                   "places": r["places"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    gazetteer = {"gemeente": gz.GEMEENTE, "wijken": gz.WIJKEN, "buurten": gz.BUURTEN,
                 "streets": gz.STREETS, "places": sorted(gz.PLACES + gz.CHAINS_AND_CLUBS)}
    (OUT / "gazetteer.json").write_text(json.dumps(gazetteer, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    # source voice per record, for the README's counts (not part of the record format)
    with open(HERE / "voices.json", "w", encoding="utf-8") as f:
        json.dump({f"heldout6-{i:04d}": r["src"] for i, r in enumerate(records, 1)}, f, indent=0)
    print(len(records), "records")


if __name__ == "__main__":
    main()
