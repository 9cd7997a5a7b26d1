"""The registry's commands: their actions (declared once, with keys), and the controller that runs them.

Each command asks what it needs (through `EntityQuestions`), calls one registry service and hands
the returned Change to the Refresher, which tells every view: the browser, the tag panel, the
reader and the article list. The library's undo (Ctrl+Alt+Z) takes any of them back.

Keys avoid the window's and the review's (see shortcuts.py, review_actions.py); they act in the
browser's window only.
"""

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from curator.core.errors import Msg
from curator.core.types import Kind
from curator.gui.core_messages import error_text, message_text
from curator.gui.entities.dialogs import EntityQuestions
from curator.gui.refresh import Refresher
from curator.gui.shortcuts import KeyedActions
from curator.services import registry
from curator.services.changes import Change
from curator.services.library import Database, NotFound, StoreError
from curator.services.registry import Proposal

KEYS = {
    "open_entity": [], "back": ["Alt+Left"],
    "rename_entity": ["F2"], "merge_entities": ["Ctrl+M"], "split_entity": ["Ctrl+Shift+M"],
    "set_parent": ["Ctrl+Shift+P"], "open_mention": [],
    "confirm_alias": ["Alt+Y"], "dismiss_alias": ["Alt+N"],
}
# The tag panel's context menu: the same commands for the entity of the tag chosen there.
PANEL_KEYS = {"browse_entity": [], "rename_entity": [], "set_parent": [], "merge_into": []}


class EntityActions(KeyedActions):
    """The browser's commands (KEYS), or the tag panel's (PANEL_KEYS)."""

    def __init__(self, parent, keys: dict[str, list[str]] = KEYS):
        super().__init__(parent, keys)
        self._keys = keys
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            "open_entity": (self.tr("Open"), self.tr("Show the entity's names, mentions and company")),
            "browse_entity": (self.tr("Open in the entity browser"), self.tr("Every mention of this entity in the library")),
            "back": (self.tr("Back"), self.tr("Go back to the entity open before")),
            "rename_entity": (self.tr("Rename entity…"),
                              self.tr("Rename the entity everywhere in the library; the old name stays an alias")),
            "merge_entities": (self.tr("Merge…"), self.tr("Make the selected entities one: choose the one to keep")),
            "merge_into": (self.tr("Merge into…"), self.tr("Make this entity another name of an entity you choose")),
            "split_entity": (self.tr("Split off…"),
                             self.tr("Move the mentions chosen in the concordance to a new entity")),
            "set_parent": (self.tr("Set parent…"), self.tr("Put the institution under another (a branch under its bank)")),
            "open_mention": (self.tr("Open the article here"), self.tr("Open the article at this mention")),
            "confirm_alias": (self.tr("Confirm"), self.tr("The name is another name of that institution: merge them")),
            "dismiss_alias": (self.tr("Dismiss"), self.tr("Not the same institution: never propose it again")),
        }
        self._set_texts({name: texts[name] for name in self._keys})


class EntityCommands(QObject):
    """Runs the registry's changes; returns each Change (None when cancelled or refused)."""

    message = Signal(str)  # done, or why not: one line

    def __init__(self, db: Database, refresher: Refresher, questions: EntityQuestions, *,
                 user: Callable[[], str], parent=None):
        super().__init__(parent)
        self.db = db
        self.questions = questions
        self._refresher = refresher
        self._user = user

    def _apply(self, call: Callable[[], Change], done: str) -> Change | None:
        try:
            change = call()
        except (ValueError, NotFound, StoreError) as error:
            self.message.emit(self.tr("Not saved: %1").replace("%1", error_text(error)))
            return None
        self._refresher.apply(change)
        self.message.emit(done + " " + self.tr("Ctrl+Alt+Z undoes it."))
        return change

    def merge(self, entities: list[dict]) -> int | None:
        """Merge entities into the one the editor keeps (the most mentioned is proposed); its id."""
        if len(entities) < 2:
            self.message.emit(self.tr("Select two or more entities in the list to merge them."))
            return None
        if len({e["kind"] for e in entities}) > 1:
            self.message.emit(self.tr("Not saved: %1").replace("%1", message_text(Msg.MERGE_KINDS, {})))
            return None
        entities = sorted(entities, key=lambda e: -e["mentions"])
        keep = self.questions.keep(self.tr("Merge entities"), self.tr("Keep this one; the others become its names:"),
                                   entities)
        return None if keep is None else self._merge(keep, [e["id"] for e in entities if e["id"] != keep])

    def merge_into(self, entity: dict) -> int | None:
        chosen, keep = self.questions.entity(self.tr("Merge “%1” into").replace("%1", entity["name"]),
                                             kind=entity["kind"], exclude={entity["id"]})
        return None if not chosen or keep is None else self._merge(keep, [entity["id"]])

    def _merge(self, keep: int, others: list[int]) -> int | None:
        done = self.tr("Merged %n entity(ies).", "", len(others))
        change = self._apply(lambda: registry.merge(self.db, keep=keep, others=others, user=self._user()), done)
        return keep if change else None

    def rename(self, entity: dict) -> Change | None:
        """`entity`: a dict with the entity's id, name and kind (a row of the list, or its detail)."""
        name = entity["name"]
        label = self.tr("New name (“%1” stays an alias):").replace("%1", name)
        new = self.questions.name(self.tr("Rename entity"), label, name)
        if new is None or new == name:
            return None
        return self._apply(lambda: registry.rename(self.db, entity_id=entity["id"], name=new, user=self._user()),
                           self.tr("Renamed “%1” to “%2”.").replace("%1", name).replace("%2", new))

    def set_parent(self, entity: dict) -> Change | None:
        if entity["kind"] != Kind.INSTITUTION:
            self.message.emit(self.tr("Not saved: %1").replace("%1", message_text(Msg.PARENT_KINDS, {})))
            return None
        chosen, parent = self.questions.entity(self.tr("Parent of “%1”").replace("%1", entity["name"]),
                                               kind=Kind.INSTITUTION, exclude={entity["id"]},
                                               none=self.tr("(none: not part of another institution)"))
        if not chosen:
            return None
        return self._apply(lambda: registry.set_parent(self.db, entity_id=entity["id"], parent_id=parent,
                                                       user=self._user()), self.tr("Parent set."))

    def split(self, entity_id: int, mentions: list[dict]) -> Change | None:
        if not mentions:
            self.message.emit(self.tr("Select the mentions to split off in the concordance first."))
            return None
        name = self.questions.name(self.tr("Split off"), self.tr("Name of the new entity for %n mention(s):", "",
                                                                 len(mentions)), mentions[0]["surface"])
        if name is None:
            return None
        ids = [m["id"] for m in mentions]
        return self._apply(lambda: registry.split(self.db, entity_id=entity_id, mention_ids=ids, name=name,
                                                  user=self._user()),
                           self.tr("Split off %n mention(s) as “%1”.", "", len(ids)).replace("%1", name))

    def decide(self, proposal: Proposal | None, *, confirm: bool) -> Change | None:
        if proposal is None:
            self.message.emit(self.tr("Choose a proposal in the list first."))
            return None
        done = (self.tr("“%1” is now a name of “%2”.") if confirm else self.tr("“%1” and “%2” stay apart.")) \
            .replace("%1", proposal.alias).replace("%2", proposal.entity)
        return self._apply(lambda: registry.decide_proposal(self.db, proposal_id=proposal.id, confirm=confirm,
                                                            user=self._user()), done)
