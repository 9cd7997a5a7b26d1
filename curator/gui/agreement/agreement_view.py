"""Review → Agreement between editors: how the editors who tagged articles blind agree (per pair
and kind, F1 and Cohen's kappa), and the finished articles whose disagreements a reviewer settles.

A panel below the reader (a dock, like the review's), not a dialog over it: choosing a
disagreement shows its span in the reader, which must stay in sight.

The report (services.agreement) is read off the GUI thread. Choosing an article opens it in the
reader; choosing a disagreement shows its span there. "Settle" asks the tools to settle the
article with the versions chosen; they refresh the view when it is done.
"""

from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QHBoxLayout,
                               QHeaderView, QLabel, QListWidget, QListWidgetItem, QPushButton, QSplitter,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from curator.core.agreement import ALL_KINDS, Disagreement, Tag
from curator.gui.core_messages import error_text
from curator.gui.i18n import Retranslating
from curator.gui.labels import kind_label
from curator.gui.worker import TaskRunner
from curator.services import agreement
from curator.services.agreement import AgreementReport, ArticleDisagreements
from curator.services.library import Database

PAIR_COLUMNS = 7
UNCHOSEN = "\x00unchosen"  # the Keep box's first entry: nothing chosen yet (None keeps no tag)


def figure(value: float | None) -> str:
    """An F1 or a kappa as the table shows it: two decimals, or a dash where it says nothing."""
    return "—" if value is None else f"{value:.2f}"


class AgreementView(Retranslating, QWidget):
    article_chosen = Signal(int)  # open it in the reader
    span_chosen = Signal(int, int, int)  # article id, start, end: show it in the reader
    settle_requested = Signal(int, object)  # article id, {disagreement number: editor or None}

    def __init__(self, db: Database, runner: TaskRunner, *, text_of: Callable[[int], str], parent=None):
        super().__init__(parent)
        self.db, self.runner, self._text_of = db, runner, text_of
        self.report: AgreementReport | None = None
        self._wanted: int | None = None  # the article to choose once the report is read
        self.use_since = QCheckBox()
        self.since = QDateEdit(QDate.currentDate().addMonths(-1), calendarPopup=True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.refresh_button = QPushButton()
        self.summary = QLabel(wordWrap=True)
        self.pairs = _table(PAIR_COLUMNS)
        self.articles_title, self.disagreements_title = QLabel(), QLabel()
        self.articles = QListWidget()
        self.articles.setTextElideMode(Qt.TextElideMode.ElideRight)  # the whole title is its tooltip
        self.articles.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.disagreements = _table(0)
        self.disagreements.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.disagreements.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.settle_button = QPushButton()
        self.state = QLabel(wordWrap=True)
        self._lay_out()
        self.use_since.toggled.connect(self.refresh)
        self.since.dateChanged.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        self.articles.currentRowChanged.connect(self._article_changed)
        self.disagreements.currentCellChanged.connect(lambda row, *_: self._disagreement_chosen(row))
        self.settle_button.clicked.connect(self._settle)
        self.retranslate()

    def _lay_out(self) -> None:
        """Side by side, low: the figures, the articles to settle, and the chosen one's disagreements."""
        filters = QHBoxLayout()
        filters.addWidget(self.use_since)
        filters.addWidget(self.since)
        filters.addStretch(1)
        filters.addWidget(self.refresh_button)
        settling = QHBoxLayout()
        settling.addWidget(self.state, 1)
        settling.addWidget(self.settle_button)
        panes = QSplitter(Qt.Orientation.Horizontal)
        panes.addWidget(_stacked(filters, self.pairs, self.summary))
        panes.addWidget(_stacked(self.articles_title, self.articles))
        panes.addWidget(_stacked(self.disagreements_title, self.disagreements, settling))
        for index, stretch in enumerate((4, 2, 5)):
            panes.setStretchFactor(index, stretch)
        panes.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(panes)

    def present(self, article_id: int | None = None) -> None:
        """Read the report again; `article_id` is chosen when it is one to settle."""
        self._wanted = article_id
        self.refresh()

    # --- reading --------------------------------------------------------------------------
    def query(self) -> dict:
        return {"since": self.since.date().toPython() if self.use_since.isChecked() else None}

    def refresh(self) -> None:
        """Read the report again on the worker; the tables stay until it answers."""
        if not self.isVisible():
            return  # shown again, it reads again
        db, query = self.db, self.query()
        self.summary.setText(self.tr("Comparing…"))
        self.runner.run(lambda _progress, _cancelled: agreement.report(db, **query),
                        lambda result, error: self._read(query, result, error))

    def _read(self, query: dict, result: AgreementReport | None, error: BaseException | None) -> None:
        if query != self.query():
            return  # the filter changed since: a newer report is on its way
        if error is not None:
            self.summary.setText(self.tr("Not compared: %1").replace("%1", error_text(error)))
            return
        self.report = result
        self.summary.setText(self.tr("%1 article(s) tagged blind, %2 finished by all their editors.")
                             .replace("%1", str(result.articles)).replace("%2", str(result.finished)))
        self._fill_pairs(result)
        self._fill_articles(result)

    def _fill_pairs(self, result: AgreementReport) -> None:
        self.pairs.setRowCount(len(result.pairs))
        for r, row in enumerate(result.pairs):
            kind = self.tr("All kinds") if row.kind == ALL_KINDS else kind_label(row.kind)
            values = [self.tr("%1 · %2").replace("%1", row.first).replace("%2", row.second), kind, row.articles,
                      f"{row.tags_first} / {row.tags_second}", row.agreed, figure(row.f1), figure(row.kappa)]
            for c, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                if c >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.pairs.setItem(r, c, item)

    def _fill_articles(self, result: AgreementReport) -> None:
        wanted = self._wanted or self.current_article_id()
        self._wanted = None
        self.articles.blockSignals(True)
        self.articles.clear()
        for entry in result.to_settle:
            text = self.tr("%n disagreement(s) · %1", "", len(entry.disagreements)).replace("%1", entry.title)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, entry.article_id)
            item.setToolTip(entry.title)
            self.articles.addItem(item)
        ids = [e.article_id for e in result.to_settle]
        self.articles.blockSignals(False)
        self.articles_title.setText(self.tr("Articles to settle: %1").replace("%1", str(len(ids))))
        if ids:
            self.articles.setCurrentRow(ids.index(wanted) if wanted in ids else 0)
        else:
            self._article_changed(-1)

    # --- one article ------------------------------------------------------------------------
    def current_article_id(self) -> int | None:
        item = self.articles.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def current_entry(self) -> ArticleDisagreements | None:
        article_id = self.current_article_id()
        entries = self.report.to_settle if self.report is not None else []
        return next((e for e in entries if e.article_id == article_id), None)

    def _article_changed(self, _row: int) -> None:
        entry = self.current_entry()
        self._fill_disagreements(entry)
        if entry is not None:
            self.article_chosen.emit(entry.article_id)

    def _fill_disagreements(self, entry: ArticleDisagreements | None) -> None:
        table = self.disagreements
        table.clearContents()
        editors = list(entry.annotators) if entry is not None else []
        table.setColumnCount(3 + len(editors))
        table.setHorizontalHeaderLabels([self.tr("#"), self.tr("Text"), *editors, self.tr("Keep")])
        rows = entry.disagreements if entry is not None else ()
        table.setRowCount(len(rows))
        text = self._text_of(entry.article_id) if rows else ""
        for r, disagreement in enumerate(rows):
            table.setItem(r, 0, QTableWidgetItem(str(r + 1)))
            table.setItem(r, 1, QTableWidgetItem(text[disagreement.start : disagreement.end]))
            for c, editor in enumerate(editors, 2):
                item = QTableWidgetItem(self.version_text(disagreement.versions.get(editor, ())))
                item.setToolTip(item.text())
                table.setItem(r, c, item)
            table.setCellWidget(r, 2 + len(editors), self._keep_box(editors))
        table.resizeColumnsToContents()
        self.disagreements_title.setText(
            self.tr("Where they differ: %1 · %2 tag(s) agreed").replace("%1", entry.title)
            .replace("%2", str(entry.agreed)) if entry is not None else self.tr("Choose an article to settle."))
        self.state.setText(self.tr("Choose whose version to keep in each row, then settle.") if rows
                           else self.tr("The editors agree on every tag: settling keeps them.") if entry else "")
        self._enable_settle()

    def version_text(self, tags: tuple[Tag, ...]) -> str:
        """One editor's tags in a disagreement: "Figure 王小明", or that they tagged nothing there."""
        if not tags:
            return self.tr("no tag")
        return self.tr("; ").join(f"{kind_label(t.kind)} {t.surface}" for t in tags)

    def _keep_box(self, editors: list[str]) -> QComboBox:
        box = QComboBox()
        box.addItem(self.tr("Choose…"), UNCHOSEN)
        for editor in editors:
            box.addItem(self.tr("%1's version").replace("%1", editor), editor)
        box.addItem(self.tr("No tag"), None)
        box.currentIndexChanged.connect(lambda _index: self._enable_settle())
        return box

    def keep_box(self, row: int) -> QComboBox:
        return self.disagreements.cellWidget(row, self.disagreements.columnCount() - 1)

    def choices(self) -> dict[int, str | None] | None:
        """{number: editor or None} for every disagreement, or None while one has no choice."""
        chosen = {row + 1: self.keep_box(row).currentData() for row in range(self.disagreements.rowCount())}
        return None if UNCHOSEN in chosen.values() else chosen

    def _enable_settle(self) -> None:
        self.settle_button.setEnabled(self.current_entry() is not None and self.choices() is not None)

    def _disagreement_chosen(self, row: int) -> None:
        entry = self.current_entry()
        if entry is not None and 0 <= row < len(entry.disagreements):
            disagreement: Disagreement = entry.disagreements[row]
            self.span_chosen.emit(entry.article_id, disagreement.start, disagreement.end)

    def _settle(self) -> None:
        entry, choices = self.current_entry(), self.choices()
        if entry is not None and choices is not None:
            self.settle_requested.emit(entry.article_id, choices)

    def settled(self, title: str) -> None:
        """The tools settled an article: say so and read the report again."""
        self.state.setText(self.tr("Settled “%1”; its tags are in the reader.").replace("%1", title))
        self.refresh()

    # --- words ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.use_since.setText(self.tr("Assigned since"))
        self.refresh_button.setText(self.tr("Compare again"))
        self.settle_button.setText(self.tr("Settle"))
        self.settle_button.setToolTip(self.tr("Make the article's tags: those the editors agree on, and the "
                                              "versions chosen here"))
        self.pairs.setHorizontalHeaderLabels([
            self.tr("Editors"), self.tr("Kind"), self.tr("Articles"), self.tr("Tags"), self.tr("Agreed"),
            self.tr("F1"), self.tr("Kappa")])
        self.pairs.horizontalHeaderItem(3).setToolTip(self.tr("How many tags each of the two made, in the order named"))
        self.pairs.horizontalHeaderItem(5).setToolTip(self.tr("Exact-span F1: the share of tags both made alike"))
        self.pairs.horizontalHeaderItem(6).setToolTip(self.tr("Cohen's kappa over characters: 1 is full agreement, "
                                                              "0 what chance gives"))
        if self.report is not None:
            self._fill_pairs(self.report)
            self._fill_articles(self.report)
        else:
            self.articles_title.setText(self.tr("Articles to settle"))
            self._fill_disagreements(None)


def _stacked(*items) -> QWidget:
    """Widgets and layouts one above the other, the second taking the height."""
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    for index, item in enumerate(items):
        (column.addLayout if isinstance(item, QHBoxLayout) else column.addWidget)(item, int(index == 1))
    return holder


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table
