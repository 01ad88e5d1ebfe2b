"""Per-site kiosk settings, kept as JSON in the data folder."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from kiosk.core.atomic import write_atomic
from kiosk.core.model import LANGUAGES

log = logging.getLogger("kiosk.settings")


class Settings(BaseModel):
    model_config = ConfigDict(extra="ignore", validate_assignment=True)

    idle_seconds: Annotated[int, Field(ge=15, le=3600)] = 90
    countdown_seconds: Annotated[int, Field(ge=5, le=120)] = 20
    default_language: str = "en"
    emergency_number: Annotated[str, Field(pattern=r"^[0-9+ -]{2,20}$")] = "1122"
    update_url: str = ""
    trusted_keys: list[str] = []
    allow_unsigned_usb: bool = False
    watch_folder: str = ""

    @field_validator("default_language")
    @classmethod
    def _known_language(cls, value: str) -> str:
        if value not in LANGUAGES:
            raise ValueError(f"must be one of {', '.join(LANGUAGES)}")
        return value

    def placeholders(self) -> dict[str, str]:
        """Values a pack's text may name, like {emergency_number}."""
        return {"emergency_number": self.emergency_number}

    @classmethod
    def load(cls, path: Path) -> Settings:
        """Read settings; a damaged file is logged and replaced by defaults, never fatal."""
        try:
            return cls.model_validate(json.loads(path.read_text(encoding="utf-8")))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError, ValidationError) as error:
            log.error("settings file %s is unreadable, using defaults: %s", path, error)
            return cls()

    def save(self, path: Path) -> None:
        write_atomic(path, self.model_dump_json(indent=2).encode("utf-8"))
