"""Per-site kiosk settings, kept as JSON in the data folder."""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path
from typing import Annotated, Any

import attrs

from kiosk.core import jsontext
from kiosk.core.atomic import write_atomic
from kiosk.core.hashing import sha256
from kiosk.core.phrases import Phrase, translate
from kiosk.core.structure import (
    Pattern,
    Range,
    Rule,
    SchemaError,
    structure,
    structure_value,
    unstructure,
)

log = logging.getLogger("kiosk.settings")


def _unknown_language(value: str) -> str | None:
    # Any language a pack may carry: a pack without it starts patients in its own first
    # language instead (Session), and the staff panel says so.
    if re.fullmatch(r"[a-z]{2,3}", value):
        return None
    return "must be a language code such as 'en', 'ur' or 'ps'"


@attrs.frozen
class Settings:
    """One site's settings: a value. A change makes new settings (``updated``), so a worker
    thread reading them never sees half a change, and whoever changes them says so."""

    idle_seconds: Annotated[int, Range(ge=15, le=3600)] = 90
    countdown_seconds: Annotated[int, Range(ge=5, le=120)] = 20
    default_language: Annotated[str, Rule(_unknown_language)] = "en"
    emergency_number: Annotated[str, Pattern(r"^[0-9+ -]{2,20}$")] = "1122"
    update_url: str = ""
    # Hosts inside the clinic whose channel may use plain http:// (nobody between the
    # kiosk and them can change what they send); every other channel must use https://.
    local_update_hosts: tuple[str, ...] = ()
    trusted_keys: tuple[str, ...] = ()
    allow_unsigned_usb: bool = False
    watch_folder: str = ""
    # How loud narration starts for each patient, in percent as people hear it; patients
    # change it with the volume button and the next patient starts here again.
    volume: Annotated[int, Range(ge=10, le=100)] = 70
    # Black on white and darker colours (WCAG AAA) for every patient, not only those who
    # switch it on; patients can switch it either way, and the next one starts here.
    high_contrast: bool = False
    # Usage statistics (docs/statistics.md): anonymous counts of what patients read.
    count_use: bool = True
    keep_use_days: Annotated[int, Range(ge=30, le=3650)] = 365
    # This kiosk's name in exported statistics and the fleet summary: staff choose it
    # ("Lahore OPD 2"); never a person's name or a machine's serial number.
    kiosk_name: Annotated[str, Pattern(r"^[^\x00-\x1f/\\]{0,40}$")] = ""
    # Where a daily summary for the clinic group goes (a shared or synced folder); "" none.
    summary_folder: str = ""

    def __attrs_post_init__(self) -> None:
        # Every value is checked, so a wrong one never reaches the screen or the file.
        for field in attrs.fields(Settings):
            object.__setattr__(self, field.name, structure_value(
                getattr(self, field.name), field.type, field.name))

    def placeholders(self) -> dict[str, str]:
        """Values a pack's text may name, like {emergency_number}."""
        return {"emergency_number": self.emergency_number}

    def updated(self, **changes: Any) -> Settings:
        """A copy with ``changes``; SchemaError (a ValueError) if one is not allowed."""
        return structure({**unstructure(self), **changes}, Settings, extra="ignore")

    @classmethod
    def load(cls, path: Path) -> Settings:
        """Read settings, never fatally: a damaged file gives defaults, a wrong value its default.

        One hand-edited value must not cost the others (trusted keys, the update address).
        """
        return cls.read(path)[0]

    @classmethod
    def read(cls, path: Path) -> tuple[Settings, Path | None]:
        """``load``, and, when the file could not be read at all and the settings are the
        defaults, where the damaged file was kept (itself, if it could not be copied)."""
        try:
            data = jsontext.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls(), None
        except (OSError, ValueError) as error:
            log.error("settings file %s is unreadable, using defaults: %s", path, error)
            return cls(), _keep_aside(path)
        if not isinstance(data, dict):
            log.error("settings file %s is not a table of settings, using defaults", path)
            return cls(), _keep_aside(path)
        try:
            return structure(data, cls, extra="ignore"), None
        except SchemaError as error:
            wrong = sorted({str(issue.loc[0]) for issue in error.issues if issue.loc})
            log.error("settings file %s: using the default for %s: %s", path,
                      ", ".join(wrong), error)
            kept = {key: value for key, value in data.items() if key not in wrong}
            try:
                return structure(kept, cls, extra="ignore"), None
            except SchemaError:
                return cls(), None

    def save(self, path: Path) -> None:
        write_atomic(path, json.dumps(unstructure(self), indent=2).encode("utf-8"))

    def changed_in_file(self, path: Path, **changes: Any) -> Settings:
        """Apply ``changes`` to the settings as the file holds them now, save, return them.

        IT may edit the file while the kiosk runs (a trusted key added by hand): a change
        made in the staff panel must not write back the kiosk's older copy over it. A
        value IT mistyped keeps the running one (never the default: one bad entry must not
        empty the trusted keys), keys this version does not know are kept in the file, and
        a missing or unreadable file falls back to these settings. SchemaError (a
        ValueError) if a change is not allowed; nothing is saved then.
        """
        on_disk = _read_table(path)
        merged = self._merged(path, on_disk)
        updated = structure({**merged, **changes}, Settings, extra="ignore")
        write_atomic(path, json.dumps({**on_disk, **unstructure(updated)}, indent=2)
                     .encode("utf-8"))
        return updated

    def reread(self, path: Path) -> Settings:
        """These settings with whatever the file now says that can be used (IT edited it
        while the kiosk runs): a mistyped value, or a file caught half-written, keeps the
        running value, never the default."""
        return structure(self._merged(path, _read_table(path)), Settings, extra="ignore")

    def _merged(self, path: Path, on_disk: dict[str, Any]) -> dict[str, Any]:
        merged = unstructure(self)
        for field in attrs.fields(Settings):
            if field.name in on_disk:
                try:
                    structure_value(on_disk[field.name], field.type, field.name)
                except SchemaError as error:
                    log.error("settings file %s: keeping the running %s: %s", path,
                              field.name, error)
                    continue
                merged[field.name] = on_disk[field.name]
        return merged


DAMAGED = translate(
    "Problems", "The settings file could not be read, so the kiosk is using its default "
                "settings: trusted keys, the update address and the emergency number may be "
                "missing. The damaged file is kept as {name}: ask IT to look at it. This "
                "note goes once a setting is saved here.")


def damaged_note(kept: Path | None) -> Phrase | None:
    """What staff are told while the settings in use are defaults put in place of a
    damaged file (``Settings.read`` says where it was kept), until they are saved again."""
    return DAMAGED.fill(name=kept.name) if kept is not None else None


def _keep_aside(path: Path) -> Path:
    """Copy a damaged settings file beside it before the next save replaces it: the keys
    IT trusted and the update address in it may still be read out by a person. Returns
    the copy, or the file itself if it could not be copied."""
    try:
        data = path.read_bytes()
        aside = path.with_name(f"{path.name}.damaged-{sha256(data).hexdigest()[:12]}")
        if not aside.exists():  # a kiosk restarted again and again keeps one copy
            aside.write_bytes(data)
            log.error("the damaged settings file is kept as %s", aside)
        return aside
    except OSError as error:
        log.error("the damaged settings file could not be kept aside: %s", error)
        return path


def _read_table(path: Path) -> dict[str, Any]:
    try:
        on_disk = jsontext.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as error:
        log.error("settings file %s cannot be read now, keeping the running settings: %s",
                  path, error)
        return {}
    return on_disk if isinstance(on_disk, dict) else {}


attrs.resolve_types(Settings)
