"""The installed kiosk against the smallest PySide6 window, both frozen the same way.

    python bench/bundle.py [--runs 15] [--write docs/performance.md]

Builds both bundles in the same run with build_installer.py (``--app kiosk`` and
``--app minimal``: same PyInstaller, same pruning, same stripping), then compares

1. size on disk: goal <= 1.2x;
2. cold start to the first painted frame (``clinic-kiosk --quit-after-first-frame`` against
   the frozen bench/minimal_window.py), starts alternating, medians: goal <= 1.3x;
3. memory (PSS) after a tour of every page in every language (bench/tour.py, frozen with
   everything the kiosk's bundle carries: ``--app tour``) against the frozen window at its
   first frame: goal <= 100 MiB. The same tour from source is run beside it, in turn.
   With ``--xvfb`` the frozen tour and window are also run under X11 (Debian's Xvfb,
   through xvfb-run), as a clinic's screen shows them: there the window's picture is
   memory shared with the X server, which PSS counts half to each, where offscreen the
   kiosk holds all of it (8 MB at 1920x1080).

``--write`` puts the figures, the bundle's size and its ten largest files between the
``<!-- bundle:start -->`` and ``<!-- bundle:end -->`` markers in the given file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from perfdoc import write_block  # noqa: E402 - beside this script

import build_installer  # noqa: E402

OUT = ROOT / "build" / "bench-bundle"
EXE = ".exe" if sys.platform == "win32" else ""


def build(app: str) -> Path:
    subprocess.run([sys.executable, str(ROOT / "build_installer.py"), "--app", app,
                    "--no-installers", "--dist", str(OUT / "dist"), "--work", str(OUT / "work")],
                   check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    return OUT / "dist" / {"kiosk": "clinic-kiosk", "minimal": "minimal-window",
                           "tour": "kiosk-tour"}[app]


def size(bundle: Path) -> int:
    return sum(s for s, _ in build_installer.bundle_files(bundle))


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=120)
    return time.perf_counter() - start


def under_x11(cmd: list[str], env: dict[str, str]) -> tuple[list[str], dict[str, str]]:
    """``cmd`` on an X server of its own, at the tour's size."""
    return (["xvfb-run", "-a", "-s", "-screen 0 1920x1080x24", *cmd],
            {**env, "QT_QPA_PLATFORM": "xcb"})


def memory(cmd: list[str], env: dict[str, str]) -> dict[str, int]:
    """PSS and RSS (KiB) that ``cmd`` prints as its last line of JSON."""
    out = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True,
                         timeout=900).stdout
    return json.loads(out.strip().splitlines()[-1])


def toured(tour_dir: Path, base_dir: Path, env: dict[str, str], runs: int, x11: bool
           ) -> dict[str, float]:
    """Median PSS in MiB: the frozen tour, the same tour from source, the frozen window,
    and with ``x11`` the frozen tour and window under X11."""
    tour = [str(tour_dir / f"kiosk-tour{EXE}")]
    window = [str(base_dir / f"minimal-window{EXE}"), "--memory"]
    ways = {"frozen": (tour, env),
            "source": ([sys.executable, str(ROOT / "bench" / "tour.py")], env),
            "window": (window, env)}
    if x11:
        ways |= {"frozen_x11": under_x11(tour, env), "window_x11": under_x11(window, env)}
    found: dict[str, list[int]] = {name: [] for name in ways}
    for _ in range(runs):  # in turn, so a busy minute weighs on each alike
        for name, (cmd, cmd_env) in ways.items():
            found[name].append(memory(cmd, cmd_env)["pss_kib"])
    return {name: statistics.median(kib) / 1024 for name, kib in found.items()}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--write", type=Path)
    parser.add_argument("--tours", type=int, default=2,
                        help="tours each way for the memory row (about 1.5 min each)")
    parser.add_argument("--xvfb", action="store_true",
                        help="also tour under X11 (xvfb-run), as a clinic's screen shows it")
    args = parser.parse_args()
    if args.xvfb and shutil.which("xvfb-run") is None:
        parser.error("--xvfb needs xvfb-run (Debian: apt install xvfb xauth)")
    kiosk_dir, base_dir, tour_dir = build("kiosk"), build("minimal"), build("tour")
    kiosk_size, base_size = size(kiosk_dir), size(base_dir)
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    data = tempfile.mkdtemp(prefix="kiosk-bench-")
    kiosk = [str(kiosk_dir / f"clinic-kiosk{EXE}"), "--quit-after-first-frame", "--data-dir", data]
    base = [str(base_dir / f"minimal-window{EXE}")]
    timed(kiosk, env), timed(base, env)  # warm the disk cache for both alike
    k, b = [], []
    for _ in range(args.runs):
        k.append(timed(kiosk, env))
        b.append(timed(base, env))
    k_med, b_med = statistics.median(k), statistics.median(b)
    pss = toured(tour_dir, base_dir, env, args.tours, args.xvfb)
    rows = [
        ("Bundle size on disk", f"{kiosk_size / 1e6:.1f} MB", f"{base_size / 1e6:.1f} MB",
         f"{kiosk_size / base_size:.2f}x", "<= 1.2x"),
        ("Cold start of the bundle to first frame", f"{k_med * 1000:.0f} ms",
         f"{b_med * 1000:.0f} ms", f"{k_med / b_med:.2f}x", "<= 1.3x"),
        (f"Memory (PSS) after touring every page, between patients (the same tour from "
         f"source: {pss['source']:.0f} MiB)", f"{pss['frozen']:.1f} MiB",
         f"{pss['window']:.1f} MiB", f"{pss['frozen'] / pss['window']:.2f}x", "<= 100 MiB"),
    ]
    if args.xvfb:
        rows.append(("The same, under X11 (Xvfb: the window's picture shared with the X "
                     "server)", f"{pss['frozen_x11']:.1f} MiB", f"{pss['window_x11']:.1f} MiB",
                     f"{pss['frozen_x11'] / pss['window_x11']:.2f}x", "<= 100 MiB"))
    table = ["| measure | kiosk bundle | minimal PySide6 window bundle | ratio | goal |",
             "|---|---|---|---|---|"]
    table += ["| " + " | ".join(row) + " |" for row in rows]
    files = build_installer.bundle_files(kiosk_dir)
    top = ["| file | MB |", "|---|---|"]
    top += [f"| `{p.relative_to(kiosk_dir).as_posix()}` | {s / 1e6:.2f} |" for s, p in files[:10]]
    text = "\n".join(table) + "\n\nThe kiosk bundle's ten largest files:\n\n" + "\n".join(top)
    print(text)
    if args.write:
        import PyInstaller
        import PySide6

        flags = f"--runs {args.runs}{' --xvfb' if args.xvfb else ''}"
        header = (f"Measured {dt.date.today().isoformat()} with `python bench/bundle.py {flags}` "
                  f"on {platform.system()} {platform.machine()} "
                  f"({os.cpu_count()} cores), Python {platform.python_version()}, PySide6 "
                  f"{PySide6.__version__}, PyInstaller {PyInstaller.__version__}, offscreen"
                  f"{' (and X11 where the row says so)' if args.xvfb else ''}. "
                  f"Budget in build_installer.py: {build_installer.BUDGET_MB} MB.")
        write_block(args.write, "bundle", header, text, heading="Installed bundle")
    return 0


if __name__ == "__main__":
    sys.exit(main())
