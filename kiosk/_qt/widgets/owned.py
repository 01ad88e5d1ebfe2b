"""A widget's layout and parent, where the widget was built with them.

Qt's stubs say both may be None, which is true of widgets in general. A screen built
with its layout, or a cover made over the widget it covers, has one for its whole life:
these say so once, and fail loudly if that ever stops being true.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLayout, QWidget


def layout_of(widget: QWidget) -> QLayout:
    layout = widget.layout()
    assert layout is not None, f"{type(widget).__name__} has no layout"
    return layout


def parent_of(widget: QWidget) -> QWidget:
    parent = widget.parentWidget()
    assert parent is not None, f"{type(widget).__name__} has no parent"
    return parent
