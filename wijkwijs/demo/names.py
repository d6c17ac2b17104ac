"""Dutch names for the wijken, buurten and streets of Demstervoort (all fictional)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class WijkPlan:
    naam: str
    angle_deg: float  # direction of the wijk's seed point from the town centre (0 = east)
    radius_frac: float  # distance of the seed point as a fraction of the town radius
    profiles: tuple[str, ...]  # buurt profiles, cycled over the wijk's buurten (population.py)
    buurtnamen: tuple[str, ...]


WIJKEN: tuple[WijkPlan, ...] = (
    WijkPlan("Centrum", 0.0, 0.0, ("centrum", "studenten", "centrum", "gemengd"), (
        "Marktkwartier", "Kerkbuurt", "Stationsbuurt", "Vestingwal", "Begijnhof",
        "Raadhuisbuurt", "Lange Gracht", "Poortwijk", "Binnenstad-Noord", "Binnenstad-Zuid",
        "Korte Gracht", "Bisschopshof", "Waagplein", "Klooster", "Schuttershof", "Wevershoek",
    )),
    WijkPlan("Noorderhaven", 90.0, 0.62, ("naoorlogs", "gemengd", "naoorlogs", "studenten"), (
        "Oude Haven", "Havenkwartier", "Scheepmakersbuurt", "Loswal", "Kaaihoek",
        "Zeilmakerij", "Ankerplaats", "Bolderbuurt", "Walkant", "Sluiseiland", "Touwbaan",
        "Noorderkade", "Dokbuurt", "Loodsenhoek", "Zwaaikom", "Kraanbuurt",
    )),
    WijkPlan("Oosterveld", 15.0, 0.64, ("gezinnen", "gemengd", "gezinnen", "gezinnen"), (
        "Oosterakker", "Esdoornlaan", "De Kamp", "Boerhaar", "Hooiland", "Oostermeer",
        "Weidebloem", "Klaverveld", "De Brink", "Essenhof", "Korenbloem", "Zonnedauw",
        "Lijsterbes", "Boterbloem", "Vlasakker", "Koekoeksbloem",
    )),
    WijkPlan("Molenwijk", -55.0, 0.62, ("vergrijsd", "gemengd", "vergrijsd", "naoorlogs"), (
        "Molenbuurt", "Korenmolen", "Molenhoek", "Zaagmolen", "Oliemolen", "Molenakker",
        "De Wieken", "Molenvliet", "Stellingmolen", "Watermolen", "Pelmolen", "Molenbeek",
        "Graanzolder", "Maalderij", "Molenerf", "Steenmolen",
    )),
    WijkPlan("Zuiderpark", -125.0, 0.62, ("gezinnen", "vergrijsd", "gemengd", "gezinnen"), (
        "Parkzicht", "Vijverhof", "Rozenhof", "Lindenhove", "Berkenrode", "Eikenhorst",
        "Zuiderlaan", "Parkweide", "Kastanjehof", "Beukenhage", "Wilgenrijk", "Iepenlaan",
        "Populierenhof", "Vlinderhof", "Hazelaar", "Rododendron",
    )),
    WijkPlan("Westerbroek", 165.0, 0.62, ("naoorlogs", "gemengd", "studenten", "naoorlogs"), (
        "Broekpolder", "Westerdijk", "Veenhoek", "Rietland", "Westerpolder", "Elzenbroek",
        "Slotenbuurt", "Kade-West", "Zwanenveld", "Reigersbos", "Waterhoen", "Biezenwaard",
        "Dijkzicht", "Kievitsveld", "Grutto", "Lisdodde",
    )),
)

# Almost-empty buurten: (wijk name, buurt name, profile).
WATER_BUURT = ("Noorderhaven", "Buitenhaven", "water")
INDUSTRIAL_BUURT = ("Westerbroek", "Bedrijventerrein De Vaart", "bedrijventerrein")
PARK_BUURT = ("Zuiderpark", "Stadspark", "park")

STREETS = (
    "Molenstraat", "Kerkstraat", "Havenkade", "Vaartweg", "Stationsstraat", "Schoolstraat",
    "Lindelaan", "Sportlaan", "Dijkweg", "Marktstraat", "Parklaan", "Brugstraat",
    "Oosterweg", "Westerdijk", "Zuiderlaan", "Wilhelminastraat", "Julianalaan", "Beatrixlaan",
)
FIRST_NAMES = (
    "Sanne", "Daan", "Noah", "Emma", "Mila", "Sem", "Lucas", "Julia", "Yara", "Finn",
    "Zoë", "Mohammed", "Aya", "Levi", "Tess", "Bram", "Nora", "Milan", "Fleur", "Ilias",
)
