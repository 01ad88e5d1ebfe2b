"""The log: a data disk that cannot be written must not stop the kiosk (issue #14)."""

from __future__ import annotations

import logging
import logging.handlers
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.core import logs


@pytest.fixture(autouse=True)
def own_handlers_removed() -> Iterator[None]:
    yield
    root = logging.getLogger("kiosk")
    for handler in list(root.handlers):
        if getattr(handler, "_kiosk", False):
            root.removeHandler(handler)
            handler.close()


def _files(root: logging.Logger) -> list[logging.FileHandler]:
    return [h for h in root.handlers if isinstance(h, logging.FileHandler)]


def test_the_log_goes_to_its_file_and_rotates(tmp_path: Path) -> None:
    logs.setup(tmp_path / "logs", rotate=False)
    logs.enable_rotation()
    logging.getLogger("kiosk.test").info("written")
    root = logging.getLogger("kiosk")
    (handler,) = _files(root)
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    assert "written" in (tmp_path / "logs" / "kiosk.log").read_text()


@pytest.mark.allow_logged_errors
@pytest.mark.parametrize("rotate", [True, False])
def test_a_log_folder_that_cannot_be_made_leaves_stderr(tmp_path: Path, rotate: bool,
                                                        caplog: pytest.LogCaptureFixture) -> None:
    blocked = tmp_path / "data"
    blocked.write_text("a file where the data folder should be")  # mkdir fails, as on a bad disk
    logs.setup(blocked / "logs", rotate=rotate)
    root = logging.getLogger("kiosk")
    assert not _files(root)
    assert any(isinstance(h, logging.StreamHandler) for h in root.handlers)
    assert "cannot write the log file" in caplog.text
    logging.getLogger("kiosk.test").info("still logged")
    assert "still logged" in caplog.text


class FullDisk:
    """A log file's stream on a disk that has filled up since it was opened."""

    def __init__(self) -> None:
        self.full = True
        self.lines: list[str] = []

    def write(self, text: str) -> None:
        if self.full:
            raise OSError(28, "No space left on device")
        self.lines.append(text)

    def flush(self) -> None:
        pass

    def tell(self) -> int:
        return sum(len(line) for line in self.lines)

    def seek(self, _offset: int, _whence: int = 0) -> int:
        return self.tell()


def test_a_full_disk_is_said_once_on_stderr_and_again_when_it_clears(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    logs.setup(tmp_path / "logs")
    (handler,) = _files(logging.getLogger("kiosk"))
    disk = FullDisk()
    handler.stream = disk  # type: ignore[assignment]
    for n in range(5):
        logging.getLogger("kiosk.test").info("line %d", n)
    err = capsys.readouterr().err
    assert err.count("cannot write the log file") == 1 and "Traceback" not in err
    assert "No space left on device" in err
    assert "line 4" in err  # stderr still has every line
    disk.full = False
    logging.getLogger("kiosk.test").info("after")
    assert "can be written again" in capsys.readouterr().err
    assert any("after" in line for line in disk.lines)
