"""Writing files byte-for-byte reproducibly, and atomically.

Each file is written under a hidden temporary name and renamed into place, so an inbox sensor
never sees a half-written file and a re-run replaces the old file in one step.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio

# GeoPackages record a last-change timestamp; pin it so the bytes do not depend on today.
GPKG_TIMESTAMP = "2026-01-01T00:00:00.000Z"


@contextmanager
def _atomic(path: Path) -> Iterator[Path]:
    path.parent.mkdir(parents=True, exist_ok=True)
    # Keep the extension last: GDAL picks the driver from it.
    tmp = path.with_name(f".tmp-{path.name}")
    tmp.unlink(missing_ok=True)
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_csv(frame: pd.DataFrame, path: Path, sep: str = ",", encoding: str = "utf-8") -> Path:
    """CSV with '\\n' line ends; `encoding='utf-8-sig'` adds the byte-order mark."""
    with _atomic(path) as tmp:
        frame.to_csv(tmp, sep=sep, encoding=encoding, index=False, lineterminator="\n")
    return path


def write_gpkg(layers: dict[str, gpd.GeoDataFrame], path: Path) -> Path:
    """One GeoPackage with the given layers, written in the given order."""
    previous = pyogrio.get_gdal_config_option("OGR_CURRENT_DATE")
    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": GPKG_TIMESTAMP})
    try:
        with _atomic(path) as tmp:
            for name, frame in layers.items():
                frame.to_file(tmp, layer=name, driver="GPKG", engine="pyogrio")
    finally:
        pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": previous})
    return path
