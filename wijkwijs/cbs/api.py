"""The two CBS OData interfaces behind one shape, so loading does not care which one answered.

`v3` is opendata.cbs.nl (the complete StatLine database, wide rows); `v4` is the new data
portal datasets.cbs.nl (cells in long form). Choose with `odata = "v4"` in data/wijkwijs.toml
or WIJKWIJS_CBS_ODATA=v4; v3 stays the default.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from wijkwijs.cbs import odata, odata4
from wijkwijs.cbs.odata import Cell, TableMeta
from wijkwijs.cbs.transport import Fetcher


@dataclass(frozen=True)
class ODataApi:
    version: str  # v3 or v4
    source: str  # the `source` of the rows it yields: cbs_odata or cbs_odata4
    catalogue: Callable[[Fetcher, str], list[dict]]
    table_meta: Callable[[Fetcher, str], TableMeta]
    gemeente_names: Callable[[Fetcher, str, str], dict[str, str]]
    region_names: Callable[[Fetcher, str, str, str], dict[str, str]]
    _cells: Callable[[Fetcher, TableMeta, str], Iterable[Cell]]
    dimension_titles: Callable[[Fetcher, TableMeta], dict[str, dict[str, str]]]

    def cells(self, fetcher: Fetcher, meta: TableMeta, gemeente: str) -> list[Cell]:
        """Every cell of the table for the gemeente, its wijken and buurten."""
        return list(self._cells(fetcher, meta, gemeente))


V3 = ODataApi(
    "v3",
    "cbs_odata",
    odata.catalogue,
    odata.table_meta,
    odata.gemeente_names,
    odata.region_names,
    lambda f, meta, gm: odata.row_cells(meta, odata.data_rows(f, meta, gm)),
    odata.dimension_titles,
)
V4 = ODataApi(
    "v4",
    "cbs_odata4",
    odata4.catalogue,
    odata4.table_meta,
    odata4.gemeente_names,
    odata4.region_names,
    lambda f, meta, gm: odata4.observation_cells(meta, odata4.observations(f, meta, gm)),
    odata4.dimension_titles,
)
APIS = {"v3": V3, "v4": V4}
