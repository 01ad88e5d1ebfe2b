"""Guard against the PySide6 6.12.0 bug that killed long-running kiosks.

On Python 3.11 (None is not immortal there) that release dropped a reference to None on
every call of a void Qt method; after enough calls CPython aborts with "deallocating None".
A kiosk makes millions of such calls over months, so the pin in pyproject.toml keeps it out.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel


def none_refs() -> int:
    gc.collect()
    return sys.getrefcount(None)


def test_void_qt_calls_do_not_eat_references_to_none(qapp) -> None:
    font = QFont()
    label = QLabel()
    before = none_refs()
    for size in range(1000):
        font.setPixelSize(10 + size % 5)
        label.setText("x")
    after = none_refs()
    # A little noise from the interpreter is fine; the bug lost one per call (2000 here).
    assert after - before > -50, f"{before - after} references to None were lost"
