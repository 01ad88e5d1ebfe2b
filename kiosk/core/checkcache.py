"""What ``kiosk-pack validate`` measured before, kept between runs.

Measuring every page of a 1,000-page pack in every language on three screens takes the
text-fit pass ten seconds or more, and drawing every picture a few more. Someone writing
a pack validates it again after every few edits; like mypy's or ruff's cache, this one
lets the next run measure only what changed. Each result is filed under a digest of
everything that decided it: the page (its words, its picture, its record in topic.toml),
and the measurer itself (the kiosk's code, its fonts and button words, the Qt release).
Change any of those and the digest is new, so an old result is never used for it.

It is a cache and nothing more: a damaged, locked or unwritable file is set aside or
ignored, said once in the log, and validate measures everything as if it were empty.
``--no-cache`` (or ``KIOSK_CACHE_DIR=off``) measures everything afresh.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import enum
import functools
import hashlib
import importlib.metadata
import json
import logging
import os
import sqlite3
import sys
import threading
import time
from collections.abc import Iterable, Mapping
from pathlib import Path, PurePath

from kiosk.core import resources
from kiosk.core.model import Localized
from kiosk.core.paths import APP_NAME

log = logging.getLogger("kiosk.pack")

ENV_VAR = "KIOSK_CACHE_DIR"
FILE_NAME = "checks.sqlite"
# An entry nobody has used for this long belongs to a pack long since finished.
KEEP_UNUSED_S = 60 * 24 * 3600
BUSY_WAIT_S = 10.0  # for another validate's write to finish
MOST_ENTRIES = 200_000  # ~40 MB: a few dozen packs of a thousand pages in three languages
_PACKAGE = Path(__file__).resolve().parent.parent

JSON = object


class CheckCache:
    """Results filed by (kind, digest), as JSON. ``folder=None`` remembers nothing."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self._db: sqlite3.Connection | None = None
        self._written = False
        self._lock = threading.Lock()
        if folder is not None:
            self._db = self._open(folder / FILE_NAME)

    @classmethod
    def default(cls) -> CheckCache:
        """$KIOSK_CACHE_DIR ("off" for none), else the platform's per-user cache folder."""
        chosen = os.environ.get(ENV_VAR)
        if chosen and chosen.lower() == "off":
            return cls(None)
        if chosen:
            return cls(Path(chosen).expanduser())
        import platformdirs

        return cls(Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)))

    @property
    def remembers(self) -> bool:
        return self._db is not None

    def _open(self, path: Path) -> sqlite3.Connection | None:
        for attempt in range(2):
            db: sqlite3.Connection | None = None
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                # Validate draws pictures on a thread of its own while it measures text
                # on this one; both come here, one at a time (the lock).
                db = sqlite3.connect(path, timeout=BUSY_WAIT_S, isolation_level=None,
                                     check_same_thread=False)
                db.execute("CREATE TABLE IF NOT EXISTS results (kind TEXT NOT NULL, "
                           "digest TEXT NOT NULL, value TEXT NOT NULL, used INTEGER NOT NULL, "
                           "PRIMARY KEY (kind, digest)) WITHOUT ROWID")
                db.execute("SELECT count(*) FROM results").fetchone()
                return db
            except sqlite3.OperationalError as error:
                # Busy (another validate writing for longer than the timeout), or a
                # folder it may not write: nothing wrong with the file itself.
                _close(db)
                log.warning("validate's cache %s cannot be used now (%s): measuring "
                            "everything (KIOSK_CACHE_DIR=off stops it trying)", path, error)
                return None
            except sqlite3.DatabaseError as error:  # not a database, or a damaged one
                _close(db)
                if attempt or not path.exists():
                    log.warning("validate's cache %s cannot be used (%s): measuring "
                                "everything", path, error)
                    return None
                if not _removed(path, error):
                    return None
                log.warning("validate's cache %s was damaged (%s): starting a new one",
                            path, error)
            except OSError as error:
                _close(db)
                log.warning("validate's cache in %s cannot be used (%s): measuring "
                            "everything (KIOSK_CACHE_DIR=off stops it trying)",
                            path.parent, error)
                return None
        return None

    def get(self, kind: str, digests: Iterable[str]) -> dict[str, JSON]:
        """The results filed under those digests that are there."""
        with self._lock:
            return self._get(kind, digests)

    def _get(self, kind: str, digests: Iterable[str]) -> dict[str, JSON]:
        if self._db is None:
            return {}
        wanted = list(dict.fromkeys(digests))
        found: dict[str, JSON] = {}
        unreadable: list[str] = []
        try:
            for start in range(0, len(wanted), 500):  # SQLite's limit on parameters
                chunk = wanted[start:start + 500]
                marks = ",".join("?" * len(chunk))
                # As bytes: text that is not UTF-8 would fail the whole fetch, not the row.
                rows = self._db.execute(
                    f"SELECT digest, CAST(value AS BLOB) FROM results WHERE kind = ? "
                    f"AND digest IN ({marks})", (kind, *chunk)).fetchall()
                for digest, value in rows:
                    try:
                        found[digest] = json.loads(value)
                    except ValueError:
                        unreadable.append(digest)  # measured again, and filed anew
            if found or unreadable:
                self._db.execute("BEGIN")
                self._db.executemany("UPDATE results SET used = ? WHERE kind = ? AND digest = ?",
                                     [(int(time.time()), kind, d) for d in found])
                self._db.executemany("DELETE FROM results WHERE kind = ? AND digest = ?",
                                     [(kind, d) for d in unreadable])
                self._db.execute("COMMIT")
        except sqlite3.Error as error:
            self._give_up(error)
            return {}
        if unreadable:
            log.warning("validate's cache had %d unreadable results: measured again",
                        len(unreadable))
        return found

    def put(self, kind: str, results: Mapping[str, JSON]) -> None:
        with self._lock:
            self._put(kind, results)

    def _put(self, kind: str, results: Mapping[str, JSON]) -> None:
        if self._db is None or not results:
            return
        now = int(time.time())
        try:
            self._db.execute("BEGIN")
            self._db.executemany(
                "INSERT OR REPLACE INTO results (kind, digest, value, used) VALUES (?, ?, ?, ?)",
                [(kind, digest, json.dumps(value, ensure_ascii=False), now)
                 for digest, value in results.items()])
            self._db.execute("COMMIT")
            self._written = True
        except sqlite3.Error as error:
            self._give_up(error)

    def close(self) -> None:
        """Forget the oldest entries past the limits, and let go of the file."""
        with self._lock:
            self._close()

    def _close(self) -> None:
        if self._db is None:
            return
        try:
            if self._written:
                self._db.execute("DELETE FROM results WHERE used < ?",
                                 (int(time.time()) - KEEP_UNUSED_S,))
                extra = self._db.execute("SELECT count(*) FROM results").fetchone()[0] \
                    - MOST_ENTRIES
                if extra > 0:
                    self._db.execute(
                        "DELETE FROM results WHERE (kind, digest) IN (SELECT kind, digest "
                        "FROM results ORDER BY used LIMIT ?)", (extra,))
            self._db.close()
            self._db = None
        except sqlite3.Error as error:
            self._give_up(error)

    def _give_up(self, error: sqlite3.Error) -> None:
        """Stop using the cache for this run; a file found damaged only now (its first
        check passed) is removed, so the next run starts a new one."""
        _close(self._db)
        self._db = None
        damaged = isinstance(error, sqlite3.DatabaseError) and \
            not isinstance(error, sqlite3.OperationalError)
        if damaged and self.folder is not None and \
                _removed(self.folder / FILE_NAME, error):
            log.warning("validate's cache was damaged (%s): removed; measuring the rest "
                        "afresh", error)
            return
        log.warning("validate's cache stopped working (%s): measuring the rest afresh",
                    error)

    def __enter__(self) -> CheckCache:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def _close(db: sqlite3.Connection | None) -> None:
    if db is not None:
        with contextlib.suppress(sqlite3.Error):
            db.close()


def _removed(path: Path, why: Exception) -> bool:
    try:
        _remove(path)
    except OSError as error:  # another program has it open (Windows)
        log.warning("validate's cache %s is damaged (%s) and could not be removed (%s): "
                    "measuring everything", path, why, error)
        return False
    return True


def _remove(path: Path) -> None:
    for stray in (path, path.with_name(path.name + "-journal")):
        stray.unlink(missing_ok=True)


def digest(*parts: object, language: str | None = None) -> str:
    """A digest of JSON-able parts (dataclasses, paths and enums included). With a
    ``language``, words kept in several languages count only in that one (as a screen in
    that language shows them), so editing the Urdu leaves the English digest alone."""
    text = json.dumps(parts, ensure_ascii=False, separators=(",", ":"),
                      default=functools.partial(_plain, language=language))
    return hashlib.sha256(text.encode()).hexdigest()


def _plain(value: object, language: str | None = None) -> object:
    """What JSON cannot write itself, as something it can (JSON calls this for those only,
    which keeps a thousand pages' digests quick)."""
    if language is not None and isinstance(value, Localized):
        return value.get(language)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [field.name for field in dataclasses.fields(value)] + [
            getattr(value, field.name) for field in dataclasses.fields(value)]
    if isinstance(value, Mapping):
        return list(value.items())
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, PurePath):
        return value.as_posix()
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted(map(repr, value))
    return repr(value)


def file_digest(path: Path) -> str:
    """The file's bytes; "missing" for one that cannot be read (its check says why)."""
    try:
        with path.open("rb") as file:
            return hashlib.file_digest(file, "sha256").hexdigest()
    except OSError:
        return "missing"


@functools.cache
def measurer() -> str:
    """A digest of what measures: this kiosk's code, fonts and button words, Qt's release
    and Python's. Any change there, and every result measured before is measured again."""
    files: list[Path] = []
    if getattr(sys, "frozen", False):
        files.append(Path(sys.executable))  # a bundle carries its code inside it
    else:
        files += sorted(_PACKAGE.rglob("*.py"))
    try:
        files += sorted(resources.fonts().glob("*"))
        files += sorted(resources.translations().glob("*.qm"))
    except FileNotFoundError:
        pass
    try:
        qt = importlib.metadata.version("PySide6-Essentials")
    except importlib.metadata.PackageNotFoundError:
        qt = "unknown"
    return digest(sys.version, qt, [(f.name, file_digest(f)) for f in files])
