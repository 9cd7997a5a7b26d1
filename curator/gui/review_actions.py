"""The reviewer's commands, declared once with their keys (listed in the Review menu and the shortcuts dialog).

Keys avoid the workbench's (1/I, 2/F, Delete, N/P, Alt+arrows, Ctrl+Z) and the suggestion
keys (A/Enter accept, X/R reject, Tab/[ ] step): Y approves ("yes"), U rejects (beside Y),
J jumps to the next mention still to review.
"""

from curator.gui.shortcuts import KeyedActions

KEYS = {
    "reviewer_mode": ["Ctrl+Shift+R"],
    "approve_mention": ["Y"], "reject_mention": ["U"], "next_pending": ["J"],
    "approve_remaining": ["Shift+Y"],
    "approve_article": ["Ctrl+Shift+Y"], "request_changes": ["Ctrl+Shift+U"], "reopen_article": ["Ctrl+Shift+E"],
    "show_review": ["Ctrl+Shift+V"], "show_history": ["Ctrl+Shift+H"],
    "export": ["Ctrl+E"], "import_tagged": ["Ctrl+Shift+I"],
}
REVIEW_COMMANDS = ("approve_mention", "reject_mention", "next_pending", "approve_remaining", "approve_article",
                   "request_changes")


class ReviewActions(KeyedActions):
    """The review, history and export QActions, reachable as attributes."""

    def __init__(self, parent):
        super().__init__(parent, KEYS)
        self.reviewer_mode.setCheckable(True)
        self.show_review.setCheckable(True)
        self.show_history.setCheckable(True)
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            "reviewer_mode": (self.tr("&Reviewer mode"), self.tr("Show the review queue and the review commands")),
            "approve_mention": (self.tr("Approve tag"), self.tr("Approve the current tag and go to the next one")),
            "reject_mention": (self.tr("Reject tag…"),
                               self.tr("Reject the current tag, with an optional comment for its editor")),
            "next_pending": (self.tr("&Jump to the next tag to review"), self.tr("Go to the next tag without a verdict")),
            "approve_remaining": (self.tr("Approve all &remaining tags"),
                                  self.tr("Approve every tag of this article that has no verdict yet")),
            "approve_article": (self.tr("Appro&ve article"),
                                self.tr("Approve the article and its remaining tags; it becomes read-only")),
            "request_changes": (self.tr("Request &changes…"),
                                self.tr("Send the article back to its editor with a note")),
            "reopen_article": (self.tr("Re&open article…"), self.tr("Make an approved article editable again")),
            "show_review": (self.tr("Re&view panel"),
                            self.tr("Show the review of this article: its status, verdicts and the reviewer's note")),
            "show_history": (self.tr("Article &history"), self.tr("Show every change to this article")),
            "export": (self.tr("&Export…"), self.tr("Export mentions, articles or entities")),
            "import_tagged": (self.tr("Import &tagged file…"),
                              self.tr("Import articles with their tags from a JSONL or CoNLL file")),
        }
        self._set_texts(texts)

    def menu_title(self) -> str:
        return self.tr("&Review")
