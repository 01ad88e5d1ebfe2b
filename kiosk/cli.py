"""The ``kiosk`` command."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path


def _size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{3,5})[xX×](\d{3,5})", text)
    if not match:
        raise argparse.ArgumentTypeError("use WIDTHxHEIGHT, for example 1920x1080")
    return int(match.group(1)), int(match.group(2))


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="kiosk", description="Patient-education kiosk.",
                                epilog="`kiosk stats export -o FILE.csv` writes the usage "
                                       "statistics as CSV (kiosk stats --help).")
    p.add_argument("--windowed", action="store_true",
                   help="run in a normal window (for a desk), not full screen")
    p.add_argument("--pack", type=Path, help="show this pack folder instead of the installed one")
    p.add_argument("--data-dir", type=Path,
                   help="keep installed packs, settings and logs here (also $KIOSK_DATA_DIR)")
    p.add_argument("--screenshots", type=Path, metavar="DIR",
                   help="write a PNG of every screen and page in every language, then exit")
    p.add_argument("--size", type=_size, action="append", metavar="WxH",
                   help="screen size for --screenshots (repeatable; "
                        "default 1920x1080 and 1080x1920)")
    p.add_argument("--quit-after-first-frame", action="store_true",
                   help="exit as soon as the first attract frame is painted (for benchmarks)")
    p.add_argument("--self-test", action="store_true",
                   help="check this installation (pack, fonts, icons, translations, Urdu "
                        "shaping, every page rendered off screen); exit 0 if whole, else 1")
    p.add_argument("--record-shaping", type=Path, metavar="FILE",
                   help="with --self-test: also write HarfBuzz's answers to FILE, for a "
                        "bundle that does not carry HarfBuzz (build_installer.py does this)")
    p.add_argument("--set-pin", action="store_true",
                   help="set the staff PIN (for installers): read it twice from standard "
                        "input, then exit; 0 if set")
    p.add_argument("--supervise", action="store_true",
                   help="run the kiosk as a child process and restart it if it exits or hangs "
                        "(what the installers start at logon)")
    return p


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["stats"]:
        from kiosk.statscli import main as stats

        return stats(argv[1:])
    args = parser().parse_args(argv)
    if args.set_pin:
        return _set_pin(args.data_dir)
    if args.self_test:
        from kiosk._qt.selftest import run as self_test

        return self_test(record_shaping=args.record_shaping)
    if args.supervise:
        # No Qt in this process: the supervisor stays small and outlives a broken GUI.
        from kiosk.core.paths import DataDir
        from kiosk.core.supervisor import main as supervise

        passed = [*(["--windowed"] if args.windowed else []),
                  *(["--pack", str(args.pack)] if args.pack else []),
                  *(["--data-dir", str(args.data_dir)] if args.data_dir else [])]
        return supervise(passed, DataDir.choose(args.data_dir).logs)
    if args.screenshots:
        from kiosk._qt.screenshots import write_screenshots

        sizes = args.size or [(1920, 1080), (1080, 1920)]
        return write_screenshots(args.screenshots, sizes, args.data_dir, args.pack)
    from kiosk._qt.app import run

    return run(args.windowed, args.data_dir, args.pack, args.quit_after_first_frame)


def _set_pin(data_dir: Path | None) -> int:
    """The staff PIN from an installer or IT's terminal, typed twice, before first start."""
    import getpass
    import io

    from kiosk.core.paths import DataDir
    from kiosk.core.staffpin import (
        MAX_DIGITS,
        MIN_DIGITS,
        StaffPin,
        easily_guessed,
        grouped,
        valid_pin,
    )

    def ask(prompt: str) -> str:
        if sys.stdin.isatty():
            return getpass.getpass(prompt)
        # An installer pipes it in or redirects a file (no echo to hide), one PIN a line:
        # the Windows installer ends its lines with CRLF, which strip() takes off too.
        return sys.stdin.readline().strip()

    if sys.stdin is None:  # the windowless Windows executable: use clinic-kiosk-console.exe
        print("No standard input to read the PIN from. Not set.", file=sys.stderr)
        return 2
    # The recovery code must reach the installer even when the data folder's name cannot be
    # written in the console's (or the redirected file's) code page.
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")
    first = ask("New staff PIN: ")
    second = ask("The same PIN again: ")
    if not valid_pin(first):
        print(f"A PIN is {MIN_DIGITS} to {MAX_DIGITS} digits (0-9). Not set.", file=sys.stderr)
        return 2
    if easily_guessed(first):
        print("Anyone could guess that PIN (like 1111, 1234 or a year). Not set.",
              file=sys.stderr)
        return 2
    if first != second:
        print("The two PINs were not the same. Not set.", file=sys.stderr)
        return 2
    data = DataDir.choose(data_dir).create()
    pin = StaffPin(data.root)
    pin.set_pin(first)
    code = pin.new_recovery_code()
    print(f"Staff PIN set in {data.root}.")
    print("Recovery code, for the day the PIN is forgotten (it lets staff choose a new one, "
          "once; write it down and keep it locked away): " + grouped(code))
    return 0


if __name__ == "__main__":
    sys.exit(main())
