"""Logging to a rotating file in the data folder, one logger per subsystem (kiosk.*)."""

from __future__ import annotations

import logging
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
MAX_BYTES = 1_000_000
BACKUPS = 5


def _rotating(path: Path) -> logging.Handler:
    import logging.handlers  # socket, pickle, queue...: kept off the kiosk's first frame

    # Months unattended: cap the disk a chatty fault can eat.
    return logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                encoding="utf-8")


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
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / filename
        _own(root, _rotating(path) if rotate else logging.FileHandler(path, encoding="utf-8"))


def enable_rotation() -> None:
    """Replace a plain kiosk log file handler by a rotating one on the same file."""
    root = logging.getLogger("kiosk")
    for handler in list(root.handlers):
        if getattr(handler, "_kiosk", False) and type(handler) is logging.FileHandler:
            path = Path(handler.baseFilename)
            root.removeHandler(handler)
            handler.close()
            _own(root, _rotating(path))
