"""Which web addresses the update channel may use, from the address alone.

Apart from the fetching (webfetch.py), which brings in http.client and ssl: the staff
panel checks an address as it is typed, and a kiosk with no channel never loads those.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
import urllib.parse
from collections.abc import Collection

from kiosk.core.phrases import Phrase, translate

_MUST_BE_WEB = translate("Channel", "the update address '{url}' must start with https://")


def host_of(url: str) -> str:
    """The host a web address names, in small letters; "" if it names none."""
    try:
        return (urllib.parse.urlsplit(url).hostname or "").lower()
    except ValueError:  # "https://[::1/" and the like
        return ""


# Names that only mean something inside a site's own network.
_LOCAL_SUFFIXES = (".local", ".lan", ".internal", ".intranet", ".home.arpa", ".localdomain")


def looks_local(host: str) -> bool:
    """Whether ``host`` can only be inside the clinic: a private, link-local or loopback
    address, a name without dots, or a name under a suffix kept for local networks. A
    public name never passes, whatever staff are told, so one tap cannot open the door
    to plain http across the internet."""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return bool(host) and ("." not in host or host.endswith(_LOCAL_SUFFIXES))
    return address.is_private or address.is_link_local or address.is_loopback


def address_allowed(url: str, local_hosts: Collection[str]) -> bool:
    """Whether ``url`` may be fetched: https always; http only from a host staff named as
    inside the clinic, where nobody between can change what it sends."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme == "https":
        return True
    if parts.scheme != "http":
        return False
    return host_of(url) in {host.strip().lower() for host in local_hosts if host.strip()}


class BadAddress(ValueError):
    """Text that cannot be made a web address; ``phrase`` says why, for staff."""

    def __init__(self, phrase: Phrase) -> None:
        super().__init__(str(phrase))
        self.phrase = phrase


# Zero-width non-joiner and joiner: invisible, yet part of how Urdu and Persian words are
# spelt, so of a folder's name.
_JOINERS = frozenset("\u200c\u200d")


def visible(text: str) -> str:
    """``text`` without invisible format marks (right-to-left marks, zero-width spaces, a
    byte order mark: copied along from an Urdu document, unseen on screen, yet part of the
    address for a web request) or the spaces around it."""
    return "".join(c for c in text if unicodedata.category(c) != "Cf"
                   or c in _JOINERS).strip()


_HOST = re.compile(r"[A-Za-z0-9._-]+")


def _ascii_host(host: str, url: str) -> str:
    if any(c.isspace() for c in host):
        raise BadAddress(translate(
            "Channel", "the server's name in the update address '{url}' has a space in it, "
                       "which a server's name never has; check the address with IT")
            .fill(url=url))
    if host.startswith("["):
        try:
            ipaddress.IPv6Address(host[1:-1])
            return host
        except ValueError:
            pass
    elif not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")  # what a browser sends for it
        except UnicodeError:
            host = ""
    if not _HOST.fullmatch(host):
        raise BadAddress(translate(
            "Channel", "the server's name in the update address '{url}' is not one the kiosk "
                       "can look up; check the address with IT").fill(url=url))
    return host


# What a web request cannot carry as it is. Nothing else is changed, so an address that
# worked before keeps its exact spelling (the kiosk's memory of the last list is kept
# under it) and a signed address keeps what was signed.
_SAFE = "".join(chr(c) for c in range(0x21, 0x7F))


def quote_part(text: str) -> str:
    """A path or query as a browser sends it: spaces, control characters and letters
    beyond ASCII (an Urdu folder name) percent-encoded as UTF-8."""
    return urllib.parse.quote(text, safe=_SAFE)


def _split(url: str) -> urllib.parse.SplitResult | None:
    try:
        parts = urllib.parse.urlsplit(url)
        port = parts.port  # reading it checks it: letters, or past 65535, raise
    except ValueError:  # also "https://[::1/"
        return None
    return None if port == 0 else parts


def tidy(text: str) -> str:
    """``text`` (typed, or read from a file) as the web address to use: invisible marks
    and surrounding spaces dropped, the scheme in small letters, a host beyond ASCII in
    IDNA form, the path and query percent-encoded; the #fragment, never sent, dropped.
    ``BadAddress`` for what still cannot be a web address."""
    url = re.sub(r"[\t\r\n]", "", visible(text))  # as browsers drop them anywhere
    if not url:
        raise BadAddress(translate("Channel", "the update address is empty"))
    parts = _split(url)
    if parts is not None and parts.scheme not in ("http", "https"):
        raise BadAddress(_MUST_BE_WEB.fill(url=url))
    if parts is None or not parts.hostname:
        raise BadAddress(translate(
            "Channel", "the update address '{url}' is not a web address; it should look like "
                       "https://updates.example.org/channel/").fill(url=url))
    user, at, hostport = parts.netloc.rpartition("@")
    bracket = hostport.rfind("]")
    colon = hostport.find(":", bracket + 1)
    host, port = (hostport, "") if colon < 0 else (hostport[:colon], hostport[colon:])
    netloc = quote_part(user) + at + _ascii_host(host, url) + port
    return urllib.parse.urlunsplit((parts.scheme, netloc, quote_part(parts.path),
                                    quote_part(parts.query), ""))


def listing_url(url: str, file: str) -> str:
    """The update list at ``url``: the address itself when it names a .json file, else
    ``file`` in the folder it names. A query stays at the end, where a signed address
    (``…/channel/?token=…``) needs it."""
    parts = urllib.parse.urlsplit(url)
    if parts.path.endswith(".json"):
        return url
    return parts._replace(path=parts.path.rstrip("/") + "/" + file).geturl()


def beside(url: str, file: str) -> str:
    """``file`` in the folder of the list at ``url``, with the list's query: a host that
    asks for a token in the address asks for it with every file."""
    parts = urllib.parse.urlsplit(url)
    return parts._replace(path=urllib.parse.urljoin(parts.path, urllib.parse.quote(file)),
                          fragment="").geturl()
