"""Each language's name in its own script, for the buttons and links that switch to it.

A reader who cannot read the current language still finds theirs. Its own module, with
no imports: the attract screen needs it before anything else is loaded.
"""

LANGUAGE_NAMES = {"en": "English", "ur": "اردو"}
