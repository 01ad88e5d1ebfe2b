"""Developer tool: refresh translations/*.ts from the code, and compile them.

    python tools/i18n.py update    # pyside6-lupdate: add new UI strings to the .ts files
    python tools/i18n.py compile   # pyside6-lrelease: .ts -> .qm (pip install does this too)

Translate with pyside6-linguist translations/kiosk_ur.ts (or edit the XML).
translations/kiosk_en.ts holds only English's plurals (its "1 visit" and "2 visits").
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_FILES = sorted((ROOT / "translations").glob("kiosk_*.ts"))
ENGLISH = "kiosk_en"


def _tool(name: str) -> list[str]:
    """PySide6's ``lupdate`` or ``lrelease``: its script on PATH, or run through this
    Python's PySide6 (``.venv/bin/python tools/i18n.py`` without the venv activated
    said "pyside6-lrelease not found")."""
    found = shutil.which(f"pyside6-{name}")
    if found:
        return [found]
    return [sys.executable, "-c", f"import sys; from PySide6.scripts.pyside_tool import {name};"
            f" sys.argv[0] = '{name}'; sys.exit({name}())"]


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "kiosk").rglob("*.py"))


def update() -> int:
    for ts in TS_FILES:
        # English is the code's own language: its file holds only the words that
        # change with a number ("1 visit", "2 visits"), as Qt Linguist intends.
        only_plurals = ["-pluralonly"] if ts.stem == ENGLISH else []
        subprocess.run([*_tool("lupdate"), *sources(), "-ts", str(ts.relative_to(ROOT)),
                        "-no-obsolete", "-locations", "none", *only_plurals],
                       cwd=ROOT, check=True)
    return 0


def compile_all() -> int:
    # The installer's own step: written aside and swapped in whole, as a kiosk may be
    # starting meanwhile.
    sys.path.insert(0, str(ROOT))
    from build_installer import compile_translations

    compile_translations()
    return 0


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        sys.exit(update())
    if command == "compile":
        sys.exit(compile_all())
    print(__doc__)
    sys.exit(2)
