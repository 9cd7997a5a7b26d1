"""File → Export: the dialog's request, CSV with BOM and XLSX through the worker, cancel leaves no file."""

import csv
import threading

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QPushButton

from curator.core.types import Kind
from curator.gui.export_dialog import ExportDialog, ExportRequest
from curator.services import export as export_service
from curator.services import tagging
from curator.services.export import ExportCancelled

pytestmark = pytest.mark.gui


@pytest.fixture
def tagged(db, add_article):
    aid = add_article("他毕业于北京大学，现任清华大学教授。", source="新华社")
    tagging.tag_mention(db, article_id=aid, start=4, end=8, kind=Kind.INSTITUTION, user="ann")
    tagging.tag_mention(db, article_id=aid, start=11, end=15, kind=Kind.INSTITUTION, user="ann")
    return aid


def run(window, qtbot, request):
    with qtbot.waitSignal(window.review.exporter.finished, timeout=10_000) as blocker:
        window.review.exporter.start(request)
    return blocker.args


def test_dialog_builds_the_request_and_follows_the_format(qtbot, tmp_path):
    dialog = ExportDialog(["新华社"], folder=str(tmp_path))
    qtbot.addWidget(dialog)
    assert dialog.bom.isChecked()  # Excel reads UTF-8 only with the BOM
    dialog.what.setCurrentIndex(dialog.what.findData("entities"))
    assert dialog.path.text().endswith("curator-entities.csv")
    dialog.source.setCurrentIndex(dialog.source.findData("新华社"))
    dialog.use_since.setChecked(True)
    request = dialog.request()
    assert (request.what, request.fmt, request.query.source) == ("entities", "csv", "新华社")
    assert request.query.since is not None and request.query.until is None
    dialog.fmt.setCurrentIndex(dialog.fmt.findData("xlsx"))
    assert dialog.path.text().endswith(".xlsx") and not dialog.bom.isEnabled()


def test_csv_with_bom_is_written_through_the_worker(window, qtbot, tmp_path, tagged):
    out = tmp_path / "mentions.csv"
    report, error = run(window, qtbot, ExportRequest(out=str(out), what="mentions", fmt="csv", bom=True))
    assert error is None and report.rows == {"mentions": 2}
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert {"北京大学", "清华大学"} <= {cell for row in rows[1:] for cell in row}
    assert window.review.exporter.summary.isVisible()


def test_plain_utf8_csv_has_no_bom(window, qtbot, tmp_path, tagged):
    out = tmp_path / "articles.csv"
    run(window, qtbot, ExportRequest(out=str(out), what="articles", fmt="csv", bom=False))
    assert not out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_xlsx_holds_every_table(window, qtbot, tmp_path, tagged):
    out = tmp_path / "all.xlsx"
    window.review.exporter.start(ExportRequest(out=str(out), fmt="xlsx"))
    qtbot.waitUntil(lambda: window.review.exporter.work is None and out.exists(), timeout=10_000)
    assert load_workbook(out, read_only=True).sheetnames == ["mentions", "articles", "entities", "affiliations"]


def test_cancel_leaves_no_file(make_window, qtbot, tmp_path, tagged):
    gate = threading.Event()

    def gated_export(db, *, progress, **kwargs):
        def held(done, total):
            progress(done, total)
            gate.wait(10)  # the worker waits here until the test has pressed Cancel
        return export_service.export(db, progress=held, **kwargs)

    window = make_window()
    window.review.exporter._export = gated_export
    out = tmp_path / "cancelled.csv"
    with qtbot.waitSignal(window.review.exporter.finished, timeout=10_000) as blocker:
        window.review.exporter.start(ExportRequest(out=str(out)))
        window.review.exporter.work.dialog.findChild(QPushButton).click()  # the progress dialog's Cancel
        gate.set()
    assert isinstance(blocker.args[1], ExportCancelled)
    assert list(tmp_path.glob("cancelled.csv*")) == []


def test_undated_articles_are_offered_with_date_bounds_and_counted_in_the_summary(window, qtbot, tmp_path, tagged):
    from datetime import date

    from curator.services.export import ExportFilter

    dialog = ExportDialog([], folder=str(tmp_path))
    qtbot.addWidget(dialog)
    assert not dialog.undated.isEnabled()  # without bounds every article is exported
    dialog.use_until.setChecked(True)
    assert dialog.undated.isEnabled()
    dialog.undated.setChecked(True)
    assert dialog.request().query.include_undated
    out = tmp_path / "dated.csv"
    report, _ = run(window, qtbot, ExportRequest(out=str(out), query=ExportFilter(until=date(2030, 1, 1))))
    assert report.undated_left_out == 1 and report.rows == {"mentions": 0}
    assert "1 article(s) without a date left out" in window.review.exporter.summary.text()
    run(window, qtbot, ExportRequest(out=str(out), query=ExportFilter(until=date(2030, 1, 1), include_undated=True)))
    assert "without a date" not in window.review.exporter.summary.text()


def test_affiliations_can_be_exported_as_csv(qtbot, tmp_path):
    dialog = ExportDialog([], folder=str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.fmt.setCurrentIndex(dialog.fmt.findData("csv"))
    dialog.what.setCurrentIndex(dialog.what.findData("affiliations"))
    assert dialog.request().what == "affiliations"
