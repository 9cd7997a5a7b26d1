"""Choosing a library: telling the editor why one cannot be opened, offering another file, and
the form for a shared library on a PostgreSQL server (issue 15)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QInputDialog, QLabel, QLineEdit,
                               QMessageBox, QSpinBox, QWidget)

from curator.core.clock import system_user
from curator.core.errors import Msg
from curator.gui.core_messages import error_text
from curator.gui.worker import TaskRunner
from curator.services.library import ServerAddress, StoreError, is_server, open_database, with_password, without_password


def explain_open_failure(error: StoreError) -> str:
    """A translated sentence for why a library did not open, and what the editor can do."""
    # SQLite, the server or the system refused, in their own words, which the core passes on as the detail.
    words = str(error.params.get("detail", "")).lower()
    if is_server(str(error.params.get("location", ""))):
        return _server_failure(error, words)
    damaged = QCoreApplication.translate("LibraryDialogs", "The file is not a Curator library, or it is damaged.")
    if error.code in (Msg.NOT_A_LIBRARY, Msg.FOREIGN_TABLES):
        return damaged
    if "locked" in words or "busy" in words:
        return QCoreApplication.translate("LibraryDialogs", "The library is in use by another program. Close it there, or open another library.")
    if "not a database" in words or "malformed" in words:
        return damaged
    if "unable to open" in words or "permission" in words or "read-only" in words:
        return QCoreApplication.translate("LibraryDialogs", "The file cannot be opened: check that the folder exists and that you may write to it.")
    return QCoreApplication.translate("LibraryDialogs", "The library cannot be opened.")


# The server's or the driver's words (lower case) -> what the editor reads; the first that fits.
_SERVER_FAILURES = (
    (("password",), QT_TRANSLATE_NOOP("LibraryDialogs", "The server asks for this user's password, or the password is wrong.")),
    (("database", "does not exist"), QT_TRANSLATE_NOOP("LibraryDialogs", "The server has no such database: check its name.")),
    (("role", "does not exist"), QT_TRANSLATE_NOOP("LibraryDialogs", "The server knows no such user: check the name.")),
    (("permission denied",), QT_TRANSLATE_NOOP("LibraryDialogs", "The server does not let this user open the database.")),
    (("pg_hba",), QT_TRANSLATE_NOOP("LibraryDialogs", "The server does not let this user open the database.")),
    *(((sign,), QT_TRANSLATE_NOOP("LibraryDialogs", "The server cannot be reached: check the host and the port, and that it is running."))
      for sign in ("refused", "timeout", "could not translate host", "name or service not known", "no route",
                   "unreachable", "no such file or directory")),
)


def _server_failure(error: StoreError, words: str) -> str:
    """Why a library on a server did not open."""
    if error.code == Msg.FOREIGN_TABLES:
        return QCoreApplication.translate("LibraryDialogs", "The database holds other tables: it is not a Curator library.")
    for signs, sentence in _SERVER_FAILURES:
        if all(sign in words for sign in signs):
            return QCoreApplication.translate("LibraryDialogs", sentence)
    return QCoreApplication.translate("LibraryDialogs", "The library on the server cannot be opened.")


def _wants_password(error: StoreError) -> bool:
    return "password" in str(error.params.get("detail", "")).lower()


def ask_for_other_library(location: str, error: StoreError, parent: QWidget | None = None) -> str | None:
    """Show why `location` failed; returns another library (or the same server with a password),
    or None to quit."""
    if is_server(location) and _wants_password(error):
        return _ask_for_password(location, parent)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("LibraryDialogs", "Cannot open the library"))
    box.setText(explain_open_failure(error))
    box.setInformativeText(without_password(location))
    box.setDetailedText(error_text(error))
    other = box.addButton(QCoreApplication.translate("LibraryDialogs", "Open another library…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("LibraryDialogs", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not other:
        return None
    if is_server(location):
        return ask_for_shared_library(location, parent)
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("LibraryDialogs", "Open library"), "", QCoreApplication.translate("LibraryDialogs", "Curator library (*.db);;All files (*)"),
                                          options=QFileDialog.Option.DontConfirmOverwrite)
    return path or None


def _ask_for_password(location: str, parent: QWidget | None) -> str | None:
    """A remembered shared library keeps no password: the server asks, and so does the window."""
    address = ServerAddress.of(location)
    prompt = QCoreApplication.translate("LibraryDialogs", "Password of %1 on %2:").replace("%1", address.user).replace("%2", address.host)
    password, ok = QInputDialog.getText(parent, QCoreApplication.translate("LibraryDialogs", "Shared library"), prompt, QLineEdit.EchoMode.Password)
    return with_password(location, password) if ok and password else None


def ask_for_shared_library(current: str, parent: QWidget | None = None) -> str | None:
    """File → Open shared library…: the URL of a library on a server that opened, or None."""
    dialog = SharedLibraryDialog(ServerAddress.of(current), parent)
    return dialog.location() if dialog.exec() else None


class SharedLibraryDialog(QDialog):
    """A library on a PostgreSQL server: host, port, database, user and a password never stored.

    Open tries the library off the GUI thread (a server that does not answer takes seconds); when
    it cannot be opened the dialog stays open and says why in one line."""

    def __init__(self, address: ServerAddress | None, parent=None):
        super().__init__(parent)
        address = address or ServerAddress(host="", database="", user=system_user())
        self.setWindowTitle(self.tr("Open shared library"))
        self.host = QLineEdit(address.host)
        self.host.setPlaceholderText(self.tr("the server's name or address"))
        self.port = QSpinBox(minimum=1, maximum=65535, value=address.port)
        self.database = QLineEdit(address.database)
        self.user = QLineEdit(address.user)
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("only if the server asks; never stored"))
        self.problem = QLabel()  # one line: why the library did not open; the details in its tooltip
        self.problem.setStyleSheet("font-weight: bold;")  # not red: the dialog does not know the theme's colours
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("A library on a PostgreSQL server, shared by the newsroom."), wordWrap=True))
        for label, field in ((self.tr("Server"), self.host), (self.tr("Port"), self.port),
                             (self.tr("Database"), self.database), (self.tr("User"), self.user),
                             (self.tr("Password"), self.password)):
            form.addRow(label, field)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        self._runner = TaskRunner(self, max_threads=1)
        self._location = ""
        self.resize(max(480, self.sizeHint().width()), self.sizeHint().height())

    def address(self) -> ServerAddress:
        return ServerAddress(host=self.host.text().strip(), database=self.database.text().strip(),
                             user=self.user.text().strip(), port=self.port.value())

    def location(self) -> str:
        """The URL that opened, with the password typed (for opening it now, never to keep)."""
        return self._location

    def accept(self) -> None:
        address = self.address()
        if not (address.host and address.database and address.user):
            self._say(self.tr("Fill in the server, the database and the user."))
            return
        url = address.url(self.password.text())
        self._busy(True)
        self._say(self.tr("Connecting to %1…").replace("%1", address.shown))
        self._runner.run(lambda _progress, _cancelled: open_database(url).close(),
                         lambda _result, error: self._tried(url, error))

    def _tried(self, url: str, error: BaseException | None) -> None:
        if not self.isVisible():
            return  # cancelled while it tried
        self._busy(False)
        if error is None:
            self._location = url
            super().accept()
        else:
            self._say(explain_open_failure(error) if isinstance(error, StoreError) else error_text(error),
                      detail=error_text(error))

    def _busy(self, busy: bool) -> None:
        for field in (self.host, self.port, self.database, self.user, self.password,
                      self.buttons.button(QDialogButtonBox.StandardButton.Open)):
            field.setEnabled(not busy)

    def _say(self, line: str, *, detail: str = "") -> None:
        self.problem.setText(line)
        self.problem.setToolTip(detail)
        self.problem.show()

    def done(self, result: int) -> None:
        self._runner.shutdown()  # a try under way ends within the connection's timeout
        super().done(result)
