"""The web edition of a pack: the same reviewed pages as a small static website.

``kiosk-pack export-html PACK -o DIR`` writes it (``export.py``); a clinic copies the
folder to any web host and names the address in ``pack.toml`` (``web_edition``). The
kiosk then shows a QR code on every topic that opens it there, in the patient's
language, so a patient called in to see the doctor can finish at home on a phone.
``kiosk-pack validate`` checks that what is published matches the pack
(``freshness.py``). Nothing here imports Qt.
"""

from kiosk.core.webedition.address import EDITION_FILE, expected_pages, topic_address, topic_path

__all__ = ["EDITION_FILE", "expected_pages", "topic_address", "topic_path"]
