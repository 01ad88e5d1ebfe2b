"""build_installer.py's fast parts, with a fake bundle: size report, budget, .deb layout and
the launcher scripts. (tests/test_bundle.py builds the real thing.)"""

from __future__ import annotations

import os
import random
import re
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


def inno_script(tmp_path: Path, monkeypatch) -> str:
    monkeypatch.setattr(shutil, "which", lambda name: None)  # no ISCC here
    bundle = fake_bundle(tmp_path, {"clinic-kiosk.exe": 10})
    build_installer.build_windows_installer(bundle, tmp_path / "dist", tmp_path / "work", "1.2.3")
    return (tmp_path / "work" / "installer" / f"{build_installer.NAME}.iss").read_text()


def pascal(iss: str, name: str) -> str:
    """One procedure or function of the script's [Code], from its heading to its last end."""
    match = re.search(rf"^(?:procedure|function) {name}\b.*?^end;$", iss, flags=re.M | re.S)
    assert match, f"no {name} in the script"
    return match.group(0)


def test_the_installer_asks_for_the_staff_pin(tmp_path: Path, monkeypatch) -> None:
    iss = inno_script(tmp_path, monkeypatch)
    page = pascal(iss, "InitializeWizard")
    assert "CreateInputQueryPage(" in page
    assert "PinPage.Add('&Staff PIN:', True)" in page
    assert "PinPage.Add('&Type it again:', True)" in page  # both hidden as typed
    assert "staff panel" in page and "top-left corner" in page and "guess" in page
    assert "leave both boxes empty" in page and "if PinExists then" in page
    # Next checks the two boxes against the kiosk's rules and says why it refuses.
    check = pascal(iss, "NextButtonClick")
    assert "PinPage.Values[0] <> PinPage.Values[1]" in check
    assert "PinProblem(PinPage.Values[0])" in check and "MsgBox(Problem, mbError" in check
    # Both empty: keep the PIN this PC has; with none yet, only after saying what follows.
    assert "if not PinExists then" in check and "IDYES" in check
    assert "FileExists(KioskDataDir + '\\' + PinFileName)" in pascal(iss, "PinExists")
    # Inno's preprocessor would take a line of Pascal starting with # (#13#10) for its own.
    code = iss[iss.index("[Code]"):]
    assert not [line for line in code.splitlines() if line.lstrip().startswith("#")]


def test_the_installer_sets_the_pin_after_copying_without_a_command_line(
        tmp_path: Path, monkeypatch) -> None:
    iss = inno_script(tmp_path, monkeypatch)
    steps = pascal(iss, "CurStepChanged")
    assert "CurStep = ssPostInstall" in steps and "SetStaffPin;" in steps
    body = pascal(iss, "SetStaffPin")
    # Twice, each line ended as `kiosk --set-pin` reads it, into Setup's private folder.
    assert ("SaveStringToFile(PinFile, PinPage.Values[0] + #13#10 + PinPage.Values[0] "
            "+ #13#10, False)") in body
    assert "PinFile := ExpandConstant('{tmp}\\pin.txt')" in body
    run = re.search(r"Exec\((.*?)\);", body, flags=re.S)
    assert run, body
    command = run.group(1)
    # /S: the outer quotes always go, on Windows and Wine alike.
    assert command.startswith("ExpandConstant('{cmd}'), '/S /C \"\"'")
    assert "clinic-kiosk-console.exe') + '\" --set-pin --data-dir \"'" in command
    assert "+ KioskDataDir +" in command
    assert "'\" < \"' + PinFile + '\" > \"' + OutFile + '\" 2>&1\"'" in command
    assert "SW_HIDE, ewWaitUntilTerminated, ResultCode" in command
    assert "Values" not in command  # the PIN itself never on a command line
    # The PIN's file goes as soon as the kiosk has read it, the answer once it is shown.
    assert body.index("DeleteFile(PinFile)") < \
        body.index("LoadStringFromLockedFile(OutFile, Answer)")
    assert "DeleteFile(OutFile)" in body
    assert "Ran and (ResultCode = 0)" in body
    assert "Code := RecoveryCode(Said);" in body and "'Recovery code:   ' + Code" in body
    assert "away from the kiosk" in body
    assert "could not be set" in body and "ask for a PIN the first time it starts" in body


def test_the_pin_lands_in_the_folder_the_kiosk_starts_with(tmp_path: Path, monkeypatch) -> None:
    iss = inno_script(tmp_path, monkeypatch)
    assert '#define DataDir "{commonappdata}\\clinic-kiosk"' in iss
    assert "Result := ExpandConstant('{#DataDir}');" in pascal(iss, "KioskDataDir")
    # The kiosk account (no admin rights) writes there; every start names the same folder.
    assert 'Name: "{#DataDir}"; Permissions: users-modify' in iss
    assert '-File ""{app}\\setup\\register-task.ps1"" -DataDir ""{#DataDir}""' in iss
    assert 'Parameters: "--supervise --data-dir ""{#DataDir}"""' in iss
    assert 'Parameters: "--windowed --data-dir ""{#DataDir}"""' in iss
    assert 'ValueName: "KIOSK_DATA_DIR"; ValueData: "{#DataDir}"' in iss
    assert "ChangesEnvironment=yes" in iss
    task = (tmp_path / "work" / "installer" / "register-task.ps1").read_text()
    assert task.lstrip().startswith("#") and "param([string]$DataDir" in task
    assert '-Argument "--supervise --data-dir `"$DataDir`""' in task


def test_the_pin_page_takes_its_rules_from_the_kiosk(tmp_path: Path, monkeypatch) -> None:
    from kiosk.core import staffpin

    iss = inno_script(tmp_path / "real", monkeypatch)
    assert f"PinMinDigits = {staffpin.MIN_DIGITS};" in iss
    assert f"PinMaxDigits = {staffpin.MAX_DIGITS};" in iss
    assert f"PinFirstYear = {staffpin.FIRST_YEAR};" in iss
    assert f"PinLastYear = {staffpin.LAST_YEAR};" in iss
    assert f"PinFileName = '{staffpin.PIN_FILE}';" in iss
    # Change the kiosk's rules, and the page follows: nothing is written twice.
    for name, value in (("MIN_DIGITS", 5), ("MAX_DIGITS", 7), ("FIRST_YEAR", 1900),
                        ("LAST_YEAR", 2100), ("PIN_FILE", "pin.json")):
        monkeypatch.setattr(staffpin, name, value)
    iss = inno_script(tmp_path / "changed", monkeypatch)
    assert "PinMinDigits = 5;" in iss and "PinMaxDigits = 7;" in iss
    assert "PinFirstYear = 1900;" in iss and "PinLastYear = 2100;" in iss
    assert "PinFileName = 'pin.json';" in iss


def pins_to_try() -> list[str]:
    """Every PIN of 3 to 5 digits, every repeat and run of 6 to 9, a sample of the rest,
    and things that are not PINs at all."""
    pins = [f"{n:0{width}d}" for width in (3, 4, 5) for n in range(10**width)]
    for width in range(6, 10):
        pins += ["".join(str((start + step * i) % 10) for i in range(width))
                 for start in range(10) for step in range(10)]
    rng = random.Random(13)
    pins += ["".join(rng.choice("0123456789") for _ in range(rng.randint(6, 9)))
             for _ in range(5000)]
    pins += ["", "1", " 4821", "4821 ", "48 21", "4a21", "+4821", "-482", "4821\t",
             "\u0664\u0668\u0662\u0661", "\u06f4\u06f8\u06f2\u06f1", "\uff14\uff18\uff12\uff11"]
    return pins


def test_the_pin_page_refuses_what_the_kiosk_refuses(tmp_path: Path, monkeypatch) -> None:
    """The page's Pascal, compiled with Free Pascal, against staffpin.py on many PINs."""
    fpc = shutil.which("fpc")
    if not fpc:
        pytest.skip("Free Pascal (apt-get install fp-compiler) compiles the PIN page's rules")
    from kiosk.core.staffpin import easily_guessed, valid_pin

    iss = inno_script(tmp_path, monkeypatch)
    rules = iss[iss.index("// -- PIN rules"):iss.index("// -- end of PIN rules")]
    source = tmp_path / "pinrules.pas"
    source.write_text("program pinrules;\n{$mode delphi}\nuses SysUtils;\n" + rules + """
var
  Line: String;
begin
  while not EOF(Input) do
  begin
    ReadLn(Line);
    WriteLn('[', PinProblem(Line), ']');
  end;
end.
""", encoding="utf-8")
    build = subprocess.run([fpc, "-v0", f"-FE{tmp_path}", str(source)], capture_output=True,
                           text=True, timeout=300)
    assert build.returncode == 0, build.stdout + build.stderr
    pins = pins_to_try()
    answers = subprocess.run([str(tmp_path / "pinrules")], input="\n".join(pins) + "\n",
                             capture_output=True, text=True, encoding="utf-8",
                             timeout=300, check=True).stdout.splitlines()
    assert len(answers) == len(pins)
    wrong = []
    for pin, answer in zip(pins, answers, strict=True):
        problem = answer[1:-1]
        expected = ("not a PIN" if not valid_pin(pin) else
                    "guessable" if easily_guessed(pin) else "")
        said = ("not a PIN" if problem.startswith("A staff PIN has") else
                "guessable" if problem else "")
        if said != expected:
            wrong.append(f"{pin!r}: the page says {problem!r}, the kiosk {expected!r}")
    assert not wrong, "\n".join(wrong[:20])


def test_translations_are_swapped_in_whole_not_rewritten_in_place() -> None:
    # The installer test compiles them beside tests that start kiosks: lrelease rewrote
    # kiosk_en.qm in place, and a kiosk starting then read half of it ("could not be
    # loaded"). A new file swapped in: a reader has the old one or the new one, whole.
    folder = ROOT / "translations"
    before = {qm.name: qm.stat().st_ino for qm in folder.glob("*.qm")}
    compiled = build_installer.compile_translations()
    assert sorted(qm.name for qm in compiled) == sorted(before) != []
    for qm in compiled:
        assert qm.stat().st_ino != before[qm.name], f"{qm.name} was rewritten in place"
        assert qm.read_bytes().startswith(bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd"))
        assert qm.stat().st_mode & 0o444 == 0o444, f"{qm.name} is not readable by a kiosk user"
