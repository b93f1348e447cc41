"""The detail area: the selected contact's name and status, the prompt, and the tabs.

Tabs Card / Interactions / Signals / History / Map (who introduced whom around the
contact, drawn when the tab is shown). Below them, the decision banner
(once per crossing of the threshold) or a quiet "talk now" hint: there it never
pushes the tabs away from under the pointer. With no contact (or several)
selected it shows a hint instead. Archived contacts are shown read-only, with
the reason they were archived: their history stays intact and visible.

Nothing typed is lost: :meth:`ContactDetailWidget.confirm_leave` asks about the
card's and the interaction editor's unsaved changes before the window shows
something else, and a reload (an edit elsewhere) leaves a changed editor alone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from networkapp.services.dto import ContactDetail, ThresholdState
from networkapp.services.errors import NotFoundError
from networkapp.services.signals import LEVEL_DECIDE
from networkapp.services.vocabulary import ARCHIVED, STATUS_LABELS
from networkapp.translation import format_date, tr
from networkapp.ui.actions import icon
from networkapp.ui.controller import Controller
from networkapp.ui.unsaved import UnsavedEditor, settle
from networkapp.ui.widgets.contact_card_widget import ContactCardWidget
from networkapp.ui.widgets.decision_banner import DecisionBannerWidget
from networkapp.ui.widgets.interaction_editor_widget import InteractionEditorWidget
from networkapp.ui.widgets.introduction_map_widget import IntroductionMapWidget
from networkapp.ui.widgets.reasons_header_widget import ReasonsHeaderWidget
from networkapp.ui.widgets.signals_panel_widget import SignalsPanelWidget
from networkapp.ui.widgets.timeline_widget import TimelineWidget

CARD_TAB, INTERACTIONS_TAB, SIGNALS_TAB, HISTORY_TAB, MAP_TAB = range(5)


class ContactDetailWidget(QStackedWidget):
    """One contact's card, interactions, signals and history, or a hint when none is selected.

    Signals:
        clarify_requested(int): the user asked to clarify with this contact (the
            banner's or the signals panel's "Clarify…" button).
        reason_action_requested(int, str): a button of the reasons under the name was
            pressed: the contact id and the reason's kind.
    """

    clarify_requested = Signal(int)
    reason_action_requested = Signal(int, str)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        """Build the tabs; :meth:`show_contact` chooses what they show."""
        super().__init__(parent)
        self._controller = controller
        self._contact_id: int | None = None
        self.hint = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.hint.setEnabled(False)
        self.hint.setMargin(24)
        self.addWidget(self.hint)
        page = QWidget()
        layout = QVBoxLayout(page)
        self.title = QLabel(textFormat=Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(textFormat=Qt.TextFormat.PlainText)
        self.subtitle.setEnabled(False)
        self.archived_label = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        self.reasons = ReasonsHeaderWidget()
        self.reasons.action_requested.connect(self._on_reasons_action_requested)
        self.banner = DecisionBannerWidget()
        self.card = ContactCardWidget(controller)
        self.interactions = InteractionEditorWidget(controller)
        self.signals = SignalsPanelWidget(controller)
        self.clarify_button = QPushButton(icon("clarify"), self.tr("Clarify…"))
        self.signals.add_level_action(self.clarify_button)
        self.history = TimelineWidget()
        self._history_stale = True
        self.map = IntroductionMapWidget(controller)
        self._map_stale = True
        self.tabs = QTabWidget(documentMode=True)
        # No mnemonics: the menu bar and the card's fields need the letters; the tabs have
        # Alt+1 to Alt+4 (View menu) and Ctrl+Tab.
        self.tabs.addTab(self.card, self.tr("Card"))
        # Scrolled, so that a narrow detail area never forces the table narrower.
        self.tabs.addTab(_scrolled(self.interactions), self.tr("Interactions"))
        self.tabs.addTab(_scrolled(self.signals), self.tr("Signals"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.tabs.addTab(self.map, self.tr("Map"))
        for widget in (self.title, self.subtitle, self.reasons):
            layout.addWidget(widget)
        layout.addWidget(self.tabs, 1)
        # Under the tabs: appearing or going, they never move the tabs under the pointer.
        layout.addWidget(self.archived_label)
        layout.addWidget(self.banner)
        self.addWidget(page)
        # A scroll area is no Tab stop of its own: it would show no focus.
        for area in page.findChildren(QScrollArea):
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.show_hint(0)
        controller.contact_changed.connect(self._on_controller_contact_changed)
        controller.settings_changed.connect(self._reload)
        self.banner.clarify_requested.connect(self.clarify_requested)
        self.clarify_button.clicked.connect(self._on_clarify_button_clicked)
        self.signals.clarify_requested.connect(self.clarify_requested)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

    @property
    def contact_id(self) -> int | None:
        """The contact shown, if any."""
        return self._contact_id

    def show_hint(self, selected: int) -> None:
        """Show the hint for no contact or several selected."""
        self._contact_id = None
        if selected > 1:
            text = self.tr("%Ln contacts selected. Use Contact ▸ Tag… or Archive… to change "
                           "them all at once.", "", selected)
        else:
            text = self.tr("Select a contact to see their card, interactions and signals.\n\n"
                           "Press Ctrl+N to add one.")
        self.hint.setText(text)
        self.banner.clear()
        self.setCurrentIndex(0)

    def show_contact(self, contact_id: int) -> None:
        """Show one contact in every tab, each scrolled to its top."""
        changed = contact_id != self._contact_id
        self._contact_id = contact_id
        self._reload()
        if changed:
            for area in self.findChildren(QScrollArea):
                area.verticalScrollBar().setValue(0)
        self.setCurrentIndex(1)

    def show_tab(self, index: int) -> None:
        """Bring a tab to the front with the focus on its first field (when a contact is shown)."""
        if self._contact_id is None:
            return
        self.tabs.setCurrentIndex(index)
        page = self.tabs.currentWidget()
        widget = page.nextInFocusChain()
        while widget is not None and widget is not page and not (
                page.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            widget = widget.nextInFocusChain()
        if widget is not None:
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def open_card(self) -> None:
        """Bring the card to the front, the focus on its Edit button (or its first field)."""
        if self._contact_id is not None:
            self.tabs.setCurrentIndex(CARD_TAB)
            card = self.card
            # The read view hides the editors: focus its Edit button (archived: the card).
            target = (card.display_name if card.is_editing()
                      else card.edit_button if card.edit_button.isVisible() else card)
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def log_interaction(self) -> None:
        """Start a new interaction in the Interactions tab."""
        if self._contact_id is not None:
            self.tabs.setCurrentIndex(INTERACTIONS_TAB)
            self.interactions.new_interaction()

    def note_signal(self) -> None:
        """Put the focus where a signal is described, in the Signals tab."""
        if self._contact_id is not None:
            self.tabs.setCurrentIndex(SIGNALS_TAB)
            self.signals.free_text.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- unsaved changes ------------------------------------------------------------

    def _editors(self) -> list[tuple[int, UnsavedEditor, str]]:
        """The editors that can hold unsaved changes: (tab, editor, what it holds)."""
        return [(CARD_TAB, self.card, self.tr("Your changes to the card of %1 are not saved.")),
                (INTERACTIONS_TAB, self.interactions, self.tr(
                    "Your changes to an interaction with %1 are not saved."))]

    def has_unsaved_changes(self) -> bool:
        """True when the card or the interaction editor holds unsaved changes."""
        return self._contact_id is not None and any(
            editor.has_unsaved_changes() for _tab, editor, _text in self._editors())

    def confirm_leave(self) -> bool:
        """Ask Save / Discard / Cancel for each changed editor; True when the user may leave.

        The tab of the editor asked about comes to the front. Cancel (or a save that
        fails) keeps everything as it was and returns False.
        """
        if self._contact_id is None:
            return True
        name = self.title.text()
        for tab, editor, text in self._editors():
            if not editor.has_unsaved_changes():
                continue
            self.tabs.setCurrentIndex(tab)
            if not settle(self, editor, self.tr("Unsaved changes"),
                          text.replace("%1", name) + "\n\n" + self.tr("Save them?")):
                return False
        return True

    # -- loading ----------------------------------------------------------------------

    def _reload(self) -> None:
        cid = self._contact_id
        if cid is None:
            return
        try:
            detail = self._controller.contact(cid)
        except NotFoundError:
            self.show_hint(0)
            return
        self.title.setText(detail.display_name)
        parts = [tr(STATUS_LABELS.get(detail.status, detail.status))]
        parts += [p for p in (detail.fields.title, detail.fields.organization) if p]
        self.subtitle.setText(" · ".join(parts))
        read_only = detail.status == ARCHIVED
        # Showing the same contact again keeps an editor's unsaved changes (an edit
        # elsewhere, a tag or a signal noted, must not wipe what is being typed).
        for widget in (self.card, self.interactions, self.signals):
            widget.show_contact(cid)
            widget.set_read_only(read_only)
        self._show_archived(cid, read_only)
        state = self._controller.threshold_state(cid)
        self.banner.show_for(cid, detail.display_name, state, detail.status)
        self._update_clarify_button(detail, state)
        self.reasons.set_reasons(self._controller.reasons(cid), state.threshold,
                                 resume=self._controller.draft(cid) is not None)
        self._history_stale = self._map_stale = True
        if self.tabs.currentWidget() is self.history:
            self._load_history()
        elif self.tabs.currentWidget() is self.map:
            self._load_map()

    def _show_archived(self, contact_id: int, archived: bool) -> None:
        change = self._controller.archive_change(contact_id) if archived else None
        if change is None:
            self.archived_label.setText(self.tr("Archived: kept as a plain entry.")
                                        if archived else "")
        else:
            text = (self.tr("Archived on %1: %2") if change.reason
                    else self.tr("Archived on %1."))
            self.archived_label.setText(text.replace("%1", format_date(change.at.date()))
                                        .replace("%2", change.reason))
        self.archived_label.setVisible(archived)

    def _update_clarify_button(self, detail: ContactDetail, state: ThresholdState) -> None:
        button = self.clarify_button
        button.setVisible(detail.status != ARCHIVED)
        resuming = self._controller.draft(detail.id) is not None
        button.setText(self.tr("Resume clarification…") if resuming else self.tr("Clarify…"))
        self.banner.clarify_button.setText(button.text())
        button.setToolTip(self.tr("Review the signals, plan what to say, record the "
                                  "conversation, then keep or archive"))
        font = button.font()
        font.setBold(state.level == LEVEL_DECIDE)  # emphasised past the threshold
        button.setFont(font)

    def _load_history(self) -> None:
        self._history_stale = False
        cid = self._contact_id
        self.history.set_entries(self._controller.timeline(cid) if cid is not None else [])

    def _load_map(self) -> None:
        self._map_stale = False
        cid = self._contact_id
        ego = self.map.ego
        if cid is None:
            return
        if ego is not None and ego.center != cid and ego.node(cid) is not None:
            return  # clicked on this map: it stays as it is (double-click centres)
        self.map.show_ego(cid)

    def _on_tabs_current_changed(self, index: int) -> None:
        if index == HISTORY_TAB and self._history_stale:
            self._load_history()
        elif index == MAP_TAB and self._map_stale:
            self._load_map()

    def _on_reasons_action_requested(self, kind: str) -> None:
        if self._contact_id is not None:
            self.reason_action_requested.emit(self._contact_id, kind)

    def _on_clarify_button_clicked(self) -> None:
        if self._contact_id is not None:
            self.signals.clarify_requested.emit(self._contact_id)

    def _on_controller_contact_changed(self, contact_id: int) -> None:
        if contact_id == self._contact_id:
            self._reload()


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea(widgetResizable=True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)  # not a constructor keyword in the stubs
    area.setWidget(widget)
    return area
