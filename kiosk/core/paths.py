"""Where the kiosk keeps its state: installed packs, settings and logs."""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

APP_NAME = "clinic-kiosk"
ENV_VAR = "KIOSK_DATA_DIR"


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
    def settings_file(self) -> Path:
        return self.root / "settings.json"

    def create(self) -> DataDir:
        for folder in (self.root, self.packs, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        return self
