"""The web edition's own words (not the pack's), translated with the kiosk's Qt Linguist
file: ``pyside6-lupdate`` collects every ``translate`` call, so a translator sees them
beside the kiosk's buttons and uses the same Urdu for the same things."""

from __future__ import annotations

from kiosk.core.model import Status, Treatment
from kiosk.core.phrases import Phrase, Translator, translate

ALL_TOPICS = translate("WebEdition", "All topics")
IN_THIS_TOPIC = translate("WebEdition", "In this topic")
LISTEN = translate("WebEdition", "Listen to this page")
LISTEN_DRAFT = translate("WebEdition", "Listen to this page (a computer's voice)")
SOURCES = translate("WebEdition", "Where this comes from")
QUESTION = translate("WebEdition", "Question {number}")
SHOW_ANSWER = translate("WebEdition", "Show the answer")
RIGHT_ANSWER = translate("WebEdition", "Right answer: {answer}")
NOT_REVIEWED = translate("WebEdition", "No doctor has checked this information yet. It is "
                                       "waiting for a doctor's review, so ask your doctor "
                                       "before you act on it.")
NEXT_CHECK = translate("WebEdition", "Next check due {date}.")
EDITION = translate("WebEdition", "Version {version} of this information.")
TALK = translate("WebEdition", "This is information for learning. It does not replace your "
                               "doctor: talk to your doctor before you start, stop or change "
                               "any treatment.")
EMERGENCY = translate("WebEdition", "In an emergency, call {number}.")
CHOOSE_LANGUAGE = translate("WebEdition", "Choose your language")
PICTURE = translate("WebEdition", "Picture: {title}")

_STATUS = {
    Status.APPROVED: translate("WebEdition", "Approved treatment"),
    Status.SPECIALIST: translate("WebEdition", "Specialist centres only"),
    Status.EXPERIMENTAL: translate("WebEdition", "Experimental: clinical trial only"),
}
_NAMED_STATUS = {
    Status.APPROVED: translate("WebEdition", "{name}: approved treatment"),
    Status.SPECIALIST: translate("WebEdition", "{name}: specialist centres only"),
    Status.EXPERIMENTAL: translate("WebEdition", "{name}: experimental, clinical trial only"),
}
_APPROVED_BY = translate("WebEdition", "{name}: approved by {body}")


def status(treatment: Treatment, language: str) -> Phrase:
    """A treatment's status label, worded as the kiosk's status chip words it."""
    if treatment.name is None:
        return _STATUS[treatment.status]
    name = treatment.name.get(language)
    if treatment.status is Status.APPROVED and treatment.approved_by is not None:
        return _APPROVED_BY.fill(name=name, body=treatment.approved_by.get(language))
    return _NAMED_STATUS[treatment.status].fill(name=name)


class Say:
    """Renders the web edition's phrases in one language, for the templates."""

    def __init__(self, translator: Translator) -> None:
        self._translator = translator

    def __call__(self, phrase: Phrase, **values: object) -> str:
        filled = phrase.fill(**{k: str(v) for k, v in values.items()}) if values else phrase
        return filled.render(self._translator)
