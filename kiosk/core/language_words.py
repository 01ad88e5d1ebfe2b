"""Languages named in the words of the staff member reading, for messages about a pack
("Pashto is about 12% too long..."), where a language's name in its own script would
sit oddly in an English sentence. A language not listed here is named in its own script.
"""

from __future__ import annotations

from kiosk.core import languages
from kiosk.core.phrases import Value, translate

_NAMES = {
    "en": translate("Languages", "English"),
    "ur": translate("Languages", "Urdu"),
    "ps": translate("Languages", "Pashto"),
    "sd": translate("Languages", "Sindhi"),
    "pnb": translate("Languages", "Punjabi"),
    "skr": translate("Languages", "Saraiki"),
}


def language_for_staff(code: str) -> Value:
    """``code``'s name, to be rendered in the reader's language."""
    return _NAMES.get(code) or languages.name_of(code)
