"""The staff PIN: slow salted hash only, five wrong tries lock for five minutes, across restarts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.core import staffpin
from kiosk.core.staffpin import (
    LOCK_SECONDS,
    MAX_LOCK_SECONDS,
    MAX_TRIES,
    Outcome,
    StaffPin,
    lock_seconds,
)


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_pin_is_stored_only_as_a_salted_hash(tmp_path: Path) -> None:
    pin = StaffPin(tmp_path)
    assert not pin.has_pin()
    pin.set_pin("482193")
    text = (tmp_path / "staff.json").read_text()
    assert "482193" not in text
    stored = json.loads(text)["pin"]
    assert len(bytes.fromhex(stored["salt"])) == 16 and stored["n"] >= 2**14
    other = StaffPin(tmp_path / "b")
    other.set_pin("482193")
    assert json.loads((tmp_path / "b" / "staff.json").read_text())["pin"]["hash"] != stored["hash"]
    assert StaffPin(tmp_path).check("482193").outcome is Outcome.OK


@pytest.mark.parametrize("bad", ["", "123", "123456789", "12a4", "١٢٣٤"])
def test_only_4_to_8_ascii_digits(tmp_path: Path, bad: str) -> None:
    with pytest.raises(ValueError):
        StaffPin(tmp_path).set_pin(bad)


def test_five_wrong_tries_lock_for_five_minutes_even_after_a_restart(tmp_path: Path) -> None:
    clock = Clock()
    pin = StaffPin(tmp_path, clock)
    pin.set_pin("246813")
    for left in range(MAX_TRIES - 1, 0, -1):
        result = pin.check("0000")
        assert (result.outcome, result.tries_left) == (Outcome.WRONG, left)
    assert pin.check("0000").outcome is Outcome.LOCKED
    restarted = StaffPin(tmp_path, clock)  # a power cut does not unlock it
    result = restarted.check("246813")  # not even the right PIN while locked
    assert result.outcome is Outcome.LOCKED and result.seconds_left == LOCK_SECONDS
    clock.now += LOCK_SECONDS - 1
    assert restarted.check("246813").outcome is Outcome.LOCKED
    clock.now += 1
    assert restarted.check("246813").outcome is Outcome.OK
    assert restarted.tries_left() == MAX_TRIES


def test_each_lockout_rests_twice_as_long_up_to_a_day_until_the_right_pin(
        tmp_path: Path) -> None:
    clock = Clock()
    pin = StaffPin(tmp_path, clock)
    pin.set_pin("246813")
    rests = []
    for _lockout in range(11):
        for _ in range(MAX_TRIES):
            result = StaffPin(tmp_path, clock).check("0000")  # restarts change nothing
        assert result.outcome is Outcome.LOCKED
        rests.append(result.seconds_left)
        assert StaffPin(tmp_path, clock).seconds_locked() == result.seconds_left
        clock.now += result.seconds_left
    assert rests == [300, 600, 1200, 2400, 4800, 9600, 19200, 38400, 76800, 86400, 86400]
    assert rests[-1] == MAX_LOCK_SECONDS
    assert pin.check("246813").outcome is Outcome.OK  # the right PIN: back to five minutes
    for _ in range(MAX_TRIES):
        result = pin.check("0000")
    assert result.seconds_left == LOCK_SECONDS


def test_guessing_a_six_digit_pin_takes_longer_than_ten_years() -> None:
    """What docs/staff-panel.md says: at the longest rest, five tries a day."""
    tries, seconds = 0, 0.0
    lockouts = 0
    while tries < 10**6 // 2:  # on average half the PINs are tried before the right one
        tries += MAX_TRIES
        seconds += lock_seconds(lockouts)
        lockouts += 1
    assert seconds / (365.25 * 86400) > 10
    four_digits = sum(lock_seconds(n) for n in range(10**4 // 2 // MAX_TRIES))
    assert 2 < four_digits / (365.25 * 86400) < 3  # the figure the docs give for 4 digits


def test_wrong_count_survives_a_restart_and_resets_on_success(tmp_path: Path) -> None:
    pin = StaffPin(tmp_path)
    pin.set_pin("135794")
    pin.check("1111")
    pin.check("2222")
    assert StaffPin(tmp_path).tries_left() == MAX_TRIES - 2
    assert StaffPin(tmp_path).check("135794").outcome is Outcome.OK
    assert StaffPin(tmp_path).tries_left() == MAX_TRIES


def test_a_clock_moved_back_does_not_lock_for_days(tmp_path: Path) -> None:
    clock = Clock()
    pin = StaffPin(tmp_path, clock)
    pin.set_pin("246813")
    for _ in range(MAX_TRIES):
        pin.check("0000")
    clock.now -= 86_400
    assert pin.seconds_locked() == LOCK_SECONDS


def test_a_lockout_under_a_clock_moved_back_years_runs_out(tmp_path: Path) -> None:
    """Children locked the pad; then a flat CMOS battery brought the clock up in 2000.
    The wait shown was five minutes, again after every wait: the lock ran to the date it
    was set for, 26 years on, and neither the PIN nor the recovery code opened it."""
    clock = Clock()
    clock.now = 1_796_000_000.0  # 2026
    pin = StaffPin(tmp_path, clock)
    pin.set_pin("246813")
    code = pin.new_recovery_code()
    for _ in range(MAX_TRIES):
        pin.check("0000")
    clock.now = 946_713_600.0  # 2000-01-01 08:00
    assert StaffPin(tmp_path, clock).seconds_locked() == LOCK_SECONDS  # and after a restart
    clock.now += LOCK_SECONDS
    restarted = StaffPin(tmp_path, clock)
    assert restarted.seconds_locked() == 0
    assert restarted.recover(code).outcome is Outcome.OK
    assert restarted.check("246813").outcome is Outcome.OK


def test_a_clock_moved_back_and_put_right_does_not_cut_a_lockout_short(
        tmp_path: Path) -> None:
    """Found by review: unplugged, a kiosk with a flat battery comes up in 2000, and the
    lock ended its length from then; network time then put the clock right inside the
    lock's own dates, and a day's lock had lasted minutes."""
    clock = Clock()
    clock.now = 1_796_000_000.0
    pin = StaffPin(tmp_path, clock)
    pin.set_pin("246813")
    lockouts = 0
    while lock_seconds(lockouts) < 3600:  # a long lock: lockouts double the rest
        for _ in range(MAX_TRIES):
            result = pin.check("0000")
        lockouts += 1
        clock.now += result.seconds_left
    for _ in range(MAX_TRIES):
        result = pin.check("0000")
    rest = result.seconds_left
    locked_at = clock.now
    clock.now = 946_713_600.0  # the plug pulled: 2000
    assert StaffPin(tmp_path, clock).seconds_locked() == rest  # its length, from now
    clock.now = locked_at + 600  # network time puts it right, ten minutes on
    assert StaffPin(tmp_path, clock).seconds_locked() == rest - 600


@pytest.mark.allow_logged_errors
def test_a_damaged_file_keeps_the_panel_locked(tmp_path: Path) -> None:
    (tmp_path / "staff.json").write_text("{not json")
    pin = StaffPin(tmp_path)
    assert pin.has_pin() and pin.damaged
    assert pin.check("1234").outcome is Outcome.LOCKED


@pytest.mark.parametrize("guessable", ["111111", "000000", "9999999", "123456", "654321",
                                       "012345", "987654", "12345678", "890123"])
def test_a_pin_anyone_would_try_first_is_refused(tmp_path: Path, guessable: str) -> None:
    pin = StaffPin(tmp_path)
    with pytest.raises(ValueError, match="first anyone would try"):
        pin.set_pin(guessable)
    assert not pin.has_pin()


@pytest.mark.parametrize("fine", ["246813", "482193", "194907", "203155", "135794", "112233",
                                  "19850412"])
def test_other_pins_are_accepted(tmp_path: Path, fine: str) -> None:
    pin = StaffPin(tmp_path)
    pin.set_pin(fine)
    assert pin.check(fine).outcome is Outcome.OK


@pytest.mark.parametrize("short", ["4821", "48213", "1"])
def test_a_new_pin_has_six_digits_at_least(tmp_path: Path, short: str) -> None:
    pin = StaffPin(tmp_path)
    with pytest.raises(ValueError, match="6 to 8 digits"):
        pin.set_pin(short)
    assert not pin.has_pin()


def test_a_four_digit_pin_chosen_before_still_opens_the_panel(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Chosen when four digits were the least: a kiosk must not lock its staff out when
    # it is updated. Only a new PIN needs six.
    monkeypatch.setattr(staffpin, "MIN_DIGITS", 4)
    StaffPin(tmp_path).set_pin("4821")
    monkeypatch.undo()
    pin = StaffPin(tmp_path)
    assert pin.check("4822").outcome is Outcome.WRONG
    assert pin.check("4821").outcome is Outcome.OK


def _set_pin(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, typed: str) -> int:
    import io

    from kiosk.cli import main
    monkeypatch.setattr("sys.stdin", io.StringIO(typed))
    return main(["--set-pin", "--data-dir", str(tmp_path / "data")])


def test_installers_set_the_pin_from_the_command_line(monkeypatch: pytest.MonkeyPatch,
                                                      tmp_path: Path, capsys) -> None:
    running = StaffPin(tmp_path / "data")  # a kiosk already running on this folder
    assert _set_pin(monkeypatch, tmp_path, "482193\n482193\n") == 0
    code = capsys.readouterr().out.rsplit(":", 1)[1].replace(" ", "").strip()
    assert len(code) == 12 and code.isdigit()
    assert running.check("482193").outcome is Outcome.OK  # it sees the new PIN at once
    assert running.recover(code).outcome is Outcome.OK
    running.check("0000")  # and a wrong try later never writes its old copy back
    assert StaffPin(tmp_path / "data").check("482193").outcome is Outcome.OK


@pytest.mark.parametrize("typed", ["482193\n482194\n", "123456\n123456\n", "4821\n4821\n",
                                   "12\n12\n", "\n\n"])
def test_a_pin_that_is_unequal_guessable_or_short_is_not_set(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, typed: str) -> None:
    assert _set_pin(monkeypatch, tmp_path, typed) == 2
    assert not StaffPin(tmp_path / "data").has_pin()


def test_a_recovery_code_lets_staff_choose_a_new_pin_once(tmp_path: Path) -> None:
    pin = StaffPin(tmp_path)
    pin.set_pin("482193")
    assert not pin.has_recovery_code()
    code = pin.new_recovery_code()
    assert len(code) == 12 and code.isdigit() and pin.has_recovery_code()
    assert code not in (tmp_path / "staff.json").read_text()  # only its hash is kept
    assert pin.recover("000000000000").outcome is Outcome.WRONG
    again = StaffPin(tmp_path)  # after a restart too
    assert again.recover(code).outcome is Outcome.OK
    # Kept until a new PIN is saved: a nurse interrupted while choosing is not left
    # without both; the old PIN works until then.
    assert again.has_recovery_code() and again.check("482193").outcome is Outcome.OK
    again.set_pin("864209")
    assert not again.has_recovery_code()  # used up with the new PIN
    assert again.recover(code).outcome is Outcome.LOCKED


def test_wrong_recovery_codes_count_with_wrong_pins(tmp_path: Path) -> None:
    pin = StaffPin(tmp_path)
    pin.set_pin("482193")
    pin.new_recovery_code()
    for _ in range(MAX_TRIES - 1):
        pin.check("9999")
    assert pin.recover("123412341234").outcome is Outcome.LOCKED


def test_a_damaged_recovery_code_costs_only_the_code(tmp_path: Path) -> None:
    pin = StaffPin(tmp_path)
    pin.set_pin("482193")
    pin.new_recovery_code()
    data = json.loads((tmp_path / "staff.json").read_text())
    data["recovery"]["salt"] = "not hex"
    (tmp_path / "staff.json").write_text(json.dumps(data))
    again = StaffPin(tmp_path)
    assert again.recover("123412341234").outcome is Outcome.LOCKED
    assert not again.has_recovery_code() and again.check("482193").outcome is Outcome.OK


@pytest.mark.allow_logged_errors
@pytest.mark.parametrize("content", ["{}", '{"failures": 0}', '{"pin": "482193"}',
                                     "[" * 50_000 + "]" * 50_000, ""])
def test_a_file_without_a_pin_keeps_the_panel_locked_and_asks_no_one_to_choose(
        tmp_path: Path, content: str) -> None:
    # Issue #14: a staff.json emptied or cut short offered "choose a PIN" to anyone; a
    # deeply nested one crashed the kiosk.
    (tmp_path / "staff.json").write_text(content)
    pin = StaffPin(tmp_path)
    assert pin.has_pin() and pin.damaged
    assert pin.check("482193").outcome is Outcome.LOCKED


@pytest.mark.allow_logged_errors
def test_on_a_full_disk_the_right_pin_opens_and_wrong_ones_still_count(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = Clock()
    pin = StaffPin(tmp_path, clock)
    pin.set_pin("482193")

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("kiosk.core.staffpin.write_atomic", disk_full)
    assert pin.check("9999").outcome is Outcome.WRONG
    assert pin.tries_left() == MAX_TRIES - 1
    assert pin.check("482193").outcome is Outcome.OK
    for _ in range(MAX_TRIES):
        result = pin.check("9999")
    assert result.outcome is Outcome.LOCKED  # the lockout holds though nothing was saved
    assert pin.check("482193").outcome is Outcome.LOCKED
    clock.now += LOCK_SECONDS + 1
    assert pin.check("482193").outcome is Outcome.OK
