"""The folder a web edition is written to: whose it is, and replacing it whole.

A new edition is built beside the old one and swapped in by renaming, so a web server
serving the folder sees the old edition or the new one, never half of each, and a topic
taken out of the pack leaves no page behind. Only a folder of the edition's own is ever
replaced: staff may point the export at a folder of documents, a website's own folder or
a Git checkout by mistake, and nothing of theirs may go.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

from kiosk.core.webedition.address import EDITION_FILE


class ExportError(Exception):
    """The web edition cannot be written where it was asked for (a plain sentence)."""


def _written_before(out: Path) -> set[str] | None:
    """The files the last export wrote into ``out``, if ``out`` holds an edition."""
    try:
        record = json.loads((out / EDITION_FILE).read_text(encoding="utf-8"))
        return {str(name) for name in record["files"]}
    except (OSError, ValueError, KeyError, TypeError):
        return None


def check_output(out: Path, pack_root: Path) -> None:
    """Refuse an output folder that is not the edition's own to replace."""
    if out.exists() and not out.is_dir():
        raise ExportError(f"{out} is a file, not a folder: choose a folder for the web edition")
    root = pack_root.resolve()
    where = out.resolve()
    if where == root or where.is_relative_to(root) or root.is_relative_to(where):
        raise ExportError(f"{out} is inside the pack folder (or holds it): the edition would "
                          "become part of the pack. Choose a folder outside it")
    if not out.is_dir() or not any(out.iterdir()):
        return
    ours = _written_before(out)
    if ours is None:
        raise ExportError(f"{out} is not empty and holds no web edition: choose an empty "
                          "folder, so nothing of yours is overwritten")
    theirs = sorted(p.relative_to(out).as_posix() for p in out.rglob("*")
                    if not p.is_dir() and p.relative_to(out).as_posix() not in ours)
    if theirs:
        raise ExportError(
            f"{out} holds files the web edition did not write ({', '.join(theirs[:3])}"
            f"{' …' if len(theirs) > 3 else ''}): export to a folder of its own, then copy "
            "it to where it is published")


def new_build(out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))


def swap_in(built: Path, out: Path) -> None:
    """Put the edition built in ``built`` at ``out``, replacing an earlier one whole."""
    # mkdtemp made it for this user only: a web server reads as another user.
    for path in (built, *built.rglob("*")):
        path.chmod(0o755 if path.is_dir() else 0o644)
    if not out.exists():
        os.replace(built, out)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
    try:
        os.replace(out, old / "edition")
    except OSError:
        old.rmdir()
        raise
    try:
        os.replace(built, out)
    except OSError:
        # (Windows: a file in the new edition held open by a scanner.) The old edition
        # goes back where it was, so the folder is never left empty.
        os.replace(old / "edition", out)
        shutil.rmtree(old, ignore_errors=True)
        raise
    shutil.rmtree(old, ignore_errors=True)
