"""JSON read from files anyone could have written: too deep is damaged, not a crash.

``json.loads`` raises ``RecursionError`` for a few thousand nested brackets (a settings,
PIN or store file typed or damaged that way, a pack's manifest made that way). No handler
expects it, so one such file crash-looped the kiosk. Here it is a ``ValueError`` like any
other damaged JSON, and every reader already knows what to do with those.
"""

from __future__ import annotations

import json
from typing import Any


def loads(text: str | bytes) -> Any:
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError("the JSON is nested too deeply to be real") from None
