"""Everything that touches Qt lives under ``kiosk._qt``; screens render what kiosk.core gives."""
