"""An update address as IT writes it: copied from an Urdu document with marks nobody
sees, with letters a web request cannot carry as they are, or "HTTPS://" in capitals. Each
is made the address a browser would use, or refused at once in words staff can act on,
never saved to fail at every check with Python's internals."""

from __future__ import annotations

import pytest

from kiosk.core import updatelist
from kiosk.core.webaddress import BadAddress, beside, listing_url, tidy

URDU = "\u06a9\u06cc\u0648\u0633\u06a9"  # "kiosk" in Urdu letters
URDU_ENCODED = "%DA%A9%DB%8C%D9%88%D8%B3%DA%A9"


@pytest.mark.parametrize(("written", "used"), [
    ("https://updates.example.org/c/", "https://updates.example.org/c/"),
    ("HTTPS://updates.example.org/c/", "https://updates.example.org/c/"),
    ("Http://192.168.1.20:8080/c/", "http://192.168.1.20:8080/c/"),
    ("  https://updates.example.org/c/ \t", "https://updates.example.org/c/"),
    ("https://updates.example.org/kiosk updates/", "https://updates.example.org/kiosk%20updates/"),
    (f"https://updates.example.org/{URDU}/", f"https://updates.example.org/{URDU_ENCODED}/"),
    ("\u200fhttps://updates.example.org/c/\u200e", "https://updates.example.org/c/"),
    ("\ufeffhttps://updates.\u200bexample.org/c/\u200f", "https://updates.example.org/c/"),
    ("https://updates.example.org/c/channel.json?token=a b&x=1#top",
     "https://updates.example.org/c/channel.json?token=a%20b&x=1"),
    (f"https://{URDU}.pk/c/", "https://xn--ygb5b9rc6o.pk/c/"),
    ("https://[::1]:8443/c/", "https://[::1]:8443/c/"),
    # Already a web address: kept exactly as written (the kiosk's memory of the last list
    # it took is kept under this spelling).
    ("https://Updates.Example.org/c/%DA%A9/?sig=a%2Bb",
     "https://Updates.Example.org/c/%DA%A9/?sig=a%2Bb"),
])
def test_an_address_is_made_the_one_a_browser_would_use(written: str, used: str) -> None:
    assert tidy(written) == used
    assert tidy(used) == used


@pytest.mark.parametrize(("written", "why"), [
    ("https://kiosk updates.example.org/c/", "has a space in it"),
    ("https:// updates.example.org/c/", "has a space in it"),
    ("https://updates<example.org/c/", "is not one the kiosk can look up"),
    ("ftp://updates.example.org/c/", "must start with https://"),
    ("updates.example.org/c/", "must start with https://"),
    ("https://[::1/", "is not a web address"),
    ("https://updates.example.org:80000/c/", "is not a web address"),
    ("https://updates.example.org:port/c/", "is not a web address"),
    ("https:///c/", "is not a web address"),
    ("\u200f \u200e", "is empty"),
])
def test_what_cannot_be_an_address_is_refused_in_words(written: str, why: str) -> None:
    with pytest.raises(BadAddress) as refused:
        tidy(written)
    assert why in str(refused.value.phrase)


def test_a_signed_address_keeps_its_query_for_the_list_and_every_pack() -> None:
    listing = listing_url("https://h.example.org/c/?token=abc", "channel.json")
    assert listing == "https://h.example.org/c/channel.json?token=abc"
    assert listing_url(listing, "channel.json") == listing
    assert listing_url("https://h.example.org/c", "channel.json") == \
        "https://h.example.org/c/channel.json"
    assert beside(listing, "clinic v2.kpack") == \
        "https://h.example.org/c/clinic%20v2.kpack?token=abc"
    assert beside("https://h.example.org/c/channel.json", "v2.kpack") == \
        "https://h.example.org/c/v2.kpack"


def test_a_publisher_s_urdu_folder_is_the_kiosk_s_percent_encoded_one() -> None:
    assert updatelist.folder_address(f"https://h.example.org/{URDU}/") == \
        updatelist.folder_address(f"HTTPS://H.example.org/{URDU_ENCODED}/channel.json?t=1")


def test_joiners_that_spell_a_word_are_kept() -> None:
    """Found by review: every invisible mark was dropped, the zero-width non-joiner too,
    which is part of how some Urdu and Persian words are spelt (here in a folder's name),
    so the kiosk asked for another folder. Direction marks still go."""
    spelt = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"
    assert tidy(f"\u200fhttps://clinic.example.pk/{spelt}/\u200f") == (
        "https://clinic.example.pk/%D9%85%DB%8C%E2%80%8C%D8%AE%D9%88%D8%A7%D9%87%D9%85/")
