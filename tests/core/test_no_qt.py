"""The core (model, pack format, validation, storage) must work with no Qt at all."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
import textwrap
from pathlib import Path

import kiosk.core

ROOT = Path(__file__).resolve().parents[2]


def core_modules() -> list[str]:
    # Packages' modules too (usage, the web edition), not only the top level.
    return sorted(m.name for m in pkgutil.walk_packages(kiosk.core.__path__, "kiosk.core."))


def test_core_imports_and_reads_a_pack_without_pyside6() -> None:
    # A meta-path hook makes any PySide6/shiboken import fail, as on a machine without Qt.
    # qtawesome (which needs Qt) may be found for its data files but never imported.
    script = textwrap.dedent(f"""
        import sys
        class NoQt:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("PySide6", "shiboken6"):
                    raise ImportError("Qt is not available here: " + name)
                return None
        sys.meta_path.insert(0, NoQt())
        import importlib
        for name in {core_modules()!r}:
            importlib.import_module(name)
        from kiosk.core.packdir import load_pack
        from kiosk.core.resources import default_pack
        pack = load_pack(default_pack())
        assert pack.pages(), "the default pack has no pages"
        assert not any(m.startswith(("PySide6", "shiboken6", "qtawesome")) for m in sys.modules)
        # Icon names are read from qtawesome's charmaps without importing it (or Qt).
        from kiosk.core.icons import is_known
        assert is_known("fa5s.brain") and not is_known("fa5s.brian")
        print("OK", len(pack.pages()))
    """)
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK")


def test_the_hook_really_blocks_qt() -> None:
    """Guard the guard: the same hook must make a PySide6 import fail."""
    script = textwrap.dedent("""
        import sys
        class NoQt:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("PySide6", "shiboken6"):
                    raise ImportError("blocked")
                return None
        sys.meta_path.insert(0, NoQt())
        import kiosk._qt.session
    """)
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode != 0
    assert "blocked" in result.stderr
