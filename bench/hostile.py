"""Hostile files of up to 64 MB: how long and how much memory kiosk-pack takes to refuse each
(issue #15: "exit 1, no traceback, nothing written, in under 10 s and under 300 MB").

    python bench/hostile.py [--write docs/performance.md]

The corpus is tests/core/hostile_files.py's (the test holds each refusal to exit 1, no
traceback, nothing written, under 300 MB). Here every command that reads a .kpack
(validate, info, verify, install) runs on each, and the slowest and largest are set
against ``kiosk-pack --version`` in the same run: the cost of starting at all.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from perfdoc import measured_with, write_block  # beside this script

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "core"))
from hostile_files import make_corpus, packcli  # noqa: E402

GOAL_SECONDS, GOAL_MB = 10.0, 300.0
PUBKEY = "ed25519:" + "A" * 43 + "="


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", type=Path, help="write the figures into this file")
    args = parser.parse_args(argv)
    baseline = packcli("--version")
    rows: list[str] = []
    worst_s = worst_mb = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for case in make_corpus(Path(tmp) / "corpus"):
            commands = [["validate", str(case.path)]]
            if not case.folder:
                commands += [["info", str(case.path)],
                             ["verify", str(case.path), "--pubkey", PUBKEY],
                             ["install", str(case.path), "--data-dir", f"{tmp}/data-{case.name}"]]
            for command in commands:
                run = packcli(*command)
                bad = run.code != 1 or "Traceback" in run.stderr
                worst_s, worst_mb = max(worst_s, run.seconds), max(worst_mb, run.peak_mb)
                rows.append(f"| {case.name} | {command[0]} | {run.code}{' (!)' if bad else ''} "
                            f"| {run.seconds:.2f} | {run.peak_mb:.0f} |")
                print(rows[-1], flush=True)
    table = "\n".join([
        "| file | command | exit | seconds | peak MB |", "|---|---|---|---|---|", *rows,
        f"| **slowest, largest** | | | **{worst_s:.2f}** ({worst_s / baseline.seconds:.1f}x "
        f"start-up; goal {GOAL_SECONDS:.0f} s) | **{worst_mb:.0f}** "
        f"({worst_mb / baseline.peak_mb:.1f}x start-up; goal {GOAL_MB:.0f}) |",
        f"| baseline: `kiosk-pack --version` | | {baseline.code} | {baseline.seconds:.2f} | "
        f"{baseline.peak_mb:.0f} |"])
    print(table)
    if args.write:
        write_block(args.write, "hostile", measured_with("python bench/hostile.py"), table,
                    heading="Hostile files (#15)")
    return 0 if worst_s <= GOAL_SECONDS and worst_mb <= GOAL_MB else 1


if __name__ == "__main__":
    sys.exit(main())
