"""qtpy as qtawesome uses it, minus its cost: each Qt name is looked up when it is asked for.

qtawesome reaches Qt through qtpy. qtpy's ``QtCore``, ``QtGui`` and ``QtWidgets`` each
star-import PySide6's module of that name, and PySide6, which otherwise makes a class
only when something first uses it, then makes every class and enum of all three: about
13 MiB, measured from source, for the twenty names qtawesome needs. qtpy also imports
Qt's OpenGL modules and patches PySide6's classes for every user in the process
(``QTextCursor.movePosition``, ``QFontMetrics.width``, ``exec_``), none of which the
kiosk wants.

While qtawesome is imported, ``qtpy`` and those three modules are stand-ins whose names
are looked up in PySide6 when first asked for. They leave ``sys.modules`` afterwards, so
whatever imports qtpy later gets the real one. A qtawesome that asks for more than they
give is imported again through the real qtpy (``icons._import_iconic_font``).

qtawesome also imports ``hashlib``, to check the fonts it loads for ``qtawesome.icon``,
which the kiosk never calls (it loads its own: ``kiosk._qt.icons``). ``hashlib`` loads
OpenSSL, 3.7 MiB (``kiosk.core.hashing``), so it has a stand-in too, which imports the
real one if qtawesome ever uses it.
"""

from __future__ import annotations

import importlib
import sys
import types
from collections.abc import Iterator
from contextlib import contextmanager

import PySide6

_QT_MODULES = ("QtCore", "QtGui", "QtWidgets")


class _StandIn(types.ModuleType):
    """A module whose names are PySide6's, each fetched on first use."""

    def __init__(self, name: str, target: str) -> None:
        super().__init__(name)
        self.__dict__["_target"] = target

    def __getattr__(self, name: str) -> object:
        if name.startswith("__"):  # the import system probes __path__, __spec__ ...
            raise AttributeError(name)
        target = self.__dict__["_target"]
        if sys.modules.get(target) is self:  # standing in for the module of its own name
            sys.modules.pop(target, None)
        value = getattr(importlib.import_module(target), name)
        self.__dict__[name] = value
        return value


@contextmanager
def standing_in() -> Iterator[None]:
    """qtpy is a stand-in inside this block, unless the real one is loaded already."""
    if "qtpy" in sys.modules:
        yield
        return
    package = _StandIn("qtpy", "PySide6")
    package.__dict__["__path__"] = []  # a package, so ``import qtpy.QtCore`` finds the rest
    package.__dict__["PYSIDE_VERSION"] = PySide6.__version__
    added: dict[str, types.ModuleType] = {"qtpy": package}
    for name in _QT_MODULES:
        module = _StandIn(f"qtpy.{name}", f"PySide6.{name}")
        package.__dict__[name] = module
        added[f"qtpy.{name}"] = module
    if "hashlib" not in sys.modules:
        added["hashlib"] = _StandIn("hashlib", "hashlib")
    sys.modules.update(added)
    try:
        yield
    finally:
        for name, stand_in in added.items():
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]
