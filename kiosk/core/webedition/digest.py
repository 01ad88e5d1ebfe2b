"""A pack's content as one number, so a web edition can say which content it was made from.

The version alone cannot tell: staff edit a pack folder many times before they raise it.
"""

from __future__ import annotations

import json
import tomllib

from kiosk.core.hashing import sha256
from kiosk.core.kpack import JUNK_FILES
from kiosk.core.model import Pack
from kiosk.core.packdir import MANIFEST


def _manifest_content(data: bytes) -> bytes:
    """pack.toml as values, not text: its comments and layout, and where the edition is
    published (moving it must not make it stale), say nothing the pages say."""
    values = tomllib.loads(data.decode("utf-8"))
    values.pop("web_edition", None)
    return json.dumps(values, sort_keys=True, default=str, ensure_ascii=False).encode("utf-8")


def content_digest(pack: Pack) -> str:
    """SHA-256 over pack.toml's values (less web_edition) and every file under topics/.

    The same files a .kpack of the folder carries (a desktop's Thumbs.db and the like are
    left out of both), so a folder and the .kpack built from it give the same number.
    """
    root = pack.root
    files = [root / MANIFEST, *(p for p in (root / "topics").rglob("*")
                                if p.is_file() and p.name not in JUNK_FILES)]
    digest = sha256()
    for path in sorted(files, key=lambda p: p.relative_to(root).as_posix()):
        name = path.relative_to(root).as_posix().encode("utf-8")
        data = path.read_bytes()
        if path.name == MANIFEST and path.parent == root:
            data = _manifest_content(data)
        digest.update(len(name).to_bytes(4, "big") + name + len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()
