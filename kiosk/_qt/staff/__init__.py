"""The staff side of the kiosk: hidden gesture, PIN pad, staff panel, update channel."""
