"""Build the kiosk's installers: ``python build_installer.py``.

1. A PyInstaller **one-dir** bundle in ``dist/clinic-kiosk/`` (one-file would unpack itself
   on every start and leave its copy behind after a crash). It carries the fonts, the
   default pack, the compiled translations and qtawesome's icon fonts, and nothing the
   kiosk does not use: unused Qt plugins are pruned (they drag in QML, Quick, Pdf and
   Network), with the Qt libraries and Qt's own translations that only they needed, and
   binaries are stripped on Linux.
2. The size of the bundle and its ten largest files; the build fails above ``BUDGET_MB``.
3. Linux: ``dist/clinic-kiosk_<version>_<arch>.deb`` (dpkg-deb) installing the bundle under
   /opt with a launcher, a desktop entry and an XDG autostart entry that starts
   ``clinic-kiosk --supervise`` at login, and ``dist/clinic-kiosk-<version>-linux-<arch>.tar.gz``.
   Windows: ``build/pyinstaller/installer/clinic-kiosk.iss`` (Inno Setup, with a page for
   the staff PIN whose checks come from kiosk/core/staffpin.py), compiled by ISCC into
   ``dist/clinic-kiosk-<version>-setup.exe`` when Inno Setup 6 is installed. See
   docs/installing.md.

Options: ``--app minimal`` bundles bench/minimal_window.py the same way (the benchmark's
baseline), ``--app tour`` bundles bench/tour.py with all the kiosk carries (to measure
the installed kiosk's memory); ``--no-installers`` stops after the bundle. PyInstaller's
cache is kept in build/, never in the home folder.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import stat
import subprocess
import sys
import tarfile
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent
NAME = "clinic-kiosk"
TITLE = "Clinic Kiosk"
MAINTAINER = "Clinic kiosk maintainers <kiosk@example.org>"
# The bundle may not grow past this (docs/performance.md has today's size): mostly Python,
# Qt and ICU, which the smallest PySide6 window needs too; narration adds libsndfile,
# QtMultimedia and the default pack's recordings (9 MB).
BUDGET_MB = 170

WINDOWS = sys.platform == "win32"
LINUX = sys.platform.startswith("linux")

# -- what goes into the bundle ------------------------------------------------------------

# Qt plugins the kiosk loads. Everything else under PySide6/Qt/plugins is dropped: image
# format plugins (pdf pulls in Qt Pdf), the virtual keyboard (Quick, Qml), network
# information and tls (Network), qml tooling, designer, sql drivers, print support,
# platform themes (gtk3 pulls in GTK), input contexts and generic input plugins.
# Paths are relative to the plugins folder.
# Narration plays through Qt's audio sink, which needs no multimedia plug-in: the FFmpeg
# one (and its 20 MB of FFmpeg) would only decode, and libsndfile does that. The speech
# plug-ins are the computer's own voice (speech-dispatcher, Windows SAPI/WinRT, macOS).
KEEP_PLUGINS = {
    "linux": ["platforms/libqxcb.so", "platforms/libqoffscreen.so",
              "platforms/libqwayland.so", "wayland-shell-integration/libxdg-shell.so",
              "wayland-decoration-client/libbradient.so",
              "texttospeech/libqtexttospeech_speechd.so"],
    "win32": ["platforms/qwindows.dll", "platforms/qoffscreen.dll",
              "styles/qmodernwindowsstyle.dll",
              "texttospeech/qtexttospeech_sapi.dll", "texttospeech/qtexttospeech_winrt.dll"],
    "darwin": ["platforms/libqcocoa.dylib", "platforms/libqoffscreen.dylib",
               "texttospeech/libqtexttospeech_darwin.dylib"],
}
# Qt libraries the kiosk and the kept plugins link against; other Qt6* libraries go.
# (Multimedia links Network and Concurrent, though the kiosk uses neither.)
KEEP_QT_LIBS = ("Core", "Gui", "Widgets", "Svg", "DBus", "XcbQpa", "WaylandClient",
                "Multimedia", "TextToSpeech", "Network", "Concurrent")
# Python modules the kiosk never imports (some are pulled in by optional imports).
EXCLUDES = [
    "tkinter", "unittest", "pydoc", "doctest", "pdb", "lib2to3", "xmlrpc", "test",
    "PyQt5", "PyQt6", "PySide2", "IPython", "fontTools", "pytest", "hypothesis",
    "mypy", "ast_serialize",
    # Drafting narration (kiosk-pack narrate) is done on a staff PC, not on the kiosk,
    # and the kiosk reads sound through libsndfile without soundfile's NumPy
    # (kiosk/core/sndfile.py).
    "scipy", "pyloudnorm", "kiosk.core.narrate", "numpy", "soundfile",
    # So is making the web edition (kiosk-pack export-html); the kiosk only needs its
    # addresses (kiosk.core.webedition.address) for the QR codes, which segno draws.
    "kiosk.core.webedition.export", "kiosk.core.webedition.fontsubset",
    "kiosk.core.webedition.freshness", "jinja2",
    # Reached only through code paths the kiosk never takes: asyncio (and through it
    # multiprocessing) from typing_extensions' @deprecated on a coroutine, smtplib from
    # logging's mail handler, ftplib from urllib for ftp:// addresses (channels are http).
    "asyncio", "multiprocessing", "concurrent.futures.process", "smtplib", "ftplib",
    # The self-test checks Urdu shaping against HarfBuzz answers recorded at build time
    # (record_shaping below), so the 4.6 MB engine itself stays out of the bundle.
    "uharfbuzz",
    # (Not PySide6.QtNetwork: PySide6.QtMultimedia's binding imports it.)
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets",
    "PySide6.QtPdf", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtPrintSupport",
    "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtUiTools", "PySide6.QtDesigner",
    "PySide6.QtHelp", "PySide6.QtConcurrent", "PySide6.QtXml", "PySide6.QtSvgWidgets",
    # PySide6-Addons brings many modules; the kiosk uses QtMultimedia and QtTextToSpeech.
    "PySide6.QtMultimediaWidgets", "PySide6.QtDataVisualization", "PySide6.QtCharts",
    "PySide6.QtGraphs", "PySide6.QtGraphsWidgets", "PySide6.Qt3DCore", "PySide6.QtWebEngineCore",
    "PySide6.QtSpatialAudio", "PySide6.QtQuick3D", "PySide6.QtBluetooth", "PySide6.QtNfc",
    "PySide6.QtPositioning", "PySide6.QtLocation", "PySide6.QtSensors", "PySide6.QtSerialPort",
    "PySide6.QtRemoteObjects", "PySide6.QtScxml", "PySide6.QtStateMachine",
    "PySide6.QtWebSockets", "PySide6.QtHttpServer", "PySide6.QtWebChannel",
]


def version() -> str:
    text = (ROOT / "kiosk" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__ = "([^"]+)"', text)
    if not match:
        raise SystemExit("no __version__ in kiosk/__init__.py")
    return match.group(1)


def record_shaping(work: Path) -> Path:
    """Run the self-test from source, writing down every HarfBuzz answer it needed.

    The bundle's self-test compares its Qt against this record (see
    kiosk/_qt/shaping_reference.py); a self-test that fails here stops the build.
    """
    from kiosk._qt.shaping_reference import FILE_NAME

    record = work / FILE_NAME
    record.unlink(missing_ok=True)
    result = subprocess.run([sys.executable, "-m", "kiosk", "--self-test", "--record-shaping",
                             str(record)], cwd=ROOT, capture_output=True, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    if result.returncode != 0 or not record.is_file():
        print(result.stdout, result.stderr, sep="\n", file=sys.stderr)
        raise SystemExit("the self-test failed from source; not building an installer")
    return record


def compile_translations() -> list[Path]:
    """translations/*.ts -> .qm, as hatch_build.py does for a wheel."""
    tool = shutil.which("pyside6-lrelease")
    cmd = [tool] if tool else [sys.executable, "-c", "import sys; from PySide6.scripts."
                               "pyside_tool import lrelease; sys.argv[0] = 'lrelease'; "
                               "sys.exit(lrelease())"]
    compiled = []
    for ts in sorted((ROOT / "translations").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        # lrelease rewrites its output in place: a kiosk (or a test beside this build)
        # starting meanwhile read half a file and refused it. Written aside, swapped in.
        # A name of its own: the installer test and the bundle's build may compile at once.
        handle, name = tempfile.mkstemp(dir=qm.parent, prefix=qm.name + ".", suffix=".part")
        os.close(handle)
        part = Path(name)
        try:
            subprocess.run([*cmd, str(ts), "-qm", str(part)], check=True,
                           stdout=subprocess.DEVNULL)
            part.chmod(0o644)  # mkstemp's file is its owner's alone; a kiosk user reads it
            os.replace(part, qm)
        finally:
            part.unlink(missing_ok=True)
        compiled.append(qm)
    if not compiled:
        raise SystemExit("no translations/*.ts to compile")
    return compiled


SPEC = '''\
# Generated by build_installer.py; edit that, not this.
import re
from pathlib import PurePath

ROOT = {root!r}
KEEP_PLUGINS = {keep_plugins!r}
KEEP_QT_LIBS = {keep_qt_libs!r}
KEEP_ICON_FONTS = {keep_icon_fonts!r}
FFMPEG = re.compile(r"(?:lib)?(?:av(?:codec|format|util|device|filter)|sw(?:resample|scale)|"
                    r"Qt6FFmpegStub)")
QT_LIB = re.compile(r"(?:lib)?Qt6([A-Za-z]+?)(?:\\.so(?:\\.\\d+)*|\\.dll|\\.dylib)?$")
# Parts of the C library PyInstaller does not know to leave to the system: libsndfile links
# glibc's vector maths, whose copy from the build machine would meet another machine's
# libm (they share private symbols) and fail to load. Every glibc system has its own.
GLIBC_PARTS = {{"libmvec.so.1"}}

a = Analysis(
    [{entry!r}],
    pathex=[ROOT],
    datas={datas!r},
    hiddenimports={hidden!r},
    excludes={excludes!r},
    noarchive=False,
)


def keep(dest):
    parts = PurePath(dest).parts
    if FFMPEG.match(parts[-1]):
        return False  # only Qt's media plug-in uses FFmpeg, and the kiosk carries none
    if parts[-1] in GLIBC_PARTS:
        return False
    if "PySide6" in parts:
        rest = parts[parts.index("PySide6") + 1:]
        if rest[:1] == ("Qt",):  # Linux and macOS wheels keep Qt in PySide6/Qt/
            rest = rest[1:]
        if rest[:1] == ("plugins",) and len(rest) > 1:
            return "/".join(rest[1:]) in KEEP_PLUGINS
        if rest[:1] == ("translations",):
            return False  # Qt's own dialog translations: the kiosk shows no Qt dialogs
        if rest[:1] in (("qml",), ("resources",), ("metatypes",)):
            return False
        if len(rest) == 1 and rest[0].lower().startswith("opengl32sw"):
            return False  # Mesa software GL for Windows: the kiosk draws with the raster engine
    if parts[:2] == ("qtawesome", "fonts"):
        return parts[-1] in KEEP_ICON_FONTS  # 6 MB of icon sets no pack may name
    match = QT_LIB.match(parts[-1])
    if match and match.group(1) not in KEEP_QT_LIBS:
        return False
    return True


a.binaries = [entry for entry in a.binaries if keep(entry[0])]
a.datas = [entry for entry in a.datas if keep(entry[0])]

# PyInstaller collected the libraries of every plugin before the pruning above (the gtk3
# theme alone drags in GTK, cairo and pango). Keep only libraries something kept still
# links against: start from Python's own library, the extension modules and the kept
# plugins, and follow their imports.
from PyInstaller.depend.bindepend import get_imports


def is_root(dest):
    name = PurePath(dest).name.lower()
    if "plugins" in PurePath(dest).parts:
        return True
    if "sndfile" in name:
        return True  # libsndfile is opened by soundfile at run time (cffi), never linked
    if name.endswith((".pyd", ".abi3.so")) or ".cpython-" in name or "lib-dynload" in dest:
        return True
    return name.startswith(("libpython", "python3"))


def key(name):
    name = PurePath(name).name
    return name.lower() if IS_WIN else name


IS_WIN = any(dest.lower().endswith(".pyd") for dest, _, _ in a.binaries)
by_name = {{}}
for entry in a.binaries:
    by_name.setdefault(key(entry[0]), []).append(entry)
needed = set()
todo = [entry for entry in a.binaries if is_root(entry[0])]
while todo:
    dest, src, kind = todo.pop()
    if dest in needed:
        continue
    needed.add(dest)
    for name, _path in get_imports(src):
        for dep in by_name.get(key(name), []):
            if dep[0] not in needed:
                todo.append(dep)
dropped = sorted(dest for dest, _, _ in a.binaries if dest not in needed)
print("pruned %d libraries no kept file links against: %s" % (len(dropped), " ".join(dropped)))
a.binaries = [entry for entry in a.binaries if entry[0] in needed]
pyz = PYZ(a.pure)
exes = [EXE(pyz, a.scripts, [], exclude_binaries=True, name={name!r}, console={console!r},
            strip={strip!r}, upx=False, icon=None)]
if {console_twin!r}:
    # Windows: a console twin for --self-test and IT, beside the windowless kiosk.
    exes.append(EXE(pyz, a.scripts, [], exclude_binaries=True, name={name!r} + "-console",
                    console=True, strip=False, upx=False))
coll = COLLECT(*exes, a.binaries, a.datas, strip={strip!r}, upx=False, name={name!r})
'''


ENTRY = """\
import os
import sys

# A windowless Windows executable has no stdout or stderr; printing must not crash it.
for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))

from kiosk.cli import main

sys.exit(main())
"""


def pyinstaller_env(work: Path) -> dict[str, str]:
    # PyInstaller caches analysed binaries; keep that cache inside build/.
    return {**os.environ, "PYINSTALLER_CONFIG_DIR": str(work / "cache")}


def build_bundle(app: str, dist: Path, work: Path) -> Path:
    work.mkdir(parents=True, exist_ok=True)
    if app in ("kiosk", "tour"):
        if app == "kiosk":
            name = NAME
            entry = work / "kiosk_entry.py"
            entry.write_text(ENTRY, encoding="utf-8")
        else:  # the kiosk's bundle around bench/tour.py, to measure what a clinic's PC holds
            name = "kiosk-tour"
            entry = ROOT / "bench" / "tour.py"
        qms = compile_translations()
        import _soundfile_data  # libsndfile as soundfile ships it (see kiosk/core/sndfile.py)

        sndfile_libs = [p for p in Path(_soundfile_data.__file__).parent.iterdir()
                        if "libsndfile" in p.name]
        datas = [(str(ROOT / "assets"), "kiosk/_data/assets"),
                 *((str(qm), "kiosk/_data/translations") for qm in qms),
                 (str(record_shaping(work)), "kiosk/_data"),
                 *((str(lib), "_soundfile_data") for lib in sndfile_libs)]
        # The self-test is started only by --self-test. qtawesome's own PyInstaller hook
        # collects its fonts; the spec keeps only the Font Awesome 5 files the kiosk loads.
        hidden = ["kiosk._qt.selftest", "kiosk._qt.shaping_reference"]
    elif app == "minimal":
        name = "minimal-window"
        entry = ROOT / "bench" / "minimal_window.py"
        datas, hidden = [], []
    else:
        raise SystemExit(f"unknown app {app!r}")
    plugins = KEEP_PLUGINS["win32" if WINDOWS else "darwin" if sys.platform == "darwin"
                           else "linux"]
    from kiosk.core.icons import font_files

    icon_fonts = sorted(name for _prefix, *files in font_files() for name in files)
    spec = work / f"{name}.spec"
    spec.write_text(SPEC.format(
        root=str(ROOT), keep_plugins=plugins, keep_qt_libs=KEEP_QT_LIBS,
        keep_icon_fonts=icon_fonts, entry=str(entry),
        datas=datas, hidden=hidden, excludes=EXCLUDES, name=name, console=not WINDOWS,
        strip=LINUX and shutil.which("strip") is not None, console_twin=WINDOWS and app == "kiosk",
    ), encoding="utf-8")
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work / "work"), str(spec)],
                   check=True, cwd=ROOT, env=pyinstaller_env(work))
    bundle = dist / name
    if not bundle.is_dir():
        raise SystemExit(f"PyInstaller did not produce {bundle}")
    return bundle


# -- size -------------------------------------------------------------------------------


def bundle_files(bundle: Path) -> list[tuple[int, Path]]:
    return sorted(((p.stat().st_size, p) for p in bundle.rglob("*")
                   if p.is_file() and not p.is_symlink()), reverse=True)


def size_report(bundle: Path, budget_mb: float | None) -> tuple[float, list[tuple[int, Path]]]:
    files = bundle_files(bundle)
    total = sum(size for size, _ in files) / 1e6
    print(f"\nbundle {bundle}: {total:.1f} MB in {len(files)} files"
          + (f" (budget {budget_mb:g} MB)" if budget_mb else ""))
    for size, path in files[:10]:
        print(f"  {size / 1e6:7.2f} MB  {path.relative_to(bundle)}")
    return total, files


def check_libraries(bundle: Path) -> list[str]:
    """Linux: every bundled ELF file's libraries resolve (ldd), or the missing ones."""
    if not LINUX or not shutil.which("ldd"):
        return []
    internal = bundle / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"}
    missing = set()
    for path in [bundle / NAME, *internal.rglob("*.so*")]:
        if not path.is_file() or path.is_symlink():
            continue
        with path.open("rb") as f:
            if f.read(4) != b"\x7fELF":
                continue
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env).stdout
        for line in out.splitlines():
            if "not found" in line and line.split()[0] not in FROM_THE_SYSTEM:
                missing.add(f"{path.relative_to(bundle)}: {line.split()[0]}")
    return sorted(missing)


# Libraries a kept plug-in uses only where the computer has them: Qt loads the
# speech-dispatcher plug-in only if speech-dispatcher is installed (the .deb recommends it).
FROM_THE_SYSTEM = frozenset({"libspeechd.so.2"})


# -- Linux packages ---------------------------------------------------------------------

DEB_DEPENDS = ("libc6, libegl1, libgl1, libfontconfig1, libfreetype6, libglib2.0-0, "
               "libdbus-1-3, libxkbcommon0, libxkbcommon-x11-0, libx11-xcb1, libxcb-cursor0, "
               "libxcb-icccm4, libxcb-keysyms1, libxcb-image0, libxcb-render-util0, "
               "libxcb-shape0, libxcb-randr0, libxcb-xkb1, libwayland-client0, "
               "libwayland-cursor0, libpulse0")
# Not required, but what reads pages aloud: a sound server, and the computer's own voice
# for pages a pack has no recording of (Urdu and English through espeak-ng).
DEB_RECOMMENDS = "pulseaudio | pipewire-pulse, speech-dispatcher, speech-dispatcher-espeak-ng"
# The locked session (packaging/linux/): cage and its X server for programs like the kiosk,
# and xset for the locked X session's blanking.
DEB_SUGGESTS = "cage, xwayland, x11-xserver-utils"
SESSION = ROOT / "packaging" / "linux"
# Installed path -> file in packaging/linux: the locked session, off until IT turns it on.
SESSION_FILES = {
    "lib/systemd/system/{name}-session.service": "clinic-kiosk-session.service",
    "etc/pam.d/{name}-session": "clinic-kiosk-session.pam",
    "usr/lib/{name}/kiosk-session": "kiosk-session",
    "usr/lib/{name}/kiosk-xsession": "kiosk-xsession",
    "usr/share/xsessions/{name}.desktop": "clinic-kiosk-xsession.desktop",
}

LAUNCHER = """\
#!/bin/sh
# The clinic kiosk. Finds the bundle relative to itself, so an unpacked copy works too.
here=$(dirname "$(readlink -f "$0")")
exec "$here/../../opt/{name}/{name}" "$@"
"""

AUTOSTART_SCRIPT = """\
#!/bin/sh
# Started at login by /etc/xdg/autostart/{name}.desktop. The supervisor restarts the
# kiosk when it exits or hangs; this loop restarts the supervisor should it ever fail.
# A staff "exit to desktop" ends the supervisor with status 0, which ends this too.
# Only the accounts listed in /etc/default/{name} (KIOSK_USERS) start the kiosk;
# an empty list means every account that logs in to a desktop.
KIOSK_USERS=""
[ -r /etc/default/{name} ] && . /etc/default/{name}
if [ -n "$KIOSK_USERS" ]; then
  case " $KIOSK_USERS " in *" $(id -un) "*) ;; *) exit 0 ;; esac
fi
here=$(dirname "$(readlink -f "$0")")
while :; do
  "$here/{name}" --supervise && exit 0
  sleep 10
done
"""

DEFAULTS = """\
# Accounts that start the clinic kiosk when they log in, separated by spaces, e.g.
# KIOSK_USERS="kiosk". Empty: every account that logs in to a desktop. See
# /usr/share/doc/{name}/installing.md.
KIOSK_USERS=""
"""

DESKTOP = """\
[Desktop Entry]
Type=Application
Name={title}
Comment=Patient-education kiosk (English and Urdu)
Exec={name} --windowed
Terminal=false
Categories=Education;
"""

AUTOSTART = """\
[Desktop Entry]
Type=Application
Name={title} (autostart)
Comment=Starts the clinic kiosk full screen at login and restarts it if it stops
Exec=/usr/bin/{name}-autostart
Terminal=false
X-GNOME-Autostart-enabled=true
X-GNOME-AutoRestart=false
NoDisplay=true
"""


def _write(path: Path, text: str, executable: bool = False) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(0o755 if executable else 0o644)


def deb_arch() -> str:
    if shutil.which("dpkg"):
        return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                              check=True).stdout.strip()
    return {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())


def build_deb(bundle: Path, dist: Path, work: Path, ver: str) -> Path:
    root = work / "deb-root"
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(bundle, root / "opt" / NAME, symlinks=True)
    fmt = {"name": NAME, "title": TITLE}
    _write(root / "usr" / "bin" / NAME, LAUNCHER.format(**fmt), executable=True)
    _write(root / "usr" / "bin" / f"{NAME}-autostart", AUTOSTART_SCRIPT.format(**fmt),
           executable=True)
    _write(root / "etc" / "default" / NAME, DEFAULTS.format(**fmt))
    _write(root / "etc" / "xdg" / "autostart" / f"{NAME}.desktop", AUTOSTART.format(**fmt))
    _write(root / "usr" / "share" / "applications" / f"{NAME}.desktop", DESKTOP.format(**fmt))
    for installed, source in SESSION_FILES.items():
        _write(root / installed.format(**fmt), (SESSION / source).read_text(encoding="utf-8"),
               executable=os.access(SESSION / source, os.X_OK))
    doc = root / "usr" / "share" / "doc" / NAME
    doc.mkdir(parents=True)
    for source in (ROOT / "docs" / "installing.md", ROOT / "assets" / "fonts" / "OFL-NotoSans.txt",
                   ROOT / "assets" / "fonts" / "OFL-NotoNastaliqUrdu.txt"):
        if source.is_file():
            shutil.copy(source, doc / source.name)
    size_kb = sum(p.stat().st_size for p in root.rglob("*")
                  if p.is_file() and not p.is_symlink()) // 1024
    arch = deb_arch()
    _write(root / "DEBIAN" / "control", textwrap.dedent(f"""\
        Package: {NAME}
        Version: {ver}
        Architecture: {arch}
        Maintainer: {MAINTAINER}
        Installed-Size: {size_kb}
        Depends: {DEB_DEPENDS}
        Recommends: {DEB_RECOMMENDS}
        Suggests: {DEB_SUGGESTS}
        Section: education
        Priority: optional
        Homepage: https://example.org/clinic-kiosk
        Description: touchscreen patient-education kiosk (English and Urdu)
         Illustrated pages on the immune system and autoimmune disease for clinic
         waiting rooms, in English and Urdu. Starts full screen at login
         (/etc/xdg/autostart) under a supervisor that restarts it if it stops, or
         in a locked session that runs nothing else (clinic-kiosk-session.service
         with cage, or the "Clinic Kiosk (locked)" X session).
        """))
    _write(root / "DEBIAN" / "conffiles", f"/etc/default/{NAME}\n/etc/pam.d/{NAME}-session\n")
    # Directories must be 0755 and files readable whatever the builder's umask.
    for path in root.rglob("*"):
        if path.is_dir():
            path.chmod(0o755)
        elif path.is_file() and not path.is_symlink():
            mode = path.stat().st_mode
            path.chmod(0o755 if mode & stat.S_IXUSR else 0o644)
    out = dist / f"{NAME}_{ver}_{arch}.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(out)],
                   check=True, stdout=subprocess.DEVNULL)
    return out


def build_tarball(bundle: Path, dist: Path, ver: str) -> Path:
    out = dist / f"{NAME}-{ver}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(out, "w:gz") as tar:
        tar.add(bundle, arcname=f"{NAME}-{ver}")
    return out


# -- Windows installer ------------------------------------------------------------------

REGISTER_TASK = r"""# Registers the task that starts the clinic kiosk at logon (run by the installer).
# The supervisor (clinic-kiosk.exe --supervise) restarts the kiosk when it exits or
# hangs; Task Scheduler restarts the supervisor if it fails, and never stops it for
# running long or for being on battery. The kiosk keeps its data in one folder for the
# whole PC (the installer passes it: where it set the staff PIN), whoever logs on.
param([string]$DataDir = (Join-Path $env:ProgramData "clinic-kiosk"))
$ErrorActionPreference = "Stop"
$app = Join-Path (Split-Path -Parent $PSScriptRoot) "clinic-kiosk.exe"
$action = New-ScheduledTaskAction -Execute $app -Argument "--supervise --data-dir `"$DataDir`""
$trigger = New-ScheduledTaskTrigger -AtLogOn
$settings = New-ScheduledTaskSettingsSet -ExecutionTimeLimit ([TimeSpan]::Zero) `
    -RestartCount 999 -RestartInterval (New-TimeSpan -Minutes 1) `
    -AllowStartIfOnBatteries -DontStopIfGoingOnBatteries -MultipleInstances IgnoreNew
# Runs as whoever logs on (members of Users), in their desktop session, without admin rights.
# The group is named by its SID and translated: "BUILTIN\Users" is spelt differently on a
# Windows installed in another language.
$users = (New-Object System.Security.Principal.SecurityIdentifier("S-1-5-32-545")).Translate(
    [System.Security.Principal.NTAccount]).Value
$principal = New-ScheduledTaskPrincipal -GroupId $users -RunLevel Limited
Register-ScheduledTask -TaskName "Clinic Kiosk" -Action $action -Trigger $trigger `
    -Settings $settings -Principal $principal -Force | Out-Null
"""

UNREGISTER_TASK = r"""$ErrorActionPreference = "SilentlyContinue"
Unregister-ScheduledTask -TaskName "Clinic Kiosk" -Confirm:$false
"""

ISS = r'''; Inno Setup script for the clinic kiosk. Generated by build_installer.py; edit that.
; Not tested on Windows by the team that wrote it: see docs/installing.md.
#define AppName "{title}"
#define AppVersion "{version}"
#define AppExe "{name}.exe"
; One data folder for the whole PC, whoever logs on: packs, settings, logs and the staff
; PIN, which this installer sets there. Every way the installer starts the kiosk names it.
#define DataDir "{{commonappdata}}\{name}"

[Setup]
AppId={{{{8E1B2F0C-6A57-4C1E-9D0B-3F1C0A6E5B21}}
AppName={{#AppName}}
AppVersion={{#AppVersion}}
AppPublisher=Clinic kiosk maintainers
DefaultDirName={{autopf}}\{title}
DefaultGroupName={title}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={output}
OutputBaseFilename={name}-{version}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={{app}}\{{#AppExe}}
CloseApplications=force
; KIOSK_DATA_DIR (see [Registry]) reaches programs started after Setup without a restart.
ChangesEnvironment=yes

[Dirs]
; The kiosk account is not an administrator, yet writes here (packs, settings, logs, the
; PIN's count of wrong tries). Kept on uninstall, like the data folder on Linux.
Name: "{{#DataDir}}"; Permissions: users-modify; Flags: uninsneveruninstall

[Files]
Source: "{bundle}\*"; DestDir: "{{app}}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{setup_dir}\register-task.ps1"; DestDir: "{{app}}\setup"; Flags: ignoreversion
Source: "{setup_dir}\unregister-task.ps1"; DestDir: "{{app}}\setup"; Flags: ignoreversion
; IT runs it to make the kiosk an account's whole desktop (docs/installing.md, step 6).
Source: "{setup_dir}\lock-down.ps1"; DestDir: "{{app}}\setup"; Flags: ignoreversion
Source: "{docs}\installing.md"; DestDir: "{{app}}\docs"; Flags: ignoreversion

[Icons]
Name: "{{group}}\{title} (window)"; Filename: "{{app}}\{{#AppExe}}"; Parameters: "--windowed --data-dir ""{{#DataDir}}"""
Name: "{{group}}\{title} self-test"; Filename: "{{cmd}}"; Parameters: "/k ""{{app}}\{name}-console.exe"" --self-test"
Name: "{{group}}\Installing and locking down the kiosk"; Filename: "{{app}}\docs\installing.md"

[Registry]
; A kiosk started some other way (Shell Launcher, IT's command prompt) finds the same folder.
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; ValueType: string; ValueName: "KIOSK_DATA_DIR"; ValueData: "{{#DataDir}}"; Flags: uninsdeletevalue

[Run]
; Start at logon, restarted on failure: a scheduled task (see register-task.ps1).
Filename: "powershell.exe"; Parameters: "-NoProfile -ExecutionPolicy Bypass -File ""{{app}}\setup\register-task.ps1"" -DataDir ""{{#DataDir}}"""; Flags: runhidden waituntilterminated; StatusMsg: "Registering the logon task..."
Filename: "{{app}}\{{#AppExe}}"; Parameters: "--supervise --data-dir ""{{#DataDir}}"""; Description: "Start the kiosk now"; Flags: postinstall nowait skipifsilent unchecked

[UninstallRun]
Filename: "powershell.exe"; Parameters: "-NoProfile -ExecutionPolicy Bypass -File ""{{app}}\setup\unregister-task.ps1"""; Flags: runhidden waituntilterminated; RunOnceId: "UnregisterTask"
Filename: "taskkill.exe"; Parameters: "/F /T /IM {{#AppExe}}"; Flags: runhidden waituntilterminated; RunOnceId: "StopKiosk"

[Code]
// -- PIN rules: written by build_installer.py from kiosk/core/staffpin.py (valid_pin,
// easily_guessed); tests/core/test_build_installer.py compiles and checks them.
const
  PinMinDigits = {min_digits};
  PinMaxDigits = {max_digits};
  PinFirstYear = {first_year};
  PinLastYear = {last_year};
  PinFileName = '{pin_file}';

// The digit at position I (from 1), or -1 where there is no digit 0-9.
function DigitAt(const S: String; const I: Integer): Integer;
begin
  Result := Pos(Copy(S, I, 1), '0123456789') - 1;
end;

// Why the kiosk would refuse this PIN, or '' when it will do.
function PinProblem(const Pin: String): String;
var
  I, FirstStep: Integer;
  Run: Boolean;
begin
  Result := '';
  if (Length(Pin) < PinMinDigits) or (Length(Pin) > PinMaxDigits) then
  begin
    Result := 'A staff PIN has ' + IntToStr(PinMinDigits) + ' to ' + IntToStr(PinMaxDigits) + ' digits.';
    Exit;
  end;
  for I := 1 to Length(Pin) do
    if DigitAt(Pin, I) < 0 then
    begin
      Result := 'A staff PIN has only digits (0 to 9): no letters, spaces or other signs.';
      Exit;
    end;
  // One digit repeated (1111), or a run up or down, 9 to 0 counting as a step (1234, 9876, 8901).
  FirstStep := (DigitAt(Pin, 2) - DigitAt(Pin, 1) + 10) mod 10;
  Run := (FirstStep = 0) or (FirstStep = 1) or (FirstStep = 9);
  for I := 2 to Length(Pin) - 1 do
    if (DigitAt(Pin, I + 1) - DigitAt(Pin, I) + 10) mod 10 <> FirstStep then
      Run := False;
  if Run then
    Result := 'Anyone could guess that PIN: one digit repeated (like 1111) or digits in a row, up or down (like 1234 or 9876). Choose another.'
  else if (Length(Pin) = 4) and (StrToIntDef(Pin, 0) >= PinFirstYear) and (StrToIntDef(Pin, 0) <= PinLastYear) then
    Result := 'That PIN is a year (' + IntToStr(PinFirstYear) + ' to ' + IntToStr(PinLastYear) + '), among the first anyone would try. Choose another.';
end;
// -- end of PIN rules

// Exit codes when the files were installed but the staff PIN could not be set, its
// recovery code not saved, or the kiosk's self-test failed (Setup's own codes end at 8):
// IT's scripts can tell them apart.
const
  ExitPinNotSet = 10;
  ExitCodeNotSaved = 11;
  ExitSelfTestFailed = 12;
  WindowsInfoIcon = $40;  // MB_ICONINFORMATION, which Inno Setup does not name

var
  PinPage: TInputQueryWizardPage;
  ExitCode: Integer;
  PinFilePath: String;
  PinFileProblem: String;

// Windows' own message box: Inno Setup's MsgBox writes its text to Setup's log (/LOG),
// and the recovery code must not be kept there.
function MessageBoxW(Owner: HWND; Text, Caption: String; Kind: Cardinal): Integer;
  external 'MessageBoxW@user32.dll stdcall';

function KioskDataDir: String;
begin
  Result := ExpandConstant('{{#DataDir}}');
end;

// An update, or a PC the kiosk was on before: a PIN is already set in the data folder.
function PinExists: Boolean;
begin
  Result := FileExists(KioskDataDir + '\' + PinFileName);
end;

// IT installing many kiosks without a person at each: setup.exe /VERYSILENT
// /SUPPRESSMSGBOXES /PINFILE="E:\pin.txt", the PIN on the file's first line. It fills the
// PIN page's two boxes, so the page's checks refuse what they refuse when typed. The file
// stays IT's: Setup never changes or deletes it.
// Named in full at once: Setup changes its working folder (to System32) before it copies,
// and a relative name would then put the recovery code there.
procedure ReadPinFile;
var
  Lines: TArrayOfString;
begin
  PinFilePath := ExpandConstant('{{param:PINFILE}}');
  if PinFilePath = '' then
    Exit;
  PinFilePath := ExpandFileName(PinFilePath);
  if not LoadStringsFromFile(PinFilePath, Lines) or (GetArrayLength(Lines) = 0) then
    PinFileProblem := 'The PIN file ' + PinFilePath + ' could not be read. Nothing was installed.'
  else if Pos(#0, Lines[0]) > 0 then
    // PowerShell 5's > and Out-File write UTF-16, which reads as digits between zeros.
    PinFileProblem := 'The PIN file ' + PinFilePath + ' is saved as Unicode (UTF-16). Save it as plain text '
      + '(ASCII or UTF-8; in PowerShell: Set-Content pin.txt 12345678 -Encoding ascii). Nothing was installed.'
  else if Trim(Lines[0]) = '' then
    PinFileProblem := 'The first line of the PIN file ' + PinFilePath + ' is empty. Nothing was installed.'
  else
  begin
    PinPage.Values[0] := Trim(Lines[0]);
    PinPage.Values[1] := Trim(Lines[0]);
  end;
end;

procedure InitializeWizard;
var
  Explained: String;
begin
  Explained := 'Clinic staff open the kiosk''s staff panel (content, settings, closing the kiosk) with this PIN: '
    + 'they hold a finger on the blank top-left corner of the screen for 3 seconds, then type it. '
    + 'Patients must not be able to guess it: use ' + IntToStr(PinMinDigits) + ' to ' + IntToStr(PinMaxDigits)
    + ' digits, not one digit repeated (1111), not digits in a row (1234, 9876) and not a year ('
    + IntToStr(PinFirstYear) + ' to ' + IntToStr(PinLastYear) + ').';
  if PinExists then
    Explained := Explained + #13#10#13#10 + 'This PC already has a staff PIN. To keep it, leave both boxes empty.'
  else
    Explained := Explained + ' Setup then shows a recovery code to write down.';
  PinPage := CreateInputQueryPage(wpSelectDir, 'Staff PIN', 'The PIN that opens the kiosk''s staff panel', Explained);
  PinPage.Add('&Staff PIN:', True);
  PinPage.Add('&Type it again:', True);
  ReadPinFile;
end;

function NextButtonClick(CurPageID: Integer): Boolean;
var
  Problem: String;
begin
  Result := True;
  if CurPageID <> PinPage.ID then
    Exit;
  // Message boxes here are suppressible: a silent install (IT's, with /SUPPRESSMSGBOXES)
  // takes the answer after the box, and a refusal ends it before anything is copied.
  // A person at the wizard types the PIN instead of a PIN file that will not do.
  if (PinFileProblem <> '') and WizardSilent then
    Problem := PinFileProblem
  else if (PinPage.Values[0] = '') and (PinPage.Values[1] = '') then
  begin
    // Left empty: keep the PIN this PC has, or let the kiosk ask for one when it first starts.
    if not PinExists then
      Result := SuppressibleMsgBox('No staff PIN was typed.' + #13#10#13#10
        + 'The kiosk will then ask for one the first time it starts, and whoever is in front of it could choose it. '
        + 'Start it once and choose the PIN before it goes into the waiting room.' + #13#10#13#10
        + 'Go on without a PIN?', mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDYES) = IDYES;
    Exit;
  end
  else if PinPage.Values[0] <> PinPage.Values[1] then
    Problem := 'The two PINs are not the same. Type the same PIN in both boxes.'
  else
    Problem := PinProblem(PinPage.Values[0]);
  if Problem <> '' then
  begin
    SuppressibleMsgBox(Problem, mbError, MB_OK, IDOK);
    Result := False;
  end;
end;

// An update: stop the logon task, the supervisor and the kiosk before files are replaced
// (the supervisor would otherwise start the kiosk again at once).
function PrepareToInstall(var NeedsRestart: Boolean): String;
var
  ResultCode: Integer;
begin
  Exec(ExpandConstant('{{sys}}\schtasks.exe'), '/End /TN "Clinic Kiosk"', '', SW_HIDE, ewWaitUntilTerminated, ResultCode);
  Exec(ExpandConstant('{{sys}}\taskkill.exe'), '/F /T /IM {{#AppExe}}', '', SW_HIDE, ewWaitUntilTerminated, ResultCode);
  Result := '';
end;

// The recovery code in what `kiosk --set-pin` printed: its "Recovery code ...: 1234 5678
// 9012" line, after the last ': '; '' when there is none, or it is not digits in groups.
function RecoveryCode(const Said: String): String;
var
  Line: String;
  I: Integer;
begin
  Result := '';
  I := Pos('Recovery code', Said);
  if I = 0 then
    Exit;
  Line := Copy(Said, I, Length(Said));
  I := Pos(#10, Line);
  if I > 0 then
    Line := Copy(Line, 1, I - 1);
  Line := Trim(Line);
  for I := Length(Line) - 1 downto 1 do
    if Copy(Line, I, 2) = ': ' then
    begin
      Result := Trim(Copy(Line, I + 2, Length(Line)));
      Break;
    end;
  if Result = '' then
    Exit;
  for I := 1 to Length(Result) do
    if Pos(Copy(Result, I, 1), '0123456789 ') = 0 then
    begin
      Result := '';
      Exit;
    end;
end;

const
  RecoveryHowTo = 'If staff forget the PIN, they tap "Forgot the PIN?" on the kiosk and type this code to choose a new PIN. '
    + 'It works once.';

// A silent install has nobody to show the recovery code to: it goes beside IT's PIN file,
// one file for each PC (named after it), so one stick can set up a whole clinic. Nothing
// else keeps it; it is not written to Setup's log.
procedure SaveRecoveryCode(const Code: String);
var
  Saved: String;
begin
  Saved := ExtractFilePath(PinFilePath) + 'recovery-code-' + GetComputerNameString + '.txt';
  if SaveStringToFile(Saved, '{title} on ' + GetComputerNameString + #13#10
      + 'Staff PIN recovery code: ' + Code + #13#10 + RecoveryHowTo + #13#10, False) then
    Log('The recovery code was saved in ' + Saved)
  else
  begin
    ExitCode := ExitCodeNotSaved;
    Log('The recovery code could not be saved in ' + Saved + '; set the PIN again with --set-pin to get a new one.');
  end;
end;

// The PIN reaches the kiosk (--set-pin) through a file in Setup's private temporary folder,
// never on a command line, which any program on the PC can read.
procedure SetStaffPin;
var
  PinFile, OutFile: String;
  Answer: AnsiString;
  Said, Code: String;
  Ran: Boolean;
  ResultCode: Integer;
begin
  if PinPage.Values[0] = '' then
    Exit;
  WizardForm.StatusLabel.Caption := 'Setting the staff PIN...';
  PinFile := ExpandConstant('{{tmp}}\pin.txt');
  OutFile := ExpandConstant('{{tmp}}\pin-out.txt');
  ResultCode := -1;
  Ran := SaveStringToFile(PinFile, PinPage.Values[0] + #13#10 + PinPage.Values[0] + #13#10, False);
  // /S: cmd always takes off the outer quotes. Without it, cmd guesses from what lies
  // between the first two quotes, and Wine's cmd once kept them (exit 9009, PIN not set).
  if Ran then
    Ran := Exec(ExpandConstant('{{cmd}}'), '/S /C ""' + ExpandConstant('{{app}}\{name}-console.exe') + '" --set-pin --data-dir "'
      + KioskDataDir + '" < "' + PinFile + '" > "' + OutFile + '" 2>&1"', '', SW_HIDE, ewWaitUntilTerminated, ResultCode);
  DeleteFile(PinFile);
  PinPage.Values[0] := '';
  PinPage.Values[1] := '';
  Answer := '';
  // Even while another program still has it open for writing: an antivirus scanner
  // reading what was just written, or a process the kiosk's console left behind (Wine's
  // did, now and then, and the PIN was said to be unset without the kiosk's reason).
  LoadStringFromLockedFile(OutFile, Answer);
  DeleteFile(OutFile);
  Said := Answer;
  Said := Trim(Said);
  Code := RecoveryCode(Said);
  if Ran and (ResultCode = 0) and (Code = '') then
  begin
    ExitCode := ExitCodeNotSaved;
    Log('The staff PIN is set, but the kiosk''s answer held no recovery code: ' + Said);
    SuppressibleMsgBox('The staff PIN is set, but no recovery code came with it:' + #13#10#13#10 + Said + #13#10#13#10
      + 'Set the PIN again from a command prompt run as administrator to get one: "' + ExpandConstant('{{app}}\{name}-console.exe')
      + '" --set-pin --data-dir "' + KioskDataDir + '"', mbError, MB_OK, IDOK);
  end
  else if Ran and (ResultCode = 0) then
  begin
    Log('The staff PIN is set.');
    if WizardSilent then
      SaveRecoveryCode(Code)
    else
      MessageBoxW(WizardForm.Handle, 'The staff PIN is set.' + #13#10#13#10 + 'Recovery code:   ' + Code + #13#10#13#10
        + 'Write it down now and keep it away from the kiosk: it is not shown again. ' + RecoveryHowTo,
        'Staff PIN', MB_OK or WindowsInfoIcon);
  end
  else
  begin
    ExitCode := ExitPinNotSet;
    Log('The staff PIN could not be set (exit code ' + IntToStr(ResultCode) + '): ' + Said);
    SuppressibleMsgBox('The staff PIN could not be set (exit code ' + IntToStr(ResultCode) + ').' + #13#10#13#10 + Said + #13#10#13#10
      + 'The kiosk will ask for a PIN the first time it starts: start it once and choose the PIN before it goes into the waiting room. '
      + 'Or set it later from a command prompt run as administrator: "' + ExpandConstant('{{app}}\{name}-console.exe')
      + '" --set-pin --data-dir "' + KioskDataDir + '" (see "Installing and locking down the kiosk" in the Start menu).', mbError, MB_OK, IDOK);
  end;
end;

// Setup's exit code: 0 only when the PIN asked for is set too (and, silently, its code saved).
function GetCustomSetupExitCode: Integer;
begin
  Result := ExitCode;
end;

// After copying: the kiosk checks itself (a failure is shown, not swallowed), then the staff
// PIN typed on its page is set.
procedure CurStepChanged(CurStep: TSetupStep);
var
  ResultCode: Integer;
begin
  if CurStep = ssPostInstall then
  begin
    WizardForm.StatusLabel.Caption := 'Checking the installation...';
    if not Exec(ExpandConstant('{{app}}\{name}-console.exe'), '--self-test', '', SW_HIDE, ewWaitUntilTerminated, ResultCode) or (ResultCode <> 0) then
    begin
      ExitCode := ExitSelfTestFailed;  // a PIN that could not be set says so instead
      Log('The kiosk''s self-test failed (exit code ' + IntToStr(ResultCode) + ').');
      SuppressibleMsgBox('The kiosk''s self-test failed (exit code ' + IntToStr(ResultCode) + '). Run "{title} self-test" from the Start menu to see why.', mbError, MB_OK, IDOK);
    end;
    SetStaffPin;
  end;
end;
'''


def pin_rules() -> dict[str, object]:
    """The staff PIN's rules as the installer's PIN page needs them, from the kiosk's own
    (kiosk/core/staffpin.py), so the page refuses exactly what ``kiosk --set-pin`` would."""
    from kiosk.core import staffpin

    return {"min_digits": staffpin.MIN_DIGITS, "max_digits": staffpin.MAX_DIGITS,
            "first_year": staffpin.FIRST_YEAR, "last_year": staffpin.LAST_YEAR,
            "pin_file": staffpin.PIN_FILE}


def find_iscc() -> list[str] | None:
    """The command that runs Inno Setup 6's compiler here, or None.

    On Windows, ISCC on PATH or in Program Files. Elsewhere, Inno Setup's ISCC.exe (the npm
    package ``innosetup-compiler`` carries it; name it in ``$ISCC``) run by Wine, which
    compiles the same script: how the tests check it on Linux.
    """
    iscc = shutil.which("ISCC") or shutil.which("iscc")
    for candidate in (Path(os.environ.get("ProgramFiles(x86)", r"C:\Program Files (x86)"))  # noqa: SIM112
                      / "Inno Setup 6" / "ISCC.exe",
                      Path(os.environ.get("ProgramFiles", r"C:\Program Files"))  # noqa: SIM112
                      / "Inno Setup 6" / "ISCC.exe"):
        if not iscc and WINDOWS and candidate.is_file():
            iscc = str(candidate)
    if iscc:
        return [iscc]
    exe, wine = os.environ.get("ISCC"), shutil.which("wine")
    if exe and wine and Path(exe).is_file():
        return [wine, exe]
    return None


def wine_path(path: Path) -> str:
    """A file's name as Windows programs under Wine see it (Z:\\ is the Linux root)."""
    return "Z:" + str(path.resolve()).replace("/", "\\")


def build_windows_installer(bundle: Path, dist: Path, work: Path, ver: str,
                            iscc: list[str] | None = None) -> Path | None:
    """Write the Inno Setup script and compile it where Inno Setup is (``find_iscc``)."""
    iscc = iscc if iscc is not None else find_iscc()
    under_wine = iscc is not None and not WINDOWS
    name = wine_path if under_wine else str
    setup_dir = work / "installer"
    setup_dir.mkdir(parents=True, exist_ok=True)
    dist.mkdir(parents=True, exist_ok=True)
    (setup_dir / "register-task.ps1").write_text(REGISTER_TASK, encoding="utf-8")
    (setup_dir / "unregister-task.ps1").write_text(UNREGISTER_TASK, encoding="utf-8")
    shutil.copy(ROOT / "packaging" / "windows" / "lock-down.ps1", setup_dir / "lock-down.ps1")
    iss = setup_dir / f"{NAME}.iss"
    iss.write_text(ISS.format(title=TITLE, name=NAME, version=ver, output=name(dist),
                              bundle=name(bundle), setup_dir=name(setup_dir),
                              docs=name(ROOT / "docs"), **pin_rules()), encoding="utf-8")
    print(f"wrote {iss}")
    if not iscc:
        print("ISCC (Inno Setup 6) is not installed: compile the script above with it "
              "to make the installer")
        return None
    subprocess.run([*iscc, "/Q", name(iss)], check=True,
                   env={**os.environ, "WINEDEBUG": "-all"} if under_wine else None)
    return dist / f"{NAME}-{ver}-setup.exe"


# -- main -------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", choices=("kiosk", "minimal", "tour"), default="kiosk")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--no-installers", action="store_true",
                        help="build and check the bundle only")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    ver = version()
    bundle = build_bundle(args.app, dist, work)
    total, _ = size_report(bundle, BUDGET_MB if args.app == "kiosk" else None)
    missing = check_libraries(bundle)
    if missing:
        print("libraries the bundle needs but lacks:\n  " + "\n  ".join(missing))
        return 1
    if args.app == "kiosk" and total > BUDGET_MB:
        print(f"FAIL: the bundle is {total:.1f} MB, over the {BUDGET_MB} MB budget in "
              f"build_installer.py. Prune what grew, or raise the budget on purpose.")
        return 1
    if args.app != "kiosk" or args.no_installers:
        return 0
    if LINUX:
        if shutil.which("dpkg-deb"):
            print(f"wrote {build_deb(bundle, dist, work, ver)}")
        else:
            print("dpkg-deb is not installed: no .deb (apt-get install dpkg)")
        print(f"wrote {build_tarball(bundle, dist, ver)}")
    elif WINDOWS:
        setup = build_windows_installer(bundle, dist, work, ver)
        if setup:
            print(f"wrote {setup}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
