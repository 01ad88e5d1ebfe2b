"""Who has checked a pack, and what staff should be told about it.

A pack's medical content is signed off by a clinician and its Urdu by a medical
translator; each sign-off is kept in ``pack.toml`` (``[[review.signoffs]]``), written by
``kiosk-pack review``. A pack nobody has signed, or whose review date has passed, is not
refused (a clinic may still need it on screen), but staff are told so in plain words:
``kiosk-pack validate`` prints it and the staff panel shows it on the pack's card.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from kiosk.core import tomltext
from kiosk.core.atomic import write_atomic
from kiosk.core.language_words import language_for_staff
from kiosk.core.model import Pack, Review
from kiosk.core.packdir import MANIFEST
from kiosk.core.phrases import Phrase, translate

log = logging.getLogger("kiosk.pack")

ROLES = ("clinician", "translator")
ROLE_NAMES = {"clinician": translate("Review", "clinician"),
              "translator": translate("Review", "medical translator")}
# The content brief asks for a review every 6 to 12 months (a withdrawn product, a new
# warning on a label); a sign-off sets the next one six months on unless told otherwise.
DEFAULT_INTERVAL_DAYS = 183
LONGEST_INTERVAL_DAYS = 366


def notices(review: Review, today: dt.date | None = None) -> list[Phrase]:
    """What staff should know about a pack's review, most serious first."""
    today = today or dt.date.today()
    out: list[Phrase] = []
    if review.latest("clinician") is None:
        out.append(translate(
            "Review", "No clinician has signed off this pack's medical content yet: it is "
                      "awaiting clinician review."))
    if review.overdue(today):
        out.append(translate(
            "Review", "Its medical review was due on {date}: have it checked again.").fill(
            date=review.next_review.isoformat()))
    if review.latest("translator") is None:
        out.append(translate(
            "Review", "No medical translator has signed off its Urdu yet."))
    return out


def translation_notices(pack: Pack) -> list[Phrase]:
    """The languages beyond English and Urdu nobody has checked yet."""
    return [translate("Review", "No medical translator has checked its {language} yet.")
            .fill(language=language_for_staff(code)) for code in pack.languages
            if code not in ("en", "ur") and not (code in pack.translation_reviews
                                                and pack.translation_reviews[code].done)]


def summary(review: Review) -> list[Phrase]:
    """Who signed and when, for staff and for patients' "About this information"."""
    out: list[Phrase] = []
    for role in ROLES:
        signed = review.latest(role)
        if signed is None:
            continue
        out.append(translate("Review", "Checked by {name} ({role}) on {date}.").fill(
            name=signed.by, role=ROLE_NAMES[role], date=signed.on.isoformat()))
    return out


class SignoffError(ValueError):
    """A sign-off that cannot be recorded (bad date, unknown role, unreadable pack.toml)."""


def sign(folder: Path, by: str, role: str, on: dt.date,
         next_review: dt.date | None = None) -> dt.date:
    """Record a sign-off in ``folder/pack.toml``; returns the pack's next review date.

    The file keeps its comments and layout (tomlkit edits it in place) and is replaced
    whole, so an interrupted write leaves the old file.
    """
    import tomlkit  # only kiosk-pack writes pack.toml; the kiosk's panel only reads notices

    by = " ".join(by.split())
    if not by:
        raise SignoffError("give the name of the person who checked it (--by)")
    if role not in ROLES:
        raise SignoffError(f"the role must be one of: {', '.join(ROLES)}")
    if on > dt.date.today():
        raise SignoffError(f"{on.isoformat()} is in the future")
    path = folder / MANIFEST
    try:
        text = path.read_text(encoding="utf-8")
        tomltext.check(text)  # tomlkit is no readier for hostile text than tomllib
        document = tomlkit.parse(text)
    except (OSError, UnicodeDecodeError, tomlkit.exceptions.ParseError,
            tomltext.TooComplex) as error:
        raise SignoffError(f"{path} cannot be read: {error}") from None
    review = document.get("review")
    if not isinstance(review, dict):
        raise SignoffError(f"{path} has no [review] table")
    # A clock that came up in 2000 (a flat CMOS battery) signed "today" a review older
    # than the one recorded, and the pack was overdue since 2000 once the clock was right.
    recorded = [signed.get("on") for signed in review.get("signoffs") or ()
                if isinstance(signed, dict) and signed.get("role") == role]
    if role == "clinician":
        recorded.append(review.get("reviewed_on"))
    # Those dated after today were recorded under a clock set ahead: validate says so,
    # and they must not stand in the way of the right date.
    last = max((day for day in map(_day, recorded)
                if day is not None and day <= dt.date.today()), default=None)
    if last is not None and on < last:
        raise SignoffError(
            f"{on.isoformat()} is before the {ROLE_NAMES[role]}'s review already recorded, "
            f"on {last.isoformat()}; if this computer's date is wrong, set its clock, or "
            "give the day with --date")
    record = tomlkit.table()
    record["by"] = by
    record["role"] = role
    record["on"] = on
    signoffs = review.get("signoffs")
    if signoffs is None:
        signoffs = tomlkit.aot()
        review["signoffs"] = signoffs
    signoffs.append(record)
    following = dt.date.fromisoformat(str(review["next_review"]))
    if role == "clinician":
        following = next_review or on + dt.timedelta(days=DEFAULT_INTERVAL_DAYS)
        if not on < following <= on + dt.timedelta(days=LONGEST_INTERVAL_DAYS):
            raise SignoffError("the next review must be within a year of this one")
        review["reviewed_by"] = by
        review["reviewed_on"] = on
        review["next_review"] = following
    else:
        review["urdu_reviewed_by"] = by
    write_atomic(path, tomlkit.dumps(document).encode("utf-8"))
    log.info("%s signed off %s as %s on %s", by, folder, role, on)
    return following


def _day(value: object) -> dt.date | None:
    """A date as pack.toml holds it (a TOML date, read by tomlkit), or None."""
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None
