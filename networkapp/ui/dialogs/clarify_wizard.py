"""The clarification wizard: review, prepare, talk, decide.

It never writes to the database. It is built from the contact's review (and a
draft to resume), and :meth:`ClarifyWizard.value` hands back what to store: a
finished clarification with its decision, a draft to finish later, or None.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget, QWizard

from networkapp.services.clarify import (
    DRAFT,
    FINISH,
    ClarifyResult,
    ClarifyReview,
    SuggestedQuestion,
    review,
    suggest_questions,
)
from networkapp.services.dto import ClarificationInput, ClarificationView
from networkapp.services.states import draft_for
from networkapp.ui.dialogs.clarify_decide_page import DecidePage
from networkapp.ui.dialogs.clarify_pages import ConversationPage, PreparePage, ReviewPage

REVIEW, PREPARE, CONVERSATION, DECIDE = range(4)
SAVE_LATER = QWizard.WizardButton.CustomButton1


class ClarifyWizard(QWizard):
    """Walk the user through a clarification, from the signals to a decision.

    A "Save and finish later" button on every page ends the wizard with a draft
    (``value().kind == "draft"``) holding everything typed so far and the step
    to resume on.
    """

    def __init__(self, review_data: ClarifyReview,
                 suggestions: list[SuggestedQuestion] | tuple[SuggestedQuestion, ...] = (),
                 draft: ClarificationView | None = None, parent: QWidget | None = None) -> None:
        """Build the pages for ``review_data``; resume ``draft`` on its saved step."""
        super().__init__(parent)
        self._review = review_data
        self._value: ClarifyResult | None = None
        self._saving_draft = False
        self._conversation_seen = False
        self.setWindowTitle(self.tr("Clarify with {name}").format(name=review_data.display_name))
        self.setTitleFormat(Qt.TextFormat.PlainText)
        self.setSubTitleFormat(Qt.TextFormat.PlainText)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(SAVE_LATER, self.tr("Save and finish later"))
        self.button(SAVE_LATER).setToolTip(self.tr(
            "Keep what you typed; the next time you clarify, you start again from here."))
        self.setButtonLayout([SAVE_LATER, QWizard.WizardButton.Stretch,
                              QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                              QWizard.WizardButton.FinishButton,
                              QWizard.WizardButton.CancelButton])
        self.review_page = ReviewPage(review_data)
        self.prepare_page = PreparePage(suggestions)
        self.conversation_page = ConversationPage(review_data.display_name)
        self.decide_page = DecidePage(review_data, self.current_input)
        for page_id, page in enumerate((self.review_page, self.prepare_page,
                                        self.conversation_page, self.decide_page)):
            self.setPage(page_id, page)
        self.customButtonClicked.connect(self._on_custom_button_clicked)
        self.currentIdChanged.connect(self._on_current_id_changed)
        self.setMinimumSize(640, 560)
        if draft is not None:
            self._resume(draft)

    @classmethod
    def ask(cls, parent: QWidget | None, contact_id: int) -> ClarifyResult | None:
        """Run the wizard for a contact (resuming its draft); return what to store."""
        data = review(contact_id)
        suggestions = suggest_questions(s.category for s in data.open_warnings)
        wizard = cls(data, suggestions, draft_for(contact_id), parent)
        wizard.exec()
        return wizard.value()

    def _resume(self, draft: ClarificationView) -> None:
        self.prepare_page.notes_edit.setPlainText(draft.planned_questions)
        self.conversation_page.set_values(draft.date, draft.channel, draft.their_answer,
                                          draft.outcome)
        self._conversation_seen = draft.date is not None or bool(draft.channel)
        # Walk forward so that Back still leads through the earlier pages.
        self.restart()
        for _ in range(min(max(draft.draft_step, REVIEW), DECIDE)):
            self.next()

    def _on_current_id_changed(self, page_id: int) -> None:
        if page_id >= CONVERSATION:
            self._conversation_seen = True

    def _on_custom_button_clicked(self, which: int) -> None:
        if which == SAVE_LATER.value:
            self._saving_draft = True
            self.accept()

    def current_input(self) -> ClarificationInput:
        """Return what the pages hold now, with the current step."""
        conversation = self.conversation_page
        seen = self._conversation_seen
        return ClarificationInput(
            date=conversation.date() if seen else None,
            channel=conversation.channel() if seen else "",
            planned_questions=self.prepare_page.notes(), their_answer=conversation.answer(),
            outcome=conversation.outcome(), draft_step=max(self.currentId(), REVIEW))

    def done(self, result: int) -> None:
        """Capture the value before the dialog closes (finish, draft or nothing)."""
        self._value = None
        if result == QWizard.DialogCode.Accepted:
            if self._saving_draft:
                self._value = ClarifyResult(DRAFT, self.current_input())
            else:
                decision = self.decide_page.decision()
                if self.decide_page.problems() or decision is None:
                    return  # Finish is disabled then; never close on an incomplete decision
                self._value = ClarifyResult(FINISH, self.current_input(), decision)
        self._saving_draft = False
        super().done(result)

    def value(self) -> ClarifyResult | None:
        """Return what to store: a finished clarification, a draft, or None (cancelled)."""
        return self._value
