"""Exit codes the kiosk ends with, shared with the supervisor (``kiosk --supervise``).

No Qt here: the supervisor and the installer import this without starting a GUI.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
# Staff pressed "Exit to desktop" in the staff panel: the supervisor must not restart it.
EXIT_STAFF = 3
