"""Where a page's facts come from, in words a patient can weigh.

A pack's sources are web addresses and references written for a clinician ("S12 =
https://nhs.uk/..."). A patient asking "who says so?" needs the kind of source, "the UK's
National Health Service" or "a medical research article", and its name, not a URL
they cannot follow on a kiosk. Known publishers are named; anything else is described
by its kind where the address tells it, and otherwise shown as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kiosk.core.phrases import Phrase, translate

_GOVERNMENT_US = translate("Sources", "a US government health agency")
_NHS = translate("Sources", "the UK's National Health Service (NHS)")
_RESEARCH = translate("Sources", "a medical research article")
_CHARITY = translate("Sources", "a patients' charity")
_HEALTH_SITE = translate("Sources", "a medical information website")
_NEWS_PK = translate("Sources", "a Pakistani news report")
_STEM_CELL_SOCIETY = translate("Sources", "the International Society for Stem Cell Research")
_EMA = translate("Sources", "the European Medicines Agency")
_FDA = translate("Sources", "the US Food and Drug Administration (FDA)")
_NICE = translate("Sources", "NICE, which sets treatment guidance in the UK")
_HOSPITAL_PK = translate("Sources", "a Pakistani hospital")
_REGULATOR_PK = translate("Sources", "the Drug Regulatory Authority of Pakistan (DRAP)")
_DOCTORS = translate("Sources", "a group of specialist doctors")
_ARCHIVE = translate("Sources", "an archived copy of a US government health page")
_OTHER = translate("Sources", "a published report")

# Host names (the end of them) and what they are; the first that matches wins.
_KINDS: tuple[tuple[str, Phrase], ...] = (
    ("webarchive.library.unt.edu", _ARCHIVE),
    ("pmc.ncbi.nlm.nih.gov", _RESEARCH), ("ncbi.nlm.nih.gov", _RESEARCH),
    ("fda.gov", _FDA), ("fda.report", _FDA),
    ("nih.gov", _GOVERNMENT_US), ("cdc.gov", _GOVERNMENT_US),
    ("medlineplus.gov", _GOVERNMENT_US), ("cancer.gov", _GOVERNMENT_US),
    ("vaccines.gov", _GOVERNMENT_US), ("ms.gov", _GOVERNMENT_US),
    ("nhs.uk", _NHS), ("nidirect.gov.uk", _NHS), ("nice.org.uk", _NICE),
    ("ema.europa.eu", _EMA), ("dra.gov.pk", _REGULATOR_PK),
    ("isscr.org", _STEM_CELL_SOCIETY), ("closerlookatstemcells.org", _STEM_CELL_SOCIETY),
    ("doi.org", _RESEARCH), ("thelancet.com", _RESEARCH), ("nature.com", _RESEARCH),
    ("bmj.com", _RESEARCH), ("springer.com", _RESEARCH), ("ac.uk", _RESEARCH),
    ("nationalacademies.org", _RESEARCH), ("nap.edu", _RESEARCH), ("aacr.org", _RESEARCH),
    ("mssociety.org.uk", _CHARITY), ("msra.org.au", _CHARITY),
    ("type1diabetesresearch.org.uk", _CHARITY),
    ("mayoclinic.org", _HEALTH_SITE), ("medscape.com", _HEALTH_SITE),
    ("healthinfo.org.nz", _HEALTH_SITE), ("labtestsonline.org.au", _HEALTH_SITE),
    ("apbmt.org", _DOCTORS), ("edu.pk", _HOSPITAL_PK),
    ("com.pk", _NEWS_PK), ("arynews.tv", _NEWS_PK),
)
_URL = re.compile(r"(?:https?://)?(?:www\.)?([a-z0-9.-]+\.[a-z]{2,})(?:[/:]|\s|$)", re.I)


@dataclass(frozen=True)
class Source:
    key: str  # "S12", for the clinician who checks it
    kind: Phrase  # what sort of source, in the patient's words
    where: str  # the publisher's address, or the reference as written


def describe(key: str, text: str) -> Source:
    match = _URL.match(text.strip())
    if match is None:
        return Source(key, _OTHER, text.strip())
    host = match.group(1).lower()
    for ending, kind in _KINDS:
        if host == ending or host.endswith("." + ending):
            return Source(key, kind, host)
    return Source(key, _OTHER, host)
