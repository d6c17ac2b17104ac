"""The domain list comes from the categories seed, and nothing else spells it out."""

import re

from wijkwijs.config import PROJECT_ROOT
from wijkwijs.demo import spec
from wijkwijs.domains import categories, domain_labels, domains
from wijkwijs.ingest.validate import DOMAIN_WORDS


def test_domains_in_the_seed_order_with_their_dutch_labels():
    assert domains() == ("wmo", "jeugd", "participatiewet")
    assert domain_labels() == {"wmo": "Wmo", "jeugd": "Jeugdwet",
                               "participatiewet": "Participatiewet"}


def test_categories_of_provision_leave_the_unique_total_out_unless_asked():
    assert categories("jeugd") == ("jeugdhulp_zonder_verblijf", "jeugdhulp_met_verblijf",
                                   "jeugdbescherming", "jeugdreclassering")
    assert categories("participatiewet", with_totals=True)[-1] == "totaal"
    assert categories("onbekend") == ()


def test_a_file_names_domain_words_name_only_known_domains():
    # the synonyms a file name may use ('jeugdzorg', 'bijstand') are words, not a domain list
    assert set(DOMAIN_WORDS.values()) == set(domains())


def test_demo_generates_the_seeds_categories_in_its_order():
    assert {d: tuple(c for c, _ in cats) for d, cats in spec.CATEGORIES.items()} == {
        d: categories(d) for d in domains()}
    assert spec.SINGLE_DOMAIN == ("alleen_wmo", "alleen_jeugd", "alleen_participatiewet")


# a literal tuple, list or set of quoted words: ("wmo", "jeugd", "participatiewet")
LITERAL = re.compile(r"""[(\[{]\s*((?:["'][a-z_]+["']\s*,\s*)+["'][a-z_]+["'])\s*,?\s*[)\]}]""")


def test_no_module_spells_out_the_domain_list():
    every = set(domains())
    found = [f"{path.relative_to(PROJECT_ROOT)}:{n}"
             for folder in ("wijkwijs", "dashboards", "orchestration")
             for path in sorted((PROJECT_ROOT / folder).rglob("*.py"))
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             for match in LITERAL.finditer(line)
             if set(re.findall(r"[a-z_]+", match.group(1))) == every]
    assert found == []


def test_the_check_above_finds_a_spelled_out_list():
    line = 'DOMAINS = ("wmo", "jeugd", "participatiewet")'
    assert [set(re.findall(r"[a-z_]+", m.group(1))) for m in LITERAL.finditer(line)] == [
        set(domains())]
