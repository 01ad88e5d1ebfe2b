"""Logging to a rotating file in the data folder, one logger per subsystem (kiosk.*)."""

from __future__ import annotations

import contextlib
import logging
import sys
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
MAX_BYTES = 1_000_000
BACKUPS = 5


class _SaysOnce(logging.Handler):
    """A log file that cannot be written (a full or read-only disk) says so once on
    stderr, and again when it can be written again; not a traceback for every line (the
    logging module's way), for months, into the system's journal."""

    _failing = False
    _ok = True

    def emit(self, record: logging.LogRecord) -> None:
        self._ok = True
        super().emit(record)
        if self._ok and self._failing:
            self._failing = False
            sys.stderr.write("kiosk: the log file can be written again\n")

    def handleError(self, record: logging.LogRecord) -> None:
        self._ok = False
        if not self._failing:
            self._failing = True
            error = sys.exc_info()[1]
            sys.stderr.write(f"kiosk: cannot write the log file ({error}); its lines go to "
                             "stderr only until it can\n")


class _PlainFile(_SaysOnce, logging.FileHandler):
    pass


def _rotating(path: Path) -> logging.Handler:
    import logging.handlers  # socket, pickle, queue...: kept off the kiosk's first frame

    class RotatingFile(_SaysOnce, logging.handlers.RotatingFileHandler):
        pass

    # Months unattended: cap the disk a chatty fault can eat.
    return RotatingFile(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")


def _own(root: logging.Logger, handler: logging.Handler) -> None:
    handler.setFormatter(logging.Formatter(FORMAT))
    handler._kiosk = True  # type: ignore[attr-defined]
    root.addHandler(handler)


def setup(log_dir: Path | None, level: int = logging.INFO, filename: str = "kiosk.log",
          rotate: bool = True) -> None:
    """Log to stderr and to ``log_dir/filename``.

    ``rotate=False`` starts with a plain file handler on the same file, for the kiosk's
    first frame; ``enable_rotation()`` swaps in the rotating one right after it.
    """
    root = logging.getLogger("kiosk")
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, "_kiosk", False):
            root.removeHandler(handler)
            handler.close()
    _own(root, logging.StreamHandler())
    if log_dir is not None:
        path = log_dir / filename
        try:
            log_dir.mkdir(parents=True, exist_ok=True)
            handler = _rotating(path) if rotate else _PlainFile(path, encoding="utf-8")
        except OSError as error:
            # A data disk gone read-only (ext4 after errors) or full: the kiosk must still
            # start and show its content; the log goes to stderr (the system's journal).
            root.error("cannot write the log file %s (%s); logging to stderr only", path,
                       error)
            return
        _own(root, handler)


def enable_rotation() -> None:
    """Replace a plain kiosk log file handler by a rotating one on the same file."""
    root = logging.getLogger("kiosk")
    for handler in list(root.handlers):
        if getattr(handler, "_kiosk", False) and isinstance(handler, _PlainFile):
            path = Path(handler.baseFilename)
            try:
                rotating = _rotating(path)
            except OSError as error:
                root.error("cannot rotate the log file %s (%s); keeping it as it is", path,
                           error)
                return
            root.removeHandler(handler)
            with contextlib.suppress(OSError):  # its last flush, on a full disk
                handler.close()
            _own(root, rotating)
