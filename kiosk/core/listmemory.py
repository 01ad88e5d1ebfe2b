"""What a kiosk remembers of the last update list it accepted from its channel, and what it
makes of the next one: an older number is an old copy or a replay, another list under the
same number a forgery or a muddle, a list past its end date a frozen channel.

Kept in ``channel/list.json``, apart from the download cache (``state.json``, rewritten at
every poll), and written only when a newer list is accepted. If it is lost, the list in
the cache, checked when it was saved, stands in for it.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import asdict, dataclass
from pathlib import Path

from kiosk.core import jsontext
from kiosk.core.atomic import write_atomic
from kiosk.core.localtime import local_day
from kiosk.core.phrases import Value, translate
from kiosk.core.updatelist import ChannelError, ChannelListing

log = logging.getLogger("kiosk.channel")

MEMORY_FILE = "list.json"


@dataclass(frozen=True)
class Accepted:
    """The last list accepted from ``url``: its number, a digest of what it said, and the
    end date the kiosk believed it until."""

    url: str
    version: int
    digest: str
    expires: str

    def expires_at(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.expires)

    def day(self) -> str:
        """The day it runs out on, by this kiosk's own calendar (as staff read "today")."""
        return local_day(self.expires_at())


class ListMemory:
    def __init__(self, folder: Path, url: str) -> None:
        self.path = folder / MEMORY_FILE
        self.url = url

    def load(self) -> Accepted | None:
        try:
            raw = jsontext.loads(self.path.read_text(encoding="utf-8"))
            accepted = Accepted(str(raw["url"]), int(raw["version"]), str(raw["digest"]),
                                str(raw["expires"]))
            accepted.expires_at()
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as error:
            log.error("%s is damaged (%s); going by the cached list", self.path, error)
            return None
        # A new address: what was accepted from the old one says nothing about it.
        return accepted if accepted.url == self.url else None

    def remember(self, accepted: Accepted) -> None:
        write_atomic(self.path, json.dumps(asdict(accepted), indent=2).encode("utf-8"))

    @staticmethod
    def judge(listing: ChannelListing, digest: str, known: Accepted | None,
              now: dt.datetime) -> Value | None:
        """Why ``listing`` must not be believed after ``known``, or None."""
        if known is not None and listing.version < known.version:
            return translate(
                "Channel", "the server sent update list number {got}, older than number "
                           "{had} the kiosk already had (an old copy, or one played back); "
                           "if the channel folder was made again, publish its next list "
                           "with --above {had}"
            ).fill(got=listing.version, had=known.version)
        if known is not None and listing.version == known.version and digest != known.digest:
            return translate(
                "Channel", "the server sent a different update list under the number "
                           "{number} the kiosk already had").fill(number=listing.version)
        if listing.expires_at() <= now:
            # A kiosk's clock set years ahead reads every list as run out: say which
            # clock said so, or staff chase the publisher for the kiosk's fault.
            return translate(
                "Channel", "the update list the server sent ran out on {date} by this "
                           "kiosk's clock, which reads {today}: if that date is wrong, set "
                           "the clock; if not, whoever publishes the channel must sign it "
                           "again").fill(date=local_day(listing.expires_at()), today=local_day(now))
        return None

    @staticmethod
    def refused(known: Accepted | None, why: Value, now: dt.datetime) -> ChannelError:
        """A check that found no list to believe, as staff should read it: whether the
        kiosk still holds a list in date, since when it has not, or that it never had."""
        if known is None:
            return ChannelError(translate("Channel", "no fresh update list yet: {why}")
                                .fill(why=why))
        if known.expires_at() > now:
            return ChannelError(translate(
                "Channel", "{why}; the kiosk keeps to update list {number}, in date until "
                           "{date}").fill(why=why, number=known.version, date=known.day()))
        return ChannelError(translate("Channel", "no fresh update list since {date}: {why}")
                            .fill(date=known.day(), why=why))
