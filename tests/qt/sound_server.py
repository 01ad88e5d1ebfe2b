"""A private PulseAudio server with a null sink and a pipe source: a real sound output and
a real microphone on a machine with no sound card, so the kiosk's real speaker path (Qt's
audio sink) and recording path (Qt's audio source) run in the tests. What a test writes
with ``speak`` is what the microphone hears.

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
import threading
import time
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
    subprocess.run(
        [program, "--daemonize", "-n", "--exit-idle-time=-1", "--disable-shm",
         "--load=module-null-sink sink_name=kiosk_test",
         f"--load=module-pipe-source source_name=kiosk_microphone file={runtime / 'microphone'}"
         f" format=s16le rate={MICROPHONE_RATE} channels=1",
         f"--load=module-native-protocol-unix socket={socket}"],
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


def speak(samples: bytes) -> threading.Thread:
    """Mono 16-bit samples at MICROPHONE_RATE into the microphone, from a thread.

    A real microphone gives its sound as it is spoken; the pipe source passes on whatever
    it is given at once, and a recording stream handed seconds in one go drops what
    overflows its buffer. So the sound goes in as a voice would: a fiftieth of a second
    at a time, each piece when the one before it is due. A busy machine only delays the
    pieces, and the tests wait for the microphone to have heard them, not for a time.
    """
    if _runtime is None:
        raise RuntimeError("the sound server is not running")
    pipe = _runtime / "microphone"

    def feed() -> None:
        piece = MICROPHONE_RATE // 50 * 2
        start = time.monotonic()
        with open(pipe, "wb", buffering=0) as handle:
            for number, at in enumerate(range(0, len(samples), piece)):
                delay = start + number / 50 - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
                handle.write(samples[at:at + piece])

    thread = threading.Thread(target=feed, name="test-microphone", daemon=True)
    thread.start()
    return thread
