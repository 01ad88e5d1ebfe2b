"""A process's own memory, read from /proc (Linux): what the memory benchmarks report.

Imported by bench/tour.py and bench/minimal_window.py, frozen with them as well, so it
imports nothing but the standard library.
"""

from __future__ import annotations


def memory_kib() -> dict[str, int]:
    """PSS and RSS of this process, in KiB."""
    found = {}
    with open("/proc/self/smaps_rollup", encoding="ascii") as smaps:
        for line in smaps:
            name, _, rest = line.partition(":")
            if name in ("Rss", "Pss"):
                found[name.lower() + "_kib"] = int(rest.split()[0])
    return found


def memory_by_mapping() -> list[tuple[str, int]]:
    """PSS (KiB) by what is mapped: each file, the C heap and anonymous memory, largest
    first."""
    found: dict[str, int] = {}
    name = ""
    with open("/proc/self/smaps", encoding="utf-8", errors="replace") as smaps:
        for line in smaps:
            head = line.split(maxsplit=5)
            if "-" in head[0] and len(head) >= 5 and ":" not in head[0]:
                name = head[5].strip() if len(head) > 5 else "[anonymous]"
            elif head[0] == "Pss:":
                found[name] = found.get(name, 0) + int(head[1])
    return sorted(found.items(), key=lambda item: -item[1])
