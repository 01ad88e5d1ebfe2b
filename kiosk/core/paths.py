"""Where the kiosk keeps its state: installed packs, settings and logs."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import NamedTuple

APP_NAME = "clinic-kiosk"
ENV_VAR = "KIOSK_DATA_DIR"
LEFTOVER_AGE_S = 3600  # a save takes milliseconds: an hour-old temporary file was cut short


class DataDir(NamedTuple):
    # A NamedTuple, not a dataclass: this is on the way to the first attract frame, and
    # dataclasses imports inspect (~8 ms of a ~250 ms start).
    root: Path

    @classmethod
    def choose(cls, explicit: Path | str | None = None) -> DataDir:
        """``--data-dir`` wins, then $KIOSK_DATA_DIR, then the platform's per-user folder."""
        if explicit:
            root = Path(explicit)
        elif os.environ.get(ENV_VAR):
            root = Path(os.environ[ENV_VAR])
        else:
            import platformdirs  # only when no folder was given

            root = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
        return cls(root.expanduser().resolve())

    @property
    def packs(self) -> Path:
        return self.root / "packs"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def usage_file(self) -> Path:
        # In a folder of its own: the kiosk watches the data folder for IT's changes, and
        # SQLite's journal files come and go beside the database.
        return self.root / "usage" / "usage.sqlite"

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.json"

    def create(self) -> DataDir:
        for folder in (self.root, self.packs, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        self._sweep_cut_short_saves()
        return self

    def _sweep_cut_short_saves(self) -> None:
        """Delete the temporary files of saves a kill or power cut stopped halfway
        (``write_atomic``'s ``.settings.json.XXXX.tmp``): months of them fill a disk. Only
        old ones: a save by another process (``kiosk --set-pin``) may be under way now."""
        leftovers: list[Path] = []
        # The channel's list, its number and its refusals are saved the same way.
        for folder in (self.root, self.root / "channel", self.root / "channel" / "ready"):
            try:
                leftovers += folder.glob(".*.tmp")
            except OSError:
                continue
        for leftover in leftovers:
            try:
                if time.time() - leftover.stat().st_mtime > LEFTOVER_AGE_S:
                    leftover.unlink()
            except OSError:
                continue  # gone already, or a disk that cannot be written: harmless
