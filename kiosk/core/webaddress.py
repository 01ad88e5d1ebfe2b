"""Which web addresses the update channel may use, from the address alone.

Apart from the fetching (webfetch.py), which brings in http.client and ssl: the staff
panel checks an address as it is typed, and a kiosk with no channel never loads those.
"""

from __future__ import annotations

import ipaddress
import urllib.parse
from collections.abc import Collection


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
