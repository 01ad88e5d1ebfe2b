"""The Updates tab: the update channel's address (from a USB stick) and how it is doing."""

from __future__ import annotations

import logging

from kiosk._qt import theme
from kiosk._qt.staff.actions import StaffActions
from kiosk._qt.staff.channelpoll import ChannelPoller
from kiosk._qt.staff.common import (
    BAD,
    GOOD,
    Card,
    TabPage,
    button_row,
    label,
    latin,
    local_time,
    say,
    say_lines,
    style_label,
)
from kiosk._qt.staff.usb import search_folders
from kiosk._qt.widgets.buttons import TouchButton
from kiosk.core.packsources import (
    ADDRESS_FILE,
    ADDRESS_FILE_LIMIT,
    NotText,
    TooBigForAnAddress,
    read_address,
)
from kiosk.core.webaddress import BadAddress, address_allowed, host_of, looks_local, tidy

log = logging.getLogger("kiosk.staff")


def _look_on_sticks(watch: str) -> str | NotText:
    """The address on a stick ("" if none), or why a file there could not be read; run in
    a worker, where an exception would be taken for a fault in the kiosk."""
    try:
        return read_address(search_folders(watch)) or ""
    except NotText as error:
        return error


class UpdatesPage(TabPage):
    def __init__(self, actions: StaffActions, poller: ChannelPoller) -> None:
        super().__init__("UpdatesPage")
        self.staff = actions
        self.service = actions.bridge.service
        self.poller = poller
        self.address_card = Card("addressCard")
        self.address_title = label("addressTitle")
        self.address = label("address")
        self.address_help = label("addressHelp")
        self.read = TouchButton("fa5b.usb", "secondary")
        self.read.setObjectName("addressFromUsb")
        self.clear = TouchButton("fa5s.ban", "quiet")
        self.clear.setObjectName("addressClear")
        # Shown only after an http:// address was read: staff say the server is in the clinic.
        self.allow_local = TouchButton("fa5s.hospital", "secondary")
        self.allow_local.setObjectName("addressAllowLocal")
        self.allow_local.setVisible(False)
        self._plain_address = ""
        self.address_message = label("addressMessage")
        for widget in (self.address_title, self.address, self.address_help):
            self.address_card.body.addWidget(widget)
        self.address_card.body.addLayout(button_row(self.read, self.clear))
        self.address_card.body.addWidget(self.address_message)
        self.address_card.body.addLayout(button_row(self.allow_local))
        self.status_card = Card("channelCard")
        self.status_title = label("channelTitle")
        self.status = label("channelStatus")
        self.check = TouchButton("fa5s.sync", "secondary")
        self.check.setObjectName("channelCheck")
        self.status_card.body.addWidget(self.status_title)
        self.status_card.body.addWidget(self.status)
        self.status_card.body.addLayout(button_row(self.check))
        self.fill(self.address_card, self.status_card)
        self.read.clicked.connect(self._read)
        self.clear.clicked.connect(self._clear)
        self.allow_local.clicked.connect(self._allow_local)
        # Asked by staff: a pack whose last copy did not match is tried again now.
        self.check.clicked.connect(lambda: poller.poll(again=True))
        poller.changed.connect(self.refresh)
        actions.bridge.settingsChanged.connect(lambda _event: self.refresh())
        self._message = ""
        self._message_bad = False
        self._metrics: theme.Metrics | None = None

    def _read(self) -> None:
        watch = self.service.settings.watch_folder
        self.read.setEnabled(False)
        # Off the UI thread, like every look at a stick or a share (one may hang).
        job = self.staff.bridge.run(lambda _progress: _look_on_sticks(watch), "read address")
        job.succeeded.connect(self._address_read)
        job.finished.connect(lambda: self.read.setEnabled(True))

    def _address_read(self, found: str | NotText) -> None:
        self._plain_address = ""
        if isinstance(found, TooBigForAnAddress):
            self._say(self.tr(
                "The file %1 is on the USB stick, but it is far bigger than an address (at "
                "most %2 KB). Nothing was changed. Put only the address in it, on its first "
                "line.").replace("%1", ADDRESS_FILE).replace(
                "%2", str(ADDRESS_FILE_LIMIT // 1024)), True)
            return
        if isinstance(found, NotText):
            self._say(self.tr(
                "The file %1 is on the USB stick, but it is not saved as text the kiosk can "
                "read. Nothing was changed. On a computer, open it in Notepad, choose Save As, "
                "set Encoding to UTF-8, and save it again.").replace("%1", ADDRESS_FILE), True)
            return
        if not found:
            self._say(self.tr("No file named %1 was found on a USB stick.")
                      .replace("%1", ADDRESS_FILE), True)
            return
        try:
            address = tidy(found)
        except BadAddress as error:
            self._say(self.tr("The address in the file cannot be used: %1. Nothing was "
                              "changed.").replace("%1", say(error.phrase)), True)
            return
        if not address_allowed(address, self.service.settings.local_update_hosts):
            if not looks_local(host_of(address)):
                self._say(self.tr(
                    "This address starts with http://, so anyone on the network between the "
                    "kiosk and that server could change what it sends. Nothing was changed: "
                    "ask IT for the https:// address."), True)
                return
            self._plain_address = address
            self._say(self.tr(
                "This address starts with http://, so anyone on the network between the kiosk "
                "and that server could change what it sends. Nothing was changed. If the "
                "server is inside the clinic, press the button below to allow it."), True)
        else:
            self._save_address(address)

    def _allow_local(self) -> None:
        address, self._plain_address = self._plain_address, ""
        if not address:
            return
        hosts = [*self.service.settings.local_update_hosts, host_of(address)]
        log.warning("staff allowed plain http from %s, a server inside the clinic",
                    host_of(address))
        self._save_address(address, local_update_hosts=sorted(set(hosts)))

    def _save_address(self, address: str, **more: object) -> None:
        if self.staff.change_settings(update_url=address, **more):
            self._say(self.tr("Saved. The kiosk will look for updates at this address."), False)
            self.poller.poll()

    def _clear(self) -> None:
        self._plain_address = ""
        self.staff.change_settings(update_url="", local_update_hosts=[])
        self._say(self.tr("Saved. The kiosk will not look for updates."), False)

    def _say(self, text: str, bad: bool) -> None:
        self._message, self._message_bad = text, bad
        self.refresh()

    def refresh(self) -> None:
        url = self.service.settings.update_url
        self.address.setText(latin(url) if url else
                             self.tr("Not set: this kiosk does not look for updates."))
        if self._metrics is not None:
            # A web address is Latin whatever the staff language; the "not set" sentence is not.
            style_label(self.address, theme.Metrics(self._metrics.unit, "en") if url
                        else self._metrics, "body", bold=True)
        self.clear.setVisible(bool(url))
        self.address_message.setText(self._message)
        self.address_message.setVisible(bool(self._message))
        self.allow_local.setVisible(bool(self._plain_address))
        status = self.poller.status
        lines = []
        if status.busy:
            lines.append(self.tr("Checking now…"))
        if status.checked_at is not None:
            lines.append(self.tr("Last checked: %1").replace(
                "%1", local_time(status.checked_at)))
        elif not status.busy:
            lines.append(self.tr("Not checked yet."))
        if status.error:
            lines.append(self.tr("Last problem: %1").replace("%1", say_lines(status.error)))
        elif status.checked_at is not None:
            lines.append(self.tr("The update server answered normally."))
        if status.waiting:
            lines.append(self.tr("Downloaded and waiting for the next start screen: %1")
                         .replace("%1", status.waiting))
        if status.held_back:
            lines.append(self.tr(
                "Not taken: version %1, as this kiosk has had it or a newer one before "
                "(staff may have gone back from it). The kiosk takes the next newer "
                "version.").replace(
                "%1", ", ".join(str(version) for version in status.held_back)))
        for why in status.not_taken:
            lines.append(self.tr("Not taken: %1").replace("%1", say(why)))
        if status.installed:
            lines.append(self.tr("Last installed from the channel: %1")
                         .replace("%1", status.installed))
        self.status.setText("\n".join(lines))
        self.check.setEnabled(bool(url) and not status.busy)
        if self._metrics is not None:
            style_label(self.address_message, self._metrics,
                        colour=BAD if self._message_bad else GOOD)
            style_label(self.status, self._metrics, colour=BAD if status.error else theme.NAVY)

    def retranslate(self, metrics: theme.Metrics, rtl: bool) -> None:
        self._metrics = metrics
        self.address_title.setText(self.tr("Update address"))
        self.address_help.setText(self.tr(
            "To set it, IT writes the address on the first line of a text file named %1, "
            "puts it at the top of a USB stick, and presses the button below.")
                                  .replace("%1", ADDRESS_FILE))
        self.read.setText(self.tr("Read from USB stick"))
        self.allow_local.setText(self.tr("Allow: this server is inside the clinic"))
        self.clear.setText(self.tr("Stop looking for updates"))
        self.status_title.setText(self.tr("Update channel"))
        self.check.setText(self.tr("Check now"))
        for card in (self.address_card, self.status_card):
            card.apply_metrics(metrics)
        for title in (self.address_title, self.status_title):
            style_label(title, metrics, "title", bold=True)
        style_label(self.address_help, metrics, "small", colour=theme.MUTED)
        for button in (self.read, self.clear, self.allow_local, self.check):
            button.apply_metrics(metrics, rtl)
        self.space(metrics)
        self.refresh()
