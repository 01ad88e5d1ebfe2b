"""Patient-education kiosk for clinic waiting rooms."""

__version__ = "0.2.0"
