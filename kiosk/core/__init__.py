"""The kiosk's core: content model, pack format, validation, storage and settings.

Nothing under ``kiosk.core`` may import PySide6 (tests/core/test_no_qt.py proves it),
so the model can be tested, validated and used by staff tools without a display.
"""
