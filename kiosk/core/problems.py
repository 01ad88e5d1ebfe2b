"""Problems found in a pack, worded for the clinic staff who have to fix them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a pack: where it is and what to do about it."""

    file: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}, line {self.line}"
        return f"{where}: {self.message}"


class PackError(Exception):
    """A pack could not be read; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def rel(path: PurePosixPath | str) -> str:
    return str(PurePosixPath(path))
