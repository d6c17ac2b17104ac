"""Boundaries of Demstervoort: an irregular outline tiled by Voronoi buurten, grouped in wijken.

Everything is in EPSG:28992 (RD New) and snapped to a 1 cm grid, so neighbouring buurten share
exactly the same vertices and tile the outline without slivers.
"""

from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import shapely
from shapely.geometry import MultiPoint, Point, Polygon

from wijkwijs.demo.names import INDUSTRIAL_BUURT, PARK_BUURT, WATER_BUURT, WIJKEN
from wijkwijs.demo.spec import CENTRE_X, CENTRE_Y, GEMEENTE_CODE, rng_for

GRID = 0.01  # metres
CRS = "EPSG:28992"


@dataclass(frozen=True)
class Town:
    outline: Polygon
    buurten: gpd.GeoDataFrame  # buurtcode, buurtnaam, wijkcode, wijknaam, profiel, water, geometry
    wijken: gpd.GeoDataFrame  # wijkcode, wijknaam, geometry


def town_outline(rng: np.random.Generator) -> Polygon:
    """A noisy radial polygon about 6 x 5 km: an ellipse with random low harmonics."""
    theta = np.linspace(0.0, 2 * np.pi, 120, endpoint=False)
    a, b = 3000.0, 2450.0
    base = a * b / np.sqrt((b * np.cos(theta)) ** 2 + (a * np.sin(theta)) ** 2)
    wobble = np.ones_like(theta)
    for harmonic in range(2, 7):
        wobble += rng.uniform(0.015, 0.06) * np.cos(harmonic * theta + rng.uniform(0, 2 * np.pi))
    radius = base * wobble * (1 + rng.normal(0.0, 0.012, theta.size))
    coords = np.column_stack([CENTRE_X + radius * np.cos(theta), CENTRE_Y + radius * np.sin(theta)])
    return shapely.set_precision(Polygon(coords), GRID)


def seed_points(rng: np.random.Generator, outline: Polygon, target: int) -> np.ndarray:
    """Well-spread points, denser towards the centre (small old buurten, big outer ones)."""
    xmin, ymin, xmax, ymax = outline.bounds
    reach = max(xmax - xmin, ymax - ymin) / 2
    points: list[tuple[float, float]] = []
    for _ in range(40_000):
        x, y = rng.uniform(xmin, xmax), rng.uniform(ymin, ymax)
        if not outline.contains(Point(x, y)):
            continue
        spacing = 300.0 + 330.0 * np.hypot(x - CENTRE_X, y - CENTRE_Y) / reach
        if points and np.min(np.hypot(*(np.asarray(points) - (x, y)).T)) < spacing:
            continue
        points.append((x, y))
        if len(points) == target:
            break
    return np.asarray(points)


def _shared_border(a, b) -> float:
    return shapely.length(shapely.intersection(shapely.boundary(a), shapely.boundary(b)))


def _absorb_stray_parts(cells: list) -> list:
    """A Voronoi cell clipped to a concave outline can fall apart; give strays to a neighbour."""
    cells = list(cells)
    for i in range(len(cells)):
        parts = sorted(shapely.get_parts(cells[i]), key=lambda p: -p.area)
        if len(parts) == 1:
            continue
        cells[i] = parts[0]
        for part in parts[1:]:
            borders = [(-1.0 if j == i else _shared_border(part, c)) for j, c in enumerate(cells)]
            j = int(np.argmax(borders))
            cells[j] = shapely.union(cells[j], part, grid_size=GRID)
    return cells


def _make_contiguous(cells: list, wijk_of: np.ndarray) -> np.ndarray:
    """Reassign buurten cut off from the main body of their wijk to the neighbour wijk."""
    wijk_of = wijk_of.copy()
    for _ in range(50):
        moved = False
        for w in range(len(WIJKEN)):
            members = np.flatnonzero(wijk_of == w)
            union = shapely.union_all([cells[i] for i in members], grid_size=GRID)
            parts = sorted(shapely.get_parts(union), key=lambda p: -p.area)
            for part in parts[1:]:
                for i in members:
                    if not part.contains(cells[i].representative_point()):
                        continue
                    others = [(_shared_border(cells[i], c) if wijk_of[j] != w else -1.0)
                              for j, c in enumerate(cells)]
                    wijk_of[i] = wijk_of[int(np.argmax(others))]
                    moved = True
        if not moved:
            return wijk_of
    raise RuntimeError("could not make the wijken contiguous")


def _touches_edge(cell, outline: Polygon) -> bool:
    return shapely.length(shapely.intersection(cell.boundary, outline.boundary)) > 1.0


def build_town(seed: int) -> Town:
    rng = rng_for(seed, "geometry")
    outline = town_outline(rng)
    points = seed_points(rng, outline, target=int(rng.integers(54, 67)))
    diagram = shapely.voronoi_polygons(
        MultiPoint(points), extend_to=outline.buffer(3000), ordered=True
    )
    cells = [shapely.intersection(c, outline, grid_size=GRID) for c in shapely.get_parts(diagram)]
    cells = _absorb_stray_parts(cells)

    reach = np.sqrt(outline.area / np.pi)
    wijk_seeds = np.array([
        (CENTRE_X + p.radius_frac * reach * np.cos(np.radians(p.angle_deg)),
         CENTRE_Y + p.radius_frac * reach * np.sin(np.radians(p.angle_deg))) for p in WIJKEN
    ])
    centroids = np.array([(c.centroid.x, c.centroid.y) for c in cells])
    distances = np.hypot(*(centroids[:, None, :] - wijk_seeds[None, :, :]).transpose(2, 0, 1))
    wijk_of = _make_contiguous(cells, np.argmin(distances, axis=1))

    special = _place_special_buurten(cells, centroids, wijk_of, outline)
    rows = []
    for w, plan in enumerate(WIJKEN):
        members = np.flatnonzero(wijk_of == w)
        # Number buurten outward from the wijk's seed point: 01 is the wijk's heart.
        order = members[np.argsort(distances[members, w], kind="stable")]
        names = iter(plan.buurtnamen)
        for number, i in enumerate(order, start=1):
            naam, profiel = special.get(int(i)) or (next(names, f"{plan.naam} {number}"), None)
            rows.append({
                "buurtcode": f"BU{GEMEENTE_CODE[2:]}{w + 1:02d}{number:02d}",
                "buurtnaam": naam,
                "wijkcode": f"WK{GEMEENTE_CODE[2:]}{w + 1:02d}",
                "wijknaam": plan.naam,
                "profiel": profiel or plan.profiles[(number - 1) % len(plan.profiles)],
                "water": "JA" if profiel == "water" else "NEE",
                "geometry": cells[i],
            })
    buurten = gpd.GeoDataFrame(rows, geometry="geometry", crs=CRS)
    wijken = buurten.dissolve(by=["wijkcode", "wijknaam"], as_index=False, sort=True)
    wijken["geometry"] = [
        shapely.union_all(buurten.geometry[buurten.wijkcode == code].to_numpy(), grid_size=GRID)
        for code in wijken.wijkcode
    ]
    return Town(outline, buurten, wijken[["wijkcode", "wijknaam", "geometry"]])


def _place_special_buurten(cells, centroids, wijk_of, outline) -> dict[int, tuple[str, str]]:
    """Water and industry on the town's edge; the park on the inner side of its wijk."""
    from_centre = np.hypot(centroids[:, 0] - CENTRE_X, centroids[:, 1] - CENTRE_Y)
    wijk_index = {plan.naam: w for w, plan in enumerate(WIJKEN)}
    special: dict[int, tuple[str, str]] = {}
    for wijk, naam, profiel in (WATER_BUURT, INDUSTRIAL_BUURT, PARK_BUURT):
        members = [i for i in np.flatnonzero(wijk_of == wijk_index[wijk]) if i not in special]
        if profiel == "park":
            pick = min(members, key=lambda i: from_centre[i])
        else:
            edge = [i for i in members if _touches_edge(cells[i], outline)] or members
            pick = max(edge, key=lambda i: from_centre[i])
        special[int(pick)] = (naam, profiel)
    return special
