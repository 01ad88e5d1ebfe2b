"""Run what Qt has posted (relayouts, restyles, zero-time timers) before measuring a screen.

For measuring and screenshots (``kiosk-pack validate``, ``--screenshots``, the self-test,
the tests): everything posted runs, however long it takes, so what is measured never
depends on how busy the machine is. A change ripples out one widget level per pass.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop


def run_posted_events(passes: int = 5) -> None:
    for _ in range(passes):
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
