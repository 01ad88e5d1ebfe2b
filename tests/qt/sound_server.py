"""A private PulseAudio server with a null sink: a real sound output on a machine with no
sound card, so the kiosk's real speaker path (Qt's audio sink) runs in the tests.

Started before Qt's multimedia module first looks for devices, and stopped at exit.
"""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

_runtime: Path | None = None


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
    subprocess.run([program, "--kill"], env={**env, "PULSE_SERVER": os.environ.get(
        "PULSE_SERVER", "")}, check=False, capture_output=True, timeout=30)
    if _runtime is not None:
        shutil.rmtree(_runtime, ignore_errors=True)


def running() -> bool:
    return _runtime is not None
