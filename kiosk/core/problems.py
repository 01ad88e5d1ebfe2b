"""Problems found in a pack, worded for the clinic staff who have to fix them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath

from kiosk.core.phrases import (
    Phrase,
    Translator,
    Value,
    english,
    render,
    translate,
    value_from_json,
    value_to_json,
)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a pack: where it is and what to do about it.

    ``words`` is a Phrase so the staff panel can say it in Urdu; plain text is kept for
    words the kiosk does not own (an operating-system error, a library's message).
    """

    file: str
    words: Value
    line: int | None = None
    # A problem that may go away by itself (a full disk, another install running): a pack
    # refused only for such problems may be tried again; any other refusal is final.
    transient: bool = False

    @property
    def message(self) -> str:
        return render(self.words)

    @property
    def phrase(self) -> Phrase:
        """``file: message`` (or ``file, line N: message``), still to be translated."""
        if self.line is None:
            where = translate("Problems", "{file}: {message}")
        else:
            where = translate("Problems", "{file}, line {line}: {message}")
        return where.fill(file=self.file, line=self.line or 0, message=self.words)

    def text(self, translator: Translator = english) -> str:
        return self.phrase.render(translator)

    def __str__(self) -> str:
        return self.text()


def problem_to_json(problem: Problem) -> dict[str, object]:
    return {"file": problem.file, "words": value_to_json(problem.words),
            "line": problem.line, "transient": problem.transient}


def problem_from_json(data: object) -> Problem:
    """What ``problem_to_json`` wrote; ValueError for anything else."""
    if not isinstance(data, dict) or not isinstance(data.get("file"), str):
        raise ValueError(f"not a problem: {data!r}")
    line = data.get("line")
    return Problem(data["file"], value_from_json(data.get("words")),
                   line if isinstance(line, int) else None, bool(data.get("transient")))


class PackError(Exception):
    """A pack could not be read; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    @property
    def transient(self) -> bool:
        """Whether every problem may go away by itself, so trying again later makes sense."""
        return bool(self.problems) and all(p.transient for p in self.problems)


def rel(path: PurePosixPath | str) -> str:
    return str(PurePosixPath(path))


def unreadable(error: OSError) -> Phrase:
    return translate("Problems", "cannot be read ({reason})").fill(
        reason=error.strerror or str(error))


NOT_A_PACK_FOLDER = translate("Problems", "is not a pack folder")
MANIFESTS_DISAGREE = translate("Problems", "its manifest and its pack.toml disagree about the "
                                           "pack's id, version or min_app_version")
SYMLINK_FILE = translate("Problems", "is a shortcut (symlink); packs must hold real files")
MISSING = translate("Problems", "is missing")
NEWER_FORMAT = translate("Problems", "uses pack format {format}, but this kiosk reads format "
                                     "{known}; update the kiosk software first")
