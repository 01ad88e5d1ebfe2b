"""A private PulseAudio server with two null sinks (the speaker, and a room a microphone
listens to): a real sound output and a real microphone on a machine with no sound card,
so the kiosk's real speaker path (Qt's audio sink) and recording path (Qt's audio source)
run in the tests. What a test plays with ``speak`` is what the microphone hears.

Started before Qt's multimedia module first looks for devices, and stopped at exit.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

_runtime: Path | None = None
MICROPHONE_RATE = 24000


def start() -> bool:
    """Start the server once per test run; False if PulseAudio is not installed."""
    global _runtime
    if _runtime is not None:
        return True
    program = shutil.which("pulseaudio")
    if program is None:
        return False
    runtime = Path(tempfile.mkdtemp(prefix="kiosk-pulse-"))
    runtime.chmod(0o700)
    socket = runtime / "native"
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "HOME": str(runtime)}
    # The microphone hears what is played into a second null sink ("the room"): the
    # server keeps time for both, so a test never paces its sound by the clock. Qt lists
    # no monitor source as a microphone, so the room's monitor is remapped to a real one.
    script = runtime / "server.pa"
    script.write_text("\n".join((
        "load-module module-null-sink sink_name=kiosk_test",
        "load-module module-null-sink sink_name=kiosk_room",
        "load-module module-remap-source source_name=kiosk_microphone "
        f"master=kiosk_room.monitor rate={MICROPHONE_RATE} channels=1",
        f"load-module module-native-protocol-unix socket={socket}",
        "set-default-sink kiosk_test",
        "set-default-source kiosk_microphone", "")), encoding="ascii")
    subprocess.run(
        [program, "--daemonize", "-n", "--exit-idle-time=-1", "--disable-shm", "-F", str(script)],
        env=env, check=True, capture_output=True, timeout=60)
    # Wait for the socket the daemon promised (it is up when --daemonize returns).
    if not socket.exists():
        raise RuntimeError("PulseAudio started but made no socket")
    os.environ["PULSE_SERVER"] = f"unix:{socket}"
    _runtime = runtime
    atexit.register(stop, program, env)
    return True


def stop(program: str, env: dict[str, str]) -> None:
    # The daemon wrote its process id in the runtime folder it was given.
    if _runtime is not None:
        for pid_file in _runtime.rglob("pid"):
            with contextlib.suppress(OSError, ValueError):
                os.kill(int(pid_file.read_text().split()[0]), signal.SIGTERM)
        shutil.rmtree(_runtime, ignore_errors=True)


def stop_now() -> None:
    """Stop the server before a process leaves without running atexit (os._exit)."""
    program = shutil.which("pulseaudio")
    if _runtime is not None and program is not None:
        stop(program, {**os.environ, "XDG_RUNTIME_DIR": str(_runtime), "HOME": str(_runtime)})


def running() -> bool:
    return _runtime is not None


def speak(qtbot, microphone, samples: bytes) -> None:
    """Mono 16-bit samples at MICROPHONE_RATE said into the room, until ``microphone``
    (kiosk._qt.voice.microphone.Microphone) has heard them to the end.

    pacat plays them into the room's sink and returns when the server has played them;
    the server keeps time, so a busy machine only makes it slower. The room is silent
    otherwise, so the microphone hears a little silence before and after.
    """
    if _runtime is None:
        raise RuntimeError("the sound server is not running")
    program = shutil.which("pacat")
    if program is None:
        raise RuntimeError("pacat is missing (Debian: pulseaudio-utils, which pulseaudio needs)")
    heard = microphone.seconds + len(samples) / 2 / MICROPHONE_RATE
    player = subprocess.Popen(
        [program, "--playback", "--device=kiosk_room", "--format=s16le",
         f"--rate={MICROPHONE_RATE}", "--channels=1", "--raw"], stdin=subprocess.PIPE)
    assert player.stdin is not None
    player.stdin.write(samples)
    player.stdin.close()
    qtbot.waitUntil(lambda: player.poll() is not None, timeout=60000)
    assert player.returncode == 0, "pacat could not play into the room"
    qtbot.waitUntil(lambda: microphone.seconds >= heard, timeout=30000)
