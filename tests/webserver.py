"""A real web server on 127.0.0.1 for the tests, serving one folder, quietly."""

from __future__ import annotations

import contextlib
import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

WEB_EDITION = "https://clinic.example.pk/learn"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    extensions_map: ClassVar[dict[str, str]] = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".woff2": "font/woff2", ".svg": "image/svg+xml"}

    def log_message(self, *args: object) -> None:
        pass


@contextlib.contextmanager
def serving(folder: Path) -> Iterator[str]:
    """``folder`` at the address this yields (ending in /), until the block ends."""
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Quiet, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()


def pack_with_web_edition(default_pack: Path, folder: Path) -> Path:
    """A copy of the default pack that names where its web edition is published."""
    shutil.copytree(default_pack, folder)
    manifest = folder / "pack.toml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(
        "\n[title]", f'\nweb_edition = "{WEB_EDITION}"\n\n[title]', 1), encoding="utf-8")
    return folder
