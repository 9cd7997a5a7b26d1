"""The window works in the role a team library stores for its user, as the services do: an admin
was shown as an editor and got an editor's tools, whatever the library granted (issue 15)."""

import pytest

from curator.core.settings import Settings
from curator.gui.settings_dialog import SettingsDialog
from curator.services import members

pytestmark = pytest.mark.gui


@pytest.fixture
def db(server_library):
    """A team library on the server (make_window opens its window on `db`)."""
    return server_library


def tools(window) -> tuple[bool, bool, str]:
    """What the window offers: reviewer mode on, approving possible, and the status bar's user line."""
    actions = window.review.actions
    return actions.reviewer_mode.isChecked(), actions.reviewer_mode.isEnabled(), window.review.user_label.text()


def test_an_admin_gets_the_reviewers_tools_and_is_named_admin(make_window, db):
    members.grant(db, member="rex", role="reviewer", user="ann")  # who grants first administers the library
    window = make_window(Settings(user="ann", role="editor", language="en"), user_override="ann")
    assert window.role() == "admin"
    assert tools(window) == (True, True, "ann · Admin · reviewer mode")
    assert "admin granted" in window.review.user_label.toolTip()


def test_a_granted_editor_gets_the_editors_tools_whatever_settings_chose(make_window, db):
    members.grant(db, member="ed", role="editor", user="ann")
    window = make_window(Settings(user="ed", role="reviewer", language="en"), user_override="ed")
    assert tools(window) == (False, False, "ed · Editor")
    assert window.workbench.who() == {"user": "ed", "role": "editor"}


def test_a_library_without_members_keeps_the_role_chosen_in_settings(make_window, db):
    window = make_window(Settings(user="ann", role="reviewer", language="en"), user_override="ann")
    assert tools(window) == (True, True, "ann · Reviewer · reviewer mode")
    assert "change them in Settings" in window.review.user_label.toolTip()


def test_on_a_server_the_login_is_the_user_and_settings_cannot_change_it(make_window, db):
    """The window records changes under the name the library's server decides (the login, as
    members.window_user gives it), as the command line does; Settings shows it, greyed."""
    login = members.window_user(db, given=None)
    window = make_window(Settings(user="someone else", role="editor", language="en"), user_override=login)
    assert window.user_name() == login and window.workbench.who()["user"] == login
    dialog = SettingsDialog(window.settings, window, team_role=window.role(), fixed_user=login)
    assert dialog.user.text() == login and not dialog.user.isEnabled()
    assert dialog.values().user == "someone else"  # Settings keep the name for the libraries on files
