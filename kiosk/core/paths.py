"""Where the kiosk keeps its state: installed packs, settings and logs."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "clinic-kiosk"
ENV_VAR = "KIOSK_DATA_DIR"


@dataclass(frozen=True)
class DataDir:
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
