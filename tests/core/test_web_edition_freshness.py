"""``kiosk-pack validate`` of a pack with a web edition: is what the QR codes open whole,
and made from this pack? Folders on disk, and a real web server on 127.0.0.1."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.core.packdir import load_pack
from kiosk.core.problems import PackError
from kiosk.core.webedition import freshness
from kiosk.packcli import main
from tests.core.test_web_edition import write
from tests.webserver import WEB_EDITION, pack_with_web_edition, serving

ADDRESS = WEB_EDITION


@pytest.fixture
def folder(tmp_path: Path, default_pack_dir: Path) -> Path:
    return pack_with_web_edition(default_pack_dir, tmp_path / "pack")


@pytest.fixture
def web(folder: Path, tmp_path: Path) -> Path:
    out = tmp_path / "web"
    write(load_pack(folder), out)
    return out


@pytest.fixture
def served(web: Path) -> Iterator[str]:
    """The edition on a real web server, on this machine only."""
    with serving(web) as address:
        yield address


def said(folder: Path, where: str | None) -> list[str]:
    return [str(p) for p in freshness.check(load_pack(folder), where)]


def test_the_address_must_be_a_web_address(folder: Path) -> None:
    manifest = folder / "pack.toml"
    for bad in ("clinic.example.pk/learn", "ftp://clinic.example.pk", "https://a b",
                "https://clinic.example.pk/learn?page=1",
                "https://clinic.example.pk/learn/index.html"):
        manifest.write_text(manifest.read_text(encoding="utf-8").replace(
            f'web_edition = "{ADDRESS}"', f'web_edition = "{bad}"'), encoding="utf-8")
        with pytest.raises(PackError, match=r"web_edition.*must be (a web|the) address"):
            load_pack(folder)
        manifest.write_text(manifest.read_text(encoding="utf-8").replace(
            f'web_edition = "{bad}"', f'web_edition = "{ADDRESS}"'), encoding="utf-8")
    assert load_pack(folder).web_edition == ADDRESS


def test_a_fresh_whole_edition_passes(folder: Path, web: Path, served: str) -> None:
    assert said(folder, str(web)) == []
    assert said(folder, served) == []


def test_a_missing_page_is_named(folder: Path, web: Path, served: str) -> None:
    (web / "ur" / "treatments.html").unlink()
    for where in (str(web), served):
        (problem,) = said(folder, where)
        assert "missing 1 page(s) the QR codes open: ur/treatments.html" in problem


def test_an_edition_of_an_older_version_or_older_words_is_flagged(folder: Path,
                                                                   web: Path) -> None:
    page = folder / "topics" / "treatments" / "hsct.ur.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nایک نئی سطر۔\n", encoding="utf-8")
    (problem,) = said(folder, str(web))
    assert "made before the pack's last changes (same version 1" in problem
    manifest = folder / "pack.toml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(
        "\nversion = 1\n", "\nversion = 2\n"), encoding="utf-8")
    (problem,) = said(folder, str(web))
    assert "older than the pack: it was made from version 1, the pack is version 2" in problem


def test_no_edition_another_packs_or_a_damaged_record(folder: Path, web: Path,
                                                      tmp_path: Path) -> None:
    (problem,) = said(folder, str(tmp_path / "nothing-here"))
    assert "holds no web edition of this pack (edition.json is missing)" in problem
    record = web / "edition.json"
    record.write_text(record.read_text(encoding="utf-8").replace(
        '"pk.kiosk.immune-basics"', '"org.other.pack"'), encoding="utf-8")
    (problem,) = said(folder, str(web))
    assert "another pack (org.other.pack)" in problem
    record.write_text("{not json", encoding="utf-8")
    (problem,) = said(folder, str(web))
    assert "edition.json is damaged" in problem


def test_a_server_that_never_answers_is_given_up_on(folder: Path) -> None:
    # It takes the connection and says nothing: the check ends at its deadline.
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen()
    try:
        problems = freshness.check(load_pack(folder),
                                   f"http://127.0.0.1:{silent.getsockname()[1]}/", seconds=1)
    finally:
        silent.close()
    (problem,) = [str(p) for p in problems]
    assert "the web edition cannot be checked" in problem and "timed out" in problem


def test_a_server_that_sends_its_headers_a_byte_at_a_time_is_given_up_on(
        folder: Path) -> None:
    # Each byte comes long before a per-read timeout would fire; only a deadline for the
    # whole check ends it. The server would go on for a minute; the check stops at 1 s.
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    stop = threading.Event()

    def drip() -> None:
        connection, _ = listener.accept()
        with connection:
            connection.sendall(b"HTTP/1.0 200 OK\r\n")
            for _ in range(600):
                if stop.wait(0.1):
                    return
                try:
                    connection.sendall(b"X")
                except OSError:
                    return

    server = threading.Thread(target=drip, daemon=True)
    server.start()
    try:
        problems = freshness.check(load_pack(folder),
                                   f"http://127.0.0.1:{listener.getsockname()[1]}/", seconds=1)
    finally:
        stop.set()
        listener.close()
    (problem,) = [str(p) for p in problems]
    assert "the web edition cannot be checked: no answer from" in problem
    assert "within 1 s" in problem


def test_validate_checks_the_published_address_and_says_what_to_do(
        folder: Path, web: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--no-text-fit", str(folder), "--web-edition", str(web)]) == 0
    (web / "en" / "index.html").unlink()
    assert main(["validate", "--no-text-fit", str(folder), "--web-edition", str(web)]) == 1
    err = capsys.readouterr().err
    assert "missing 1 page(s) the QR codes open: en/index.html" in err
    assert "kiosk-pack export-html" in err
    # Without --web-edition it looks where the QR codes point: here a port of this
    # machine that nothing listens on.
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    nowhere = f"http://127.0.0.1:{closed.getsockname()[1]}/learn"
    closed.close()
    manifest = folder / "pack.toml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(ADDRESS, nowhere),
                        encoding="utf-8")
    assert main(["validate", "--no-text-fit", str(folder)]) == 1
    err = capsys.readouterr().err
    assert f"{nowhere}/: the web edition cannot be checked" in err
    assert "Connection refused" in err
    assert main(["validate", "--no-text-fit", "--no-web-check", str(folder)]) == 0
