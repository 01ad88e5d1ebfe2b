"""A pack's content as one number, so a web edition can say which content it was made from.

The version alone cannot tell: staff edit a pack folder many times before they raise it.
"""

from __future__ import annotations

import hashlib

from kiosk.core.model import Pack
from kiosk.core.packdir import MANIFEST


def content_digest(pack: Pack) -> str:
    """SHA-256 over pack.toml and every file under topics/, by path, in a fixed order.

    The same for a pack folder and for the folder a .kpack of it unpacks into.
    """
    root = pack.root
    files = [root / MANIFEST, *(p for p in (root / "topics").rglob("*") if p.is_file())]
    digest = hashlib.sha256()
    for path in sorted(files, key=lambda p: p.relative_to(root).as_posix()):
        name = path.relative_to(root).as_posix().encode("utf-8")
        data = path.read_bytes()
        digest.update(len(name).to_bytes(4, "big") + name + len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()
