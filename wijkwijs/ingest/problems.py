"""One rejection reason, pointing at file, row and column, in Dutch and English."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Problem:
    file: str
    row: int | None  # 1-based line in the file, header = 1; None for the whole file
    column: str | None
    reason_nl: str
    reason_en: str

    def as_dict(self) -> dict:
        return asdict(self)

    def line(self) -> str:
        where = f"{self.file}"
        if self.row is not None:
            where += f", rij {self.row}"
        if self.column:
            where += f", kolom '{self.column}'"
        return f"{where}: {self.reason_nl} / {self.reason_en}"
