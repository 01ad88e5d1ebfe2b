"""The ``kiosk`` command (filled in below by the Qt application entry point)."""
