"""A long command's one line of progress on a terminal, and nothing elsewhere."""

from __future__ import annotations

import io

from kiosk.progressline import EVERY_S, progress_line


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        super().isatty()  # raises once closed, as a real one does
        return True


def test_a_terminal_sees_one_line_rewritten_and_ended_at_the_end() -> None:
    now = [0.0]
    out = Terminal()
    say = progress_line("measuring", out, clock=lambda: now[0])
    assert say is not None
    say(0, 2000)
    say(16, 2000)  # the same moment: not written, it would only flicker
    now[0] += EVERY_S
    say(1000, 2000)
    say(2000, 2000)  # the end is always said, and ends the line
    assert out.getvalue() == ("\rmeasuring: 0 of 2,000 (0%)\rmeasuring: 1,000 of 2,000 (50%)"
                              "\rmeasuring: 2,000 of 2,000 (100%)\n")


def test_a_log_or_a_pipe_gets_no_progress() -> None:
    assert progress_line("measuring", io.StringIO()) is None
    closed = Terminal()
    closed.close()
    assert progress_line("measuring", closed) is None
