"""Build hook: compile translations and carry assets into the wheel.

pip runs this for ``pip install .`` and ``pip install -e .`` alike, so the .qm files a
kiosk loads are always compiled from the .ts files it was installed from.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def _lrelease() -> list[str]:
    found = shutil.which("pyside6-lrelease")
    if found:
        return [found]
    # In pip's isolated build environment the script may not be on PATH; the module is.
    return [sys.executable, "-c", "import sys; from PySide6.scripts.pyside_tool import lrelease;"
            " sys.argv[0] = 'lrelease'; sys.exit(lrelease())"]


class CustomBuildHook(BuildHookInterface):
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        for ts in sorted((root / "translations").glob("*.ts")):
            qm = ts.with_suffix(".qm")
            # Written aside and swapped in whole: lrelease rewrites its output in place,
            # and a kiosk starting meanwhile would read half a file.
            handle, name = tempfile.mkstemp(dir=qm.parent, prefix=qm.name + ".",
                                            suffix=".part")
            os.close(handle)
            part = Path(name)
            try:
                subprocess.run([*_lrelease(), str(ts), "-qm", str(part)], check=True,
                               stdout=subprocess.DEVNULL)
                part.chmod(0o644)  # mkstemp's file is its owner's alone
                os.replace(part, qm)
            finally:
                part.unlink(missing_ok=True)
        if version == "editable":
            return  # an editable install reads assets/ and translations/ in place
        force = build_data.setdefault("force_include", {})
        force[str(root / "assets")] = "kiosk/_data/assets"
        for qm in sorted((root / "translations").glob("*.qm")):
            force[str(qm)] = f"kiosk/_data/translations/{qm.name}"
