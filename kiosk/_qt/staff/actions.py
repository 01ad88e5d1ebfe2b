"""What a staff tab may ask of the staff side as a whole (the controller does it).

The tabs know this protocol, not the controller: no import cycle, and no tab pokes another
widget's state. The kiosk service itself is reached through the bridge.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from kiosk._qt.staff.bridge import ServiceBridge


class StaffActions(Protocol):
    bridge: ServiceBridge

    def change_settings(self, **changes: object) -> bool:
        """Apply and save; False (nothing changed) if a value is not allowed."""

    def preview(self, path: Path) -> None:
        """Show a pack (a file or a folder) as patients would see it."""

    def ask_for_number(self) -> None:
        """The emergency number pad."""

    def change_pin(self) -> None:
        """Choose a new staff PIN (staff are already in)."""

    def ask_pin_again(self, then: Callable[[], object]) -> None:
        """Ask for the staff PIN once more before something that needs it (trusting a key);
        ``then`` runs only if it is right."""

    def ask_for_key_digits(self) -> None:
        """The digit pad for typing a key's 80 digits."""

    def show_keys(self) -> None:
        """Open the tab where keys are trusted."""

    def exit_to_desktop(self) -> None:
        """Close the kiosk for IT work."""

    def pack_languages(self) -> tuple[str, ...]:
        """The languages of the pack patients see, in its order."""

    def next_language(self) -> str:
        """The language the panel's language button switches to."""

    def interface_language(self, language: str) -> str:
        """The language the kiosk's own words are shown in for a reader of ``language``."""
