"""The staff panel's frame: a heading, the tabs, and the tab shown (each tab is a module)."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from kiosk._qt import theme
from kiosk._qt.staff.actions import StaffActions
from kiosk._qt.staff.channelpoll import ChannelPoller
from kiosk._qt.staff.common import BAD, Backdrop, ButtonRows, label, say, set_style, style_label
from kiosk._qt.staff.history_tab import HistoryPage
from kiosk._qt.staff.keys_tab import KeyDigitsEntry, KeysPage
from kiosk._qt.staff.packs_tab import PacksPage
from kiosk._qt.staff.settings_tab import NumberEntry, SettingsPage
from kiosk._qt.staff.updates_tab import UpdatesPage
from kiosk._qt.staff.usage_tab import UsagePage
from kiosk._qt.widgets.buttons import TouchButton
from kiosk._qt.widgets.owned import layout_of, parent_of
from kiosk.core.languages import name_of as language_name
from kiosk.core.phrases import Phrase
from kiosk.core.service import DiskChecked
from kiosk.core.usage.counting import UsageChecked


class StaffPanel(Backdrop):
    closed = Signal()

    languageRequested = Signal()

    def __init__(self, actions: StaffActions, poller: ChannelPoller,
                 number_entry: NumberEntry, digits: KeyDigitsEntry, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("StaffPanel")
        self.heading = label("staffHeading")
        # The data disk read-only or full: said above every tab, since installs fail.
        self.disk = label("staffDiskTrouble")
        self.disk.hide()
        self._disk_trouble: Phrase | None = None
        self._settings_note: Phrase | None = None
        self._actions = actions
        actions.bridge.diskChecked.connect(self._disk_checked)
        actions.bridge.settingsChanged.connect(self._settings_saved)
        # Usage statistics that cannot be saved, or a damaged file set aside: said here
        # too, since nobody opens the Use tab every day.
        self._usage_trouble: Phrase | None = actions.bridge.service.counting.trouble
        actions.bridge.usageChecked.connect(self._usage_checked)
        self.language = TouchButton("fa5s.language", "secondary")
        self.language.setObjectName("staffLanguage")
        self.close_button = TouchButton("fa5s.times", "primary")
        self.close_button.setObjectName("staffClose")
        self.packs = PacksPage(actions)
        self.history = HistoryPage(actions)
        self.settings = SettingsPage(actions, number_entry)
        self.updates = UpdatesPage(actions, poller)
        self.keys = KeysPage(actions, digits)
        self.usage = UsagePage(actions)
        self.pages = QStackedWidget()
        self.pages.setMinimumSize(1, 1)
        self.tabs: dict[QWidget, TouchButton] = {}
        # One row on a wide screen, two on a portrait one (six words do not fit).
        for page, icon, name in ((self.packs, "fa5s.box-open", "tabPacks"),
                                 (self.history, "fa5s.history", "tabHistory"),
                                 (self.settings, "fa5s.sliders-h", "tabSettings"),
                                 (self.keys, "fa5s.key", "tabKeys"),
                                 (self.updates, "fa5s.cloud-download-alt", "tabUpdates"),
                                 (self.usage, "fa5s.chart-bar", "tabUsage")):
            self.pages.addWidget(page)
            button = TouchButton(icon, "secondary")
            button.setObjectName(name)
            button.clicked.connect(lambda _=False, p=page: self.show_page(p))
            self.tabs[page] = button
        self._tab_row = ButtonRows(self.tabs.values())
        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(self.language)
        header.addWidget(self.close_button)
        self._header = header
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(self._tab_row)
        layout.addWidget(self.disk)
        layout.addWidget(self.pages, 1)
        self.language.clicked.connect(self.languageRequested)
        self.close_button.clicked.connect(self.closed)
        self._metrics: theme.Metrics | None = None
        self._rtl = False
        self.hide()

    def open(self) -> None:
        self.cover_parent()
        self.show_page(self.packs)
        self.packs.refresh_soon()
        self.packs.timer.start()
        self.history.refresh()
        self.settings.refresh()
        self.keys.refresh()
        self.updates.refresh()
        service = self._actions.bridge.service
        self._actions.bridge.run(lambda _progress: service.check_disk(), "check the disk",
                                 serial=True)
        self.show()
        self.raise_()

    def _disk_checked(self, checked: DiskChecked) -> None:
        self._disk_trouble, self._settings_note = checked.trouble, checked.settings
        self._say_disk()

    def _settings_saved(self, _changed: object) -> None:
        # The service drops its note on the same event (KioskService._replace_settings):
        # the file was saved here, or rewritten whole by IT.
        self._settings_note = None
        self._say_disk()

    def _usage_checked(self, checked: UsageChecked) -> None:
        self._usage_trouble = checked.trouble
        self._say_disk()

    def _say_disk(self) -> None:
        troubles = [t for t in (self._disk_trouble, self._settings_note, self._usage_trouble)
                    if t is not None]
        self.disk.setText("\n\n".join(say(trouble) for trouble in troubles))
        self.disk.setVisible(bool(troubles))
        if self._metrics is not None:
            style_label(self.disk, self._metrics, bold=True, colour=BAD)

    def close_panel(self) -> None:
        self.packs.timer.stop()
        self.hide()

    def show_page(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        if page is self.history:
            self.history.refresh()
        elif page is self.usage:
            self.usage.refresh()
        if self._metrics is not None:
            self._style_tabs()

    def _place_tabs(self, metrics: theme.Metrics) -> None:
        # As many tabs a row as fit (all six on a wide screen), never fewer than two.
        self._tab_row.place(parent_of(self).width() - 2 * metrics.gap, metrics.gap)

    def _style_tabs(self) -> None:
        assert self._metrics is not None
        for page, button in self.tabs.items():
            set_style(button, "primary" if page is self.pages.currentWidget() else "secondary",
                      self._metrics, self._rtl)

    def retranslate(self, metrics: theme.Metrics, rtl: bool) -> None:
        for _step in self.retranslate_in_steps(metrics, rtl):
            pass

    def retranslate_in_steps(self, metrics: theme.Metrics, rtl: bool) -> Iterator[None]:
        """``retranslate``, a tab at a time (the panel is first worded while staff hold the
        corner, a step each pass of the event loop: kiosk/_qt/staff/screens.py)."""
        self._metrics = metrics
        self._rtl = rtl
        self.heading.setText(self.tr("Staff panel"))
        style_label(self.heading, metrics, "title", bold=True)
        other = self._actions.next_language()
        self.language.setVisible(other != metrics.language)
        self.language.setText(language_name(other))
        self.close_button.setText(self.tr("Close"))
        self.tabs[self.packs].setText(self.tr("Packs"))
        self.tabs[self.history].setText(self.tr("History"))
        self.tabs[self.settings].setText(self.tr("Settings"))
        self.tabs[self.keys].setText(self.tr("Keys"))
        self.tabs[self.updates].setText(self.tr("Updates"))
        self.tabs[self.usage].setText(self.tr("Use"))
        self.language.apply_metrics(metrics, rtl)
        own = theme.Metrics(metrics.unit, other)
        self.language.setFont(own.font("button", bold=own.has_bold, scalable=False))
        self.close_button.apply_metrics(metrics, rtl)
        self._style_tabs()
        self._place_tabs(metrics)
        layout = layout_of(self)
        layout.setContentsMargins(metrics.gap, metrics.gap // 2, metrics.gap, metrics.gap // 2)
        layout.setSpacing(metrics.gap)
        self._header.setSpacing(metrics.gap)
        for page in (self.packs, self.history, self.settings, self.keys, self.updates,
                     self.usage):
            yield
            page.retranslate(metrics, rtl)
        self._say_disk()
