"""Writing a benchmark's figures into docs/performance.md between its own markers."""

from __future__ import annotations

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
