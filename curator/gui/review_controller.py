"""The reviewer's commands on the open article: verdicts on tags, then on the article itself."""

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QWidget

from curator.core.types import ArticleStatus, MentionStatus
from curator.gui.workbench import FAILED, Workbench
from curator.services import review
from curator.services.library import Database

# (title, label) -> (text, accepted); a dialog in the app, a stub in tests.
AskText = Callable[[str, str], tuple[str, bool]]


def ask_with_dialog(parent: QWidget | None) -> AskText:
    def ask(title: str, label: str) -> tuple[str, bool]:
        return QInputDialog.getMultiLineText(parent, title, label, "")
    return ask


class ReviewController(QObject):
    """Turns review commands into `services.review` calls through the workbench (which refreshes the views)."""

    message = Signal(str)
    article_finished = Signal(int)  # approved or sent back: the queue moves on

    def __init__(self, db: Database, workbench: Workbench, *, user: Callable[[], str], role: Callable[[], str],
                 ask_text: AskText, parent=None):
        super().__init__(parent)
        self.db = db
        self.workbench = workbench
        self._user = user
        self._role = role
        self.ask_text = ask_text

    # --- which tag --------------------------------------------------------------
    def _mentions(self):
        return self.workbench.state.mentions

    def _target(self) -> int | None:
        """The current tag, or else the first still to review."""
        current = self.workbench.state.current_mention
        if current is not None:
            return current
        pending = [m.id for m in self._mentions() if m.status == MentionStatus.PENDING]
        return pending[0] if pending else None

    def next_pending(self) -> int | None:
        """Make the next tag without a verdict (after the current one, wrapping) current."""
        if self._not_reviewable():
            return None
        mentions = self._mentions()
        ids = [m.id for m in mentions]
        current = self.workbench.state.current_mention
        start = ids.index(current) + 1 if current in ids else 0
        ordered = mentions[start:] + mentions[:start]
        found = next((m.id for m in ordered if m.status == MentionStatus.PENDING), None)
        if found is None:
            self.message.emit(self.tr("Every tag in this article has a verdict."))
        else:
            self.workbench.reader.show_mention(found)
            self.workbench.panel.select_mention(found)
        return found

    # --- verdicts -----------------------------------------------------------------
    def _seen(self) -> dict:
        """The reviewer's role and the version of the article they judge: a verdict on an article
        someone changed since is refused with who and what, and the view catches up."""
        return {"role": self._role(), "expected_version": self.workbench.state.version}

    def _not_reviewable(self) -> bool:
        """Whether the open article's tags take no verdict here (none is open, or they are the
        user's blind tags, not the article's); says why."""
        if self.workbench.article_id is None:
            self.message.emit(self.tr("Open an article first."))
            return True
        if self.workbench.state.blind:
            self.message.emit(self.tr("You tag this article blind: review it once its editors' tags are settled."))
            return True
        return False

    def _call(self, action: Callable[[], object]) -> object:
        """Run a review service call; a refusal is told in the status bar, translated where we can."""
        if self._not_reviewable():
            return FAILED
        try:
            return self.workbench.apply(action)
        except PermissionError:
            self.message.emit(self.tr("Only a reviewer can do this; choose the Reviewer role in Settings."))
            return FAILED

    def _approved_already(self) -> bool:
        if self.workbench.status() == ArticleStatus.APPROVED:
            self.message.emit(self.tr("This article is approved; reopen it before changing verdicts."))
            return True
        return False

    def approve_mention(self) -> bool:
        return self._verdict(MentionStatus.APPROVED, None)

    def reject_mention(self) -> bool:
        if self._not_reviewable():
            return False  # said before a comment is asked for: none could be used
        if self._target() is None or self.workbench.status() == ArticleStatus.APPROVED:
            return self._verdict(MentionStatus.REJECTED, None)  # refuses, and says why
        comment, ok = self.ask_text(self.tr("Reject tag"), self.tr("Comment for the editor (optional):"))
        if not ok:
            return False
        return self._verdict(MentionStatus.REJECTED, comment.strip() or None)

    def _verdict(self, verdict: MentionStatus, comment: str | None) -> bool:
        mention_id = self._target()
        if mention_id is None:
            self.message.emit(self.tr("No tag to review: click a tag first."))
            return False
        if self._approved_already():
            return False
        change = self._call(lambda: review.review_mention(self.db, mention_id=mention_id, verdict=verdict,
                                                          user=self._user(), comment=comment, **self._seen()))
        if change is FAILED:
            return False
        self.workbench.reader.show_mention(mention_id)
        self.next_pending()
        return True

    def approve_remaining(self) -> bool:
        if self._approved_already():
            return False
        change = self._call(lambda: review.approve_remaining(self.db, article_id=self.workbench.article_id,
                                                             user=self._user(), **self._seen()))
        if change is FAILED:
            return False
        self.message.emit(self.tr("Tags approved: %1").replace("%1", str(len(change.updated))))
        return True

    # --- the article ------------------------------------------------------------------
    def approve_article(self) -> bool:
        article_id = self.workbench.article_id
        if any(m.status == MentionStatus.REJECTED for m in self._mentions()):
            self.message.emit(self.tr("This article has rejected tags: request changes, "
                                      "or approve or remove them first."))
            return False
        if self.workbench.status() != ArticleStatus.DONE and article_id is not None:
            self.message.emit(self.tr("Only an article marked done can be approved."))
            return False
        change = self._call(lambda: review.approve_article(self.db, article_id=article_id, user=self._user(),
                                                           **self._seen()))
        if change is FAILED:
            return False
        self.message.emit(self.tr("Article approved."))
        self.article_finished.emit(article_id)
        return True

    def request_changes(self) -> bool:
        article_id = self.workbench.article_id
        if self.workbench.status() != ArticleStatus.DONE and article_id is not None:
            self.message.emit(self.tr("Only an article marked done can be sent back."))
            return False
        note, ok = self.ask_text(self.tr("Request changes"), self.tr("Note for the editor:"))
        if not ok:
            return False
        change = self._call(lambda: review.request_changes(self.db, article_id=article_id, user=self._user(),
                                                           note=note.strip() or None, **self._seen()))
        if change is FAILED:
            return False
        self.message.emit(self.tr("Sent back to the editor."))
        self.article_finished.emit(article_id)
        return True

    def reopen_article(self) -> bool:
        if self.workbench.status() != ArticleStatus.APPROVED:
            self.message.emit(self.tr("Only an approved article needs reopening."))
            return False
        note, ok = self.ask_text(self.tr("Reopen article"), self.tr("Why it is reopened (optional):"))
        if not ok:
            return False
        change = self._call(lambda: review.reopen_article(self.db, article_id=self.workbench.article_id,
                                                          user=self._user(), note=note.strip() or None,
                                                          **self._seen()))
        if change is FAILED:
            return False
        self.message.emit(self.tr("Article reopened; it can be edited again."))
        return True
