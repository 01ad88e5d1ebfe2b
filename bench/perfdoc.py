"""Writing a benchmark's figures into docs/performance.md between its own markers."""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import tempfile
from pathlib import Path


def write_block(path: Path, name: str, header: str, table: str, heading: str = "") -> None:
    """Replace the ``<!-- NAME:start -->`` … ``<!-- NAME:end -->`` block, or append one."""
    doc = path.read_text(encoding="utf-8") if path.exists() else ""
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    block = f"{start}\n{header}\n\n{table}\n{end}"
    if start in doc:
        doc = doc.split(start)[0] + block + doc.split(end)[1]
    else:
        doc = doc.rstrip("\n") + "\n\n" + (f"## {heading}\n\n" if heading else "") + block + "\n"
    path.write_text(doc, encoding="utf-8")


def percentile(values: list[float], p: float) -> float:
    """The value below which ``p`` percent of ``values`` lie (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def measured_with(command: str) -> str:
    """The opening of a figures block: when, with what command, on what machine."""
    import PySide6

    return (f"Measured {dt.date.today().isoformat()} with `{command}` on "
            f"{platform.machine()} ({os.cpu_count()} cores), Python "
            f"{platform.python_version()}, PySide6 {PySide6.__version__}")


def offscreen_screen(width: int, height: int) -> None:
    """Qt's offscreen platform on a screen this size at 96 dpi (its own is 800x800), for
    this process and the kiosk in it (never the folder a real kiosk keeps its data in)."""
    config = Path(tempfile.gettempdir()) / f"kiosk-bench-screen-{width}x{height}.json"
    config.write_text(json.dumps({"screens": [{
        "name": "kiosk", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ.pop("KIOSK_DATA_DIR", None)
