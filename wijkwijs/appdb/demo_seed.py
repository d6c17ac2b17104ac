"""A few realistic notes, signals, actions and a meeting for the demo gemeente Demstervoort.

Written through the repository functions (so scrubbed and audited like any write) by a demo
analyst, into the application database only (never the warehouse). Dates are relative to
today so the team meeting always has something new, something due and something late.
Names of areas come from the demo's own boundary file when it is there. Seeding twice
changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from wijkwijs.access import ANALYST, Access
from wijkwijs.appdb import actions, meetings, notes, signals
from wijkwijs.appdb.engine import AppDb
from wijkwijs.appdb.scope import Area

SEEDER = Access(ANALYST, "demo@demstervoort.example")
# the seed's texts are written and checked by the project: saved as by a writer who
# confirmed, so a scrubber that later doubts a role or a number cannot stop the demo
SEEDER_CONFIRMED = True
GEMEENTE = ("GM9999", "Demstervoort")
# code → name as the demo generator names them (overridden by the boundary file when present)
NAMES = {
    "WK999901": "Centrum", "WK999902": "Noorderhaven", "WK999903": "Oosterveld",
    "BU99990101": "Marktkwartier", "BU99990103": "Stationsbuurt", "BU99990202": "Havenkwartier",
}


@dataclass(frozen=True)
class Seeded:
    notes: int
    signals: int
    actions: int
    skipped: bool = False


def _names(reference: Path | None) -> dict[str, str]:
    names = dict(NAMES)
    files = sorted(reference.glob("wijkenbuurten_*.gpkg")) if reference else []
    if not files:
        return names
    import pyogrio

    for layer, code, name in (("wijken", "wijkcode", "wijknaam"),
                              ("buurten", "buurtcode", "buurtnaam")):
        frame = pyogrio.read_dataframe(files[-1], layer=layer, read_geometry=False,
                                       columns=[code, name])
        names |= {c: n for c, n in zip(frame[code], frame[name], strict=True) if c in NAMES}
    return names


def seed_demo(db: AppDb, reference: Path | None = None, today: date | None = None) -> Seeded:
    today = today or date.today()
    if notes.notes_for(db, SEEDER, gemeente_code=GEMEENTE[0]) or signals.signals_for(
            db, SEEDER, gemeente_code=GEMEENTE[0]):
        return Seeded(0, 0, 0, skipped=True)
    names = _names(reference)

    def area(code: str) -> Area:
        level = "wijk" if code.startswith("WK") else "buurt"
        return Area(level, code, names[code])

    gemeente = Area("gemeente", *GEMEENTE)
    month = date(2026, 6, 1)  # the demo's newest month
    places = tuple(names.values()) + (GEMEENTE[1],)

    def note(where, text, start, end=None, domain=None, category=None):
        return notes.add_note(db, SEEDER, where, text, period_start=start, period_end=end,
                              domain=domain, category=category, places=places).note

    n_hh = note(area("WK999901"),
                "De stijging van hulp bij het huishouden sinds maart komt door de nieuwe "
                "aanbieder: wie op de wachtlijst stond, is in één keer ingestroomd. Geen "
                "toename van de vraag.", date(2026, 3, 1), month, "wmo", "huishoudelijke_hulp")
    note(area("BU99990101"),
         "Meer jeugdhulp zonder verblijf sinds de praktijkondersteuner jeugd bij de huisartsen "
         "begon: er wordt eerder gesignaleerd, er zijn niet meer problemen.", month, month,
         "jeugd", "jeugdhulp_zonder_verblijf")
    note(area("WK999902"),
         "De daling van de algemene bijstand hangt samen met de nieuwe bedrijven op het "
         "haventerrein; een deel van de mensen werkt nu met loonkostensubsidie.",
         date(2026, 4, 1), month, "participatiewet", "algemene_bijstand")
    note(gemeente,
         "De jeugdcijfers van juni zijn voorlopig: twee aanbieders leverden later aan door de "
         "overstap op het nieuwe berichtenverkeer.", month, month, "jeugd")

    def signal(where, title, domains, what, workaround, who, days_ago, owner=None):
        return signals.raise_signal(db, SEEDER, where, title=title, domains=domains,
                                    what_happened=what, workaround=workaround,
                                    who_should_act=who, owner=owner, places=places,
                                    raised_on=today - timedelta(days=days_ago),
                                    confirm_unsure=SEEDER_CONFIRMED).signal

    def move(item, *steps):
        version = item.version
        for status, days_ago, comment in steps:
            version = signals.move_signal(db, SEEDER, item.id, version, status,
                                          on_date=today - timedelta(days=days_ago),
                                          comment=comment, confirm_unsure=SEEDER_CONFIRMED).version

    s_aid = signal(area("WK999901"), "Herindicatie hulpmiddel duurt tien weken", ["wmo"],
                   "Een inwoner met een tijdelijke rolstoel moest voor een vervolgindicatie de "
                   "hele aanvraag opnieuw doen, terwijl de situatie niet was veranderd.",
                   "De wijkcoach regelde via de uitleenservice een rolstoel tot de nieuwe "
                   "indicatie er is.", "Beleid Wmo: een verkorte herindicatie", 45,
                   owner="Beleidsadviseur Wmo")
    move(s_aid, ("besproken", 30, "In het teamoverleg; voorbeeld voor het beleidsoverleg."))
    s_18 = signal(area("WK999902"), "Bijstand stopt de hulp bij 18 jaar",
                  ["participatiewet", "jeugd"],
                  "Een jongere met verlengde jeugdhulp kreeg geen bijstand omdat het inkomen "
                  "van de ouders meetelde; de begeleiding liep vast op de huur.",
                  "Bijzondere bijstand als voorschot via het sociaal team.",
                  "Werk en Inkomen en Jeugd samen", 75, owner="Teamleider sociaal team")
    move(s_18, ("besproken", 60, None),
         ("geescaleerd", 40, "Naar het regio-overleg: raakt alle gemeenten."))
    s_twice = signal(area("BU99990101"), "Gezinnen vertellen hun verhaal twee keer",
                     ["wmo", "jeugd"],
                     "Voor begeleiding van een ouder (Wmo) en jeugdhulp voor een kind zijn twee "
                     "keukentafelgesprekken en twee plannen nodig.",
                     "Eén gezamenlijk gesprek gepland met beide consulenten.",
                     "Toegang Wmo en Jeugd", 6)
    s_school = signal(area("WK999901"), "Wachttijd schoolmaatschappelijk werk", ["jeugd"],
                      "Leerlingen wachtten acht weken op een eerste gesprek omdat de formatie "
                      "per school vastligt.", "Jongerenwerk nam de eerste gesprekken over.",
                      "Onderwijs en Jeugd", 220, owner="Beleidsadviseur Jeugd")
    move(s_school, ("besproken", 200, None), ("opgelost", 150, "Formatie is nu per wijk."))
    signal(area("WK999903"), "Schuldhulp pas na een aanmaning", ["participatiewet"],
           "Een huishouden kon pas hulp krijgen na de eerste aanmaning, terwijl de "
           "betalingsachterstand al bekend was bij de woningcorporatie.",
           "Vroegsignalering via de corporatie handmatig doorgezet.", "Schuldhulpverlening",
           120)

    actions.add_action(db, SEEDER, area("WK999901"),
                       text="Met de nieuwe aanbieder bespreken hoe de wachtlijst is ingestroomd",
                       owner="Wijkcoach Wmo", due_on=today + timedelta(days=10),
                       note_id=n_hh.id, places=places, confirm_unsure=SEEDER_CONFIRMED)
    actions.add_action(db, SEEDER, area("WK999902"),
                       text="De casus bijstand bij 18 jaar inbrengen in het regio-overleg",
                       owner="Teamleider sociaal team", due_on=today - timedelta(days=3),
                       signal_id=s_18.id, places=places, confirm_unsure=SEEDER_CONFIRMED)
    actions.add_action(db, SEEDER, area("BU99990101"),
                       text="Proef met één gezinsgesprek voor Wmo en Jeugd uitwerken",
                       owner="Consulent jeugd", due_on=today + timedelta(days=20),
                       signal_id=s_twice.id, places=places, confirm_unsure=SEEDER_CONFIRMED)
    meetings.record_meeting(db, SEEDER, area("WK999901"), today - timedelta(days=28))
    return Seeded(notes=4, signals=5, actions=3)
