"""build_installer.py's fast parts, with a fake bundle: size report, budget, .deb layout and
the launcher scripts. (tests/test_bundle.py builds the real thing.)"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import build_installer  # noqa: E402


def fake_bundle(tmp_path: Path, sizes: dict[str, int]) -> Path:
    bundle = tmp_path / "dist" / build_installer.NAME
    for name, size in sizes.items():
        path = bundle / name
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as f:
            f.truncate(size)
    return bundle


def test_size_report_prints_total_and_ten_largest(tmp_path: Path, capsys) -> None:
    bundle = fake_bundle(tmp_path, {f"_internal/f{i:02d}.so": (i + 1) * 100_000
                                    for i in range(14)})
    total, _ = build_installer.size_report(bundle, 50)
    out = capsys.readouterr().out
    assert f"{total:.1f} MB in 14 files (budget 50 MB)" in out
    lines = [line for line in out.splitlines() if line.startswith("  ")]
    assert len(lines) == 10
    assert lines[0].strip() == "1.40 MB  _internal/f13.so"
    assert lines[-1].strip().endswith("_internal/f04.so")


def test_the_build_fails_past_the_budget(tmp_path: Path, monkeypatch, capsys) -> None:
    bundle = fake_bundle(tmp_path, {"_internal/big.so": 3_000_000})
    monkeypatch.setattr(build_installer, "build_bundle", lambda app, dist, work: bundle)
    monkeypatch.setattr(build_installer, "check_libraries", lambda bundle: [])
    monkeypatch.setattr(build_installer, "BUDGET_MB", 2)
    assert build_installer.main(["--no-installers"]) == 1
    assert "over the 2 MB budget" in capsys.readouterr().out
    monkeypatch.setattr(build_installer, "BUDGET_MB", 4)
    assert build_installer.main(["--no-installers"]) == 0


@pytest.fixture
def deb_root(tmp_path: Path) -> Path:
    if not shutil.which("dpkg-deb") or not sys.platform.startswith("linux"):
        pytest.skip("dpkg-deb builds .deb files on Debian and Ubuntu")
    bundle = fake_bundle(tmp_path, {"_internal/lib.so": 10})
    exe = bundle / build_installer.NAME
    # A stand-in kiosk: records its arguments; "--supervise" ends like a staff exit would.
    exe.write_text('#!/bin/sh\necho "$0 $*" >> "$KIOSK_FAKE_LOG"\nexit 0\n')
    exe.chmod(0o755)
    deb = build_installer.build_deb(bundle, tmp_path / "dist", tmp_path / "work", "9.8.7")
    assert deb.name.startswith(f"{build_installer.NAME}_9.8.7_")
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    info = subprocess.run(["dpkg-deb", "-f", str(deb), "Version", "Depends"],
                          capture_output=True, text=True, check=True).stdout
    assert "Version: 9.8.7" in info and "libxcb-cursor0" in info
    return root


def run_script(script: Path, log: Path, **env: str) -> list[str]:
    subprocess.run([str(script), "--self-test"] if script.name == build_installer.NAME
                   else [str(script)], check=True, timeout=30,
                   env={**os.environ, "KIOSK_FAKE_LOG": str(log), **env})
    return log.read_text().splitlines() if log.exists() else []


def test_the_deb_puts_the_bundle_under_opt_with_a_launcher(deb_root: Path,
                                                          tmp_path: Path) -> None:
    name = build_installer.NAME
    lines = run_script(deb_root / "usr" / "bin" / name, tmp_path / "log")
    # The launcher finds the bundle relative to itself, so an unpacked copy works too.
    assert lines == [f"{deb_root}/usr/bin/../../opt/{name}/{name} --self-test"]
    desktop = (deb_root / "usr" / "share" / "applications" / f"{name}.desktop").read_text()
    assert f"Exec={name} --windowed" in desktop
    autostart = (deb_root / "etc" / "xdg" / "autostart" / f"{name}.desktop").read_text()
    assert f"Exec=/usr/bin/{name}-autostart" in autostart
    assert (deb_root / "usr" / "share" / "doc" / name / "installing.md").is_file()
    mode = (deb_root / "opt" / name / name).stat().st_mode
    assert mode & 0o111, "the kiosk is executable"


def test_autostart_runs_the_supervisor_and_stops_after_a_staff_exit(deb_root: Path,
                                                                    tmp_path: Path) -> None:
    script = deb_root / "usr" / "bin" / f"{build_installer.NAME}-autostart"
    lines = run_script(script, tmp_path / "log")
    assert len(lines) == 1 and lines[0].endswith(" --supervise")


def test_autostart_honours_kiosk_users(deb_root: Path, tmp_path: Path) -> None:
    script = deb_root / "usr" / "bin" / f"{build_installer.NAME}-autostart"
    # The script reads /etc/default/<name>; point a copy at the unpacked one.
    text = script.read_text().replace("/etc/default/", f"{deb_root}/etc/default/")
    local = tmp_path / "autostart"
    local.write_text(text)
    local.chmod(0o755)
    (local.parent / build_installer.NAME).symlink_to(
        deb_root / "usr" / "bin" / build_installer.NAME)
    defaults = deb_root / "etc" / "default" / build_installer.NAME
    defaults.write_text('KIOSK_USERS="someone-else another"\n')
    assert run_script(local, tmp_path / "log-other") == []
    me = subprocess.run(["id", "-un"], capture_output=True, text=True, check=True).stdout.strip()
    defaults.write_text(f'KIOSK_USERS="someone-else {me}"\n')
    assert len(run_script(local, tmp_path / "log-me")) == 1


def test_the_inno_setup_script(tmp_path: Path, monkeypatch) -> None:
    """Written everywhere (compiled only where ISCC is): the parts the docs promise."""
    monkeypatch.setattr(shutil, "which", lambda name: None)  # no ISCC here
    bundle = fake_bundle(tmp_path, {"clinic-kiosk.exe": 10})
    assert build_installer.build_windows_installer(bundle, tmp_path / "dist", tmp_path / "work",
                                                   "1.2.3") is None
    iss = (tmp_path / "work" / "installer" / f"{build_installer.NAME}.iss").read_text()
    assert "DefaultDirName={autopf}\\Clinic Kiosk" in iss
    assert "AppVersion \"1.2.3\"" in iss or '#define AppVersion "1.2.3"' in iss
    assert "register-task.ps1" in iss and "unregister-task.ps1" in iss
    assert "--self-test" in iss and "PrepareToInstall" in iss
    assert "{{" not in iss.replace("{{8E1B", "") and "}}" not in iss
    task = (tmp_path / "work" / "installer" / "register-task.ps1").read_text()
    assert "-AtLogOn" in task and "--supervise" in task
    assert "ExecutionTimeLimit ([TimeSpan]::Zero)" in task and "-RestartCount" in task
