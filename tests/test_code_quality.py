"""The house rules that a machine can check: ruff everywhere, mypy --strict on the kiosk
(the Qt layer included, but for the modules pyproject.toml lists as not yet typed through)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    path = shutil.which(tool) or str(Path(sys.executable).parent / tool)
    return subprocess.run([path, *args], cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_ruff_is_clean() -> None:
    result = run("ruff", "check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_on_the_kiosk() -> None:
    result = run("mypy")  # files and strictness come from pyproject.toml
    assert result.returncode == 0, result.stdout + result.stderr
