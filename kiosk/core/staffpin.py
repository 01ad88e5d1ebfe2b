"""The staff PIN: kept only as a salted scrypt hash, with a lockout that survives restarts.

A kiosk stands in a public waiting room, so anyone can try PINs. Five wrong tries lock
the pad for five minutes, and each lockout after that for twice as long as the last, up
to a day, until the right PIN is given: a patient cannot wear the PIN down by coming back
every five minutes (docs/staff-panel.md gives the time to guess one). The count, the
lockouts and the lock time live in the data folder (written atomically) so pulling the
plug does not reset them.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from itertools import pairwise
from pathlib import Path

from kiosk.core import jsontext
from kiosk.core.atomic import write_atomic

log = logging.getLogger("kiosk.staff")

PIN_FILE = "staff.json"
MAX_TRIES = 5
LOCK_SECONDS = 5 * 60  # the first lockout; each after it twice as long
MAX_LOCK_SECONDS = 24 * 3600


def lock_seconds(lockouts: int) -> int:
    """How long the pad rests after ``lockouts`` earlier lockouts without a right PIN."""
    return min(MAX_LOCK_SECONDS, LOCK_SECONDS << min(lockouts, 16))

# A new PIN: six digits take some 270 years to guess at the pad's rests, four only 2.7
# (docs/staff-panel.md works it out).
MIN_DIGITS, MAX_DIGITS = 6, 8
# What the pad still takes: a four-digit PIN chosen before six became the least keeps
# opening the panel until staff change it.
ENTRY_MIN_DIGITS = 4
# Four digits in this range read as a year (of birth, or of now): among the first PINs tried.
# (build_installer.py copies these rules into the Windows installer's PIN page.)
FIRST_YEAR, LAST_YEAR = 1950, 2030
RECOVERY_DIGITS = 12
# ~16 MB and tens of milliseconds per try: cheap for staff, slow for someone who copied
# the file and tries all 10^4..10^8 PINs offline.
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}


class Outcome(StrEnum):
    OK = "ok"
    WRONG = "wrong"
    LOCKED = "locked"


@dataclass(frozen=True)
class Result:
    outcome: Outcome
    tries_left: int = MAX_TRIES
    seconds_left: int = 0


def valid_pin(pin: str) -> bool:
    """A PIN staff may choose now."""
    return pin.isascii() and pin.isdigit() and MIN_DIGITS <= len(pin) <= MAX_DIGITS


def _enterable(pin: str) -> bool:
    """What the pad checks against the stored PIN, an older, shorter one included."""
    return pin.isascii() and pin.isdigit() and ENTRY_MIN_DIGITS <= len(pin) <= MAX_DIGITS


def grouped(code: str) -> str:
    """A recovery code as people copy it down: in fours ("4821 0394 5527")."""
    return " ".join(code[i:i + 4] for i in range(0, len(code), 4))


def easily_guessed(pin: str) -> bool:
    """A PIN someone at the kiosk would try first: one digit repeated (1111), a run up or
    down (1234, 9876, 0123), or a year of birth or of now (1950 to 2030)."""
    if not valid_pin(pin):
        return False
    steps = {(int(b) - int(a)) % 10 for a, b in pairwise(pin)}
    if steps in ({0}, {1}, {9}):
        return True
    return len(pin) == 4 and FIRST_YEAR <= int(pin) <= LAST_YEAR


# hashlib, hmac and secrets are imported where a PIN is set or checked: they load OpenSSL
# (3.7 MiB), which a kiosk nobody has asked for a PIN does not need (kiosk.core.hashing).

def _hash(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    import hashlib

    return hashlib.scrypt(pin.encode("ascii"), salt=salt, n=n, r=r, p=p, maxmem=64 * 1024 * 1024,
                          dklen=32)


class StaffPin:
    """The PIN and its lockout, stored in ``staff.json`` in the data folder."""

    def __init__(self, root: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = root / PIN_FILE
        self.clock = clock
        self._seen: tuple[int, int] | None = None
        self._data = self._load()

    def _stamp(self) -> tuple[int, int] | None:
        try:
            stat = self.path.stat()
        except OSError:
            return None
        return stat.st_mtime_ns, stat.st_size

    def _fresh(self) -> None:
        # IT may set the PIN from a shell (kiosk --set-pin) or delete the file while the
        # kiosk runs: read it again when it changed, so the kiosk never writes its old
        # copy back over the new one.
        if self._stamp() != self._seen:
            self._data = self._load()

    def _load(self) -> dict[str, object]:
        self._seen = self._stamp()
        try:
            raw = jsontext.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as error:
            # A damaged file must not open the panel to anyone: keep it locked, and say how
            # to recover (delete the file, then set a new PIN at the next start).
            log.error("staff PIN file %s is damaged (%s); the staff panel stays locked until "
                      "it is deleted", self.path, error)
            return {"damaged": True}
        if not isinstance(raw, dict) or not isinstance(raw.get("pin"), dict):
            # Only a missing file means "no PIN yet": one emptied or cut short must not
            # offer "choose a PIN" to whoever opens the pad.
            log.error("staff PIN file %s holds no PIN; the staff panel stays locked until it "
                      "is deleted", self.path)
            return {"damaged": True}
        return raw

    def _save(self) -> None:
        write_atomic(self.path, json.dumps(self._data, indent=2).encode("utf-8"))
        self._seen = self._stamp()

    def _keep(self) -> None:
        """Save a count of tries; on a full or read-only disk, keep counting in memory.

        Staff must still get in with the right PIN, and a wrong one must still count: the
        lockout holds for as long as this kiosk runs even when the disk cannot say so."""
        try:
            self._save()
        except OSError as error:
            log.error("staff PIN file %s could not be saved (%s); counting tries in memory",
                      self.path, error)

    @property
    def damaged(self) -> bool:
        self._fresh()
        return bool(self._data.get("damaged"))

    def has_pin(self) -> bool:
        return self.damaged or isinstance(self._data.get("pin"), dict)

    def set_pin(self, pin: str) -> None:
        if not valid_pin(pin):
            raise ValueError(f"a PIN is {MIN_DIGITS} to {MAX_DIGITS} digits")
        if easily_guessed(pin):
            raise ValueError("this PIN is among the first anyone would try")
        import secrets

        salt = secrets.token_bytes(16)
        self._data = {
            "format": 1,
            "pin": {"salt": salt.hex(), "hash": _hash(pin, salt, **_SCRYPT).hex(), **_SCRYPT},
            "failures": 0,
            "locked_until": 0.0,
        }
        self._save()
        log.info("staff PIN set")

    def seconds_locked(self) -> int:
        self._fresh()
        until = self._float("locked_until")
        now = self.clock()
        if until <= now:
            return 0
        longest = min(self._float("locked_for") or LOCK_SECONDS, MAX_LOCK_SECONDS)
        if until - now <= longest:
            return int(until - now + 0.999)
        # The clock is before the lock began: moved back (a flat CMOS battery brings it
        # up in 2000). Waiting for the date the lock ends would keep staff out for years,
        # the PIN and the recovery code refused all that while, so the lock also ends its
        # own length from the first time this is seen. The lock's dates are kept too: a
        # clock put right again inside them is locked as before, so a power cut cannot
        # cut a day's lock short.
        again = self._float("locked_again_until")
        if again and now >= again:
            return 0  # served in full under the clock as it was moved
        if not again or now < again - longest:  # not yet, or the clock moved back again
            log.warning("staff PIN: the clock is before the lockout began (moved back); "
                        "the pad stays locked %d s from now", longest)
            again = now + longest
            self._data["locked_again_until"] = again
            self._keep()
        return int(again - now + 0.999)

    def tries_left(self) -> int:
        return max(0, MAX_TRIES - self._int("failures"))

    def _float(self, key: str) -> float:
        value = self._data.get(key, 0)
        return float(value) if isinstance(value, (int, float)) else 0.0

    def _int(self, key: str) -> int:
        value = self._data.get(key, 0)
        return value if isinstance(value, int) else 0

    def new_recovery_code(self) -> str:
        """A one-time code for the day the PIN is forgotten, so a nurse can choose a new
        one without IT. Shown once (when a PIN is set); only its hash is kept."""
        if not self.has_pin() or self.damaged:
            raise RuntimeError("set a PIN before its recovery code")
        import secrets

        code = "".join(secrets.choice("0123456789") for _ in range(RECOVERY_DIGITS))
        salt = secrets.token_bytes(16)
        self._data["recovery"] = {"salt": salt.hex(), "hash": _hash(code, salt, **_SCRYPT).hex(),
                                  **_SCRYPT}
        self._save()
        log.info("staff PIN recovery code made")
        return code

    def has_recovery_code(self) -> bool:
        return not self.damaged and isinstance(self._data.get("recovery"), dict)

    def check(self, pin: str) -> Result:
        """Try a PIN. Wrong tries are counted and saved before the answer is given."""
        if self.damaged:
            return Result(Outcome.LOCKED, 0, LOCK_SECONDS)
        if not isinstance(self._data.get("pin"), dict):
            raise RuntimeError("no staff PIN has been set")
        result = self._try("pin", pin, _enterable(pin))
        if result.outcome is Outcome.OK:
            log.info("staff panel unlocked")
        return result

    def recover(self, code: str) -> Result:
        """Try the recovery code; wrong tries count with the PIN's and rest the pad alike.

        Right, the caller has staff choose a new PIN; the code is used up when that PIN is
        saved (``set_pin`` starts afresh), not before: a nurse interrupted while choosing
        must not be left with neither a PIN she knows nor a code.
        """
        if self.damaged or not self.has_recovery_code():
            return Result(Outcome.LOCKED, 0, LOCK_SECONDS)
        result = self._try("recovery", code,
                           code.isascii() and code.isdigit() and len(code) == RECOVERY_DIGITS)
        if result.outcome is Outcome.OK:
            log.warning("staff PIN recovery code given: a new PIN is being chosen")
        return result

    def _try(self, field: str, entered: str, well_formed: bool) -> Result:
        locked = self.seconds_locked()
        if locked:
            return Result(Outcome.LOCKED, 0, locked)
        stored = self._data.get(field)
        import hmac

        try:
            if not isinstance(stored, dict):
                raise TypeError(f"{field} is not a table")
            salt = bytes.fromhex(str(stored["salt"]))
            expected = bytes.fromhex(str(stored["hash"]))
            right = well_formed and hmac.compare_digest(
                _hash(entered, salt, int(stored["n"]), int(stored["r"]), int(stored["p"])),
                expected)
        except (KeyError, ValueError, TypeError) as error:
            if field == "recovery":
                # A damaged recovery entry costs only the code, never the PIN itself.
                log.error("staff PIN file %s: the recovery code is damaged, dropped: %s",
                          self.path, error)
                del self._data["recovery"]
                self._keep()
                return Result(Outcome.LOCKED, 0, 0)
            log.error("staff PIN file %s is damaged: %s", self.path, error)
            self._data = {"damaged": True}
            return Result(Outcome.LOCKED, 0, LOCK_SECONDS)
        if right:
            if self._int("failures") or self._float("locked_until") or self._int("lockouts"):
                self._data.update(failures=0, locked_until=0.0, lockouts=0, locked_for=0.0,
                                  locked_again_until=0.0)
                self._keep()
            return Result(Outcome.OK)
        failures = self._int("failures") + 1
        if failures >= MAX_TRIES:
            lockouts = self._int("lockouts")
            rest = lock_seconds(lockouts)
            self._data.update(failures=0, locked_until=self.clock() + rest,
                              lockouts=lockouts + 1, locked_for=float(rest),
                              locked_again_until=0.0)
            self._keep()
            log.warning("staff PIN: %d wrong tries (lockout %d), pad locked for %d s",
                        MAX_TRIES, lockouts + 1, rest)
            return Result(Outcome.LOCKED, 0, rest)
        self._data["failures"] = failures
        self._keep()
        log.warning("staff PIN: wrong try %d of %d", failures, MAX_TRIES)
        return Result(Outcome.WRONG, MAX_TRIES - failures)
