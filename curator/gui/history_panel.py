"""The History dock: every event of the open article, newest first, with user and local time."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from curator.gui.i18n import Retranslating
from curator.gui.labels import detail_label, kind_label, published_label, status_label
from curator.gui.review_panel import local_time


def action_label(action: str) -> str:
    labels = {
        "tagged": QCoreApplication.translate("HistoryLabels", "Tagged"),
        "untagged": QCoreApplication.translate("HistoryLabels", "Tag removed"),
        "kind_changed": QCoreApplication.translate("HistoryLabels", "Kind changed"),
        "suggestion_accepted": QCoreApplication.translate("HistoryLabels", "Suggestion accepted"),
        "suggestion_rejected": QCoreApplication.translate("HistoryLabels", "Suggestion rejected"),
        "reviewed": QCoreApplication.translate("HistoryLabels", "Reviewed"),
        "status_changed": QCoreApplication.translate("HistoryLabels", "Status changed"),
        "article_deleted": QCoreApplication.translate("HistoryLabels", "Article deleted"),
        "article_imported": QCoreApplication.translate("HistoryLabels", "Imported"),
        "article_edited": QCoreApplication.translate("HistoryLabels", "Details edited"),
        "assigned": QCoreApplication.translate("HistoryLabels", "Assigned to tag blind"),
        "unassigned": QCoreApplication.translate("HistoryLabels", "Taken back from an editor"),
        "blind_tagged": QCoreApplication.translate("HistoryLabels", "Tagged blind"),
        "blind_untagged": QCoreApplication.translate("HistoryLabels", "Blind tag removed"),
        "blind_kind_changed": QCoreApplication.translate("HistoryLabels", "Blind tag's kind changed"),
        "layer_done": QCoreApplication.translate("HistoryLabels", "Blind tags done"),
        "settled": QCoreApplication.translate("HistoryLabels", "Settled"),
        "tag_settled": QCoreApplication.translate("HistoryLabels", "Tag settled"),
    }
    return labels.get(action, action)


def _field_value(name: str, value: str | None) -> str:
    if not value:
        return "—"
    return published_label(datetime.fromisoformat(value)) if name == "published" else value


def _edited_fields(details: dict) -> str:
    """Each edited detail as "field：before → after"."""
    return "；".join(f"{detail_label(name)}：{_field_value(name, change.get('from'))} → "
                    f"{_field_value(name, change.get('to'))}" for name, change in details.items())


def _verdict_label(status: str | None) -> str:
    verdicts = {
        "approved": QCoreApplication.translate("HistoryLabels", "approved"),
        "rejected": QCoreApplication.translate("HistoryLabels", "rejected"),
        "pending": QCoreApplication.translate("HistoryLabels", "to review"),
    }
    return verdicts.get(status or "", status or "")


def _kind_name(value: str) -> str:
    kind, _, name = str(value).partition(":")
    return f"{kind_label(kind)}：{name}" if name else str(value)


_BLIND_TAG_STEPS = ("blind_tagged", "blind_untagged", "blind_kind_changed")
_ASSIGNMENT_STEPS = ("assigned", "unassigned", "layer_done", "settled")


def _describe_blind(event: dict, details: dict) -> str:
    """A step of tagging blind: whose layer, and what was tagged where the history shows it (in the
    viewer's own layer: services.history leaves only the layer of another editor's steps)."""
    action = event["action"]
    if action in _ASSIGNMENT_STEPS:
        return str(details.get("annotator", ""))
    if "layer" in details:
        return ""
    if action == "blind_kind_changed":
        return f"{kind_label(details.get('before', ''))} → {kind_label(details.get('after', ''))}"
    tag = details.get("tag") or {}
    return f"{tag.get('surface', '')}（{kind_label(tag.get('kind', ''))}）"


def describe(event: dict, surfaces: dict[int, str] | None = None) -> str:
    """One line of details for an event from `services.history` (plain text, translated).

    `surfaces` names the tags a verdict was on (mention id → text); the event itself keeps only the id.
    """
    details = event.get("details") or {}
    action = event["action"]
    if action in _BLIND_TAG_STEPS + _ASSIGNMENT_STEPS:
        return _describe_blind(event, details)
    if "surface" in details:
        text = details.get("entity") or details["surface"]
        return f"{text}（{kind_label(details.get('kind', ''))}）" if details.get("kind") else text
    if action == "kind_changed":
        return f"{_kind_name(details.get('from', ''))} → {_kind_name(details.get('to', ''))}"
    if action == "status_changed":
        line = f"{status_label(details.get('from') or '')} → {status_label(details.get('to') or '')}"
        note = QCoreApplication.translate("HistoryLabels", "note")
        return line + (f"；{note}：{details['note']}" if details.get("note") else "")
    if action == "article_imported":
        return Path(details["file"]).name if details.get("file") else ""
    if action == "article_deleted":
        tags = QCoreApplication.translate("HistoryLabels", "%n tag(s)", "", int(details.get("tags", 0)))
        return f"{details.get('title', '')}（{tags}）"
    if action == "article_edited":
        return _edited_fields(details)
    if action == "reviewed":
        line = f"{_verdict_label(details.get('from'))} → {_verdict_label(details.get('to'))}"
        if surface := (surfaces or {}).get(event.get("mention_id")):
            line = f"{surface}：{line}"
        return line + (f"；{details['comment']}" if details.get("comment") else "")
    return ", ".join(f"{key}={value}" for key, value in details.items()) if isinstance(details, dict) else ""


@dataclass(frozen=True, slots=True)
class HistoryRow:
    when: str
    user: str
    action: str
    details: str
    undone: bool


def history_rows(events: list[dict], surfaces: dict[int, str] | None = None) -> list[HistoryRow]:
    """Events (newest first) as the panel shows them; undone ones say so."""
    rows = []
    for event in events:
        action = action_label(event["action"])
        if event["undone"]:
            action = QCoreApplication.translate("HistoryLabels", "%1 (undone)").replace("%1", action)
        rows.append(HistoryRow(local_time(event["at"]), event["user"], action, describe(event, surfaces),
                               event["undone"]))
    return rows


class HistoryPanel(Retranslating, QWidget):
    """Reads the history of one article through `load(article_id)`; `show_article` refreshes it."""

    def __init__(self, load: Callable[[int], list[dict]], parent=None):
        super().__init__(parent)
        self._load = load
        self.article_id: int | None = None
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(4)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        self.rows: list[HistoryRow] = []
        self._surfaces: dict[int, str] = {}
        self._stale = False  # followed an article while hidden: read its history when shown
        self._shown = False
        self.retranslate()

    def show_article(self, article_id: int | None, surfaces: dict[int, str] | None = None) -> None:
        """Follow an article (or a change to it); the history is read when the panel is shown."""
        self.article_id = article_id
        self._surfaces = surfaces or {}
        self._stale = True
        if self._shown:
            self.refresh()

    def set_shown(self, shown: bool) -> None:
        """Whether the editor can see the history (its dock open and its tab in front): a tabbed
        dock behind another stays "visible" to Qt, so the dock says it."""
        self._shown = shown
        if shown and self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        events = self._load(self.article_id) if self.article_id is not None else []
        self.rows = history_rows(events, self._surfaces)
        self.tree.clear()
        muted = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for row in self.rows:
            item = QTreeWidgetItem([row.when, row.user, row.action, row.details])
            item.setToolTip(3, row.details)
            if row.undone:
                font = QFont(item.font(0))
                font.setItalic(True)
                font.setStrikeOut(True)
                for column in range(4):
                    item.setFont(column, font)
                    item.setForeground(column, muted)
            self.tree.addTopLevelItem(item)

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Time"), self.tr("User"), self.tr("Action"), self.tr("Details")])
        self.refresh()
