"""The Chinese translation is complete, and the compiled file shipped is the one made from it."""

import xml.etree.ElementTree as ET

from PySide6.QtCore import QTranslator

from curator.core.resources import resource_path

TS = resource_path("translations", "curator_zh_CN.ts")


def messages():
    """(context, source, translation, plural) for every message of the .ts file."""
    for context in ET.parse(TS).iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")]
            yield name, message.findtext("source"), forms[0] if forms else (translation.text or ""), bool(forms)


def test_every_string_has_a_finished_chinese_translation():
    tree = ET.parse(TS)
    unfinished = [m.findtext("source") for m in tree.iter("message")
                  if m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
                  or not "".join(m.find("translation").itertext()).strip()]
    assert unfinished == []


def test_the_shipped_qm_says_what_the_ts_says():
    """A .qm compiled before the last edit of the .ts would show stale or English text."""
    translator = QTranslator()
    assert translator.load(str(resource_path("translations", "curator_zh_CN.qm")))
    stale = [(context, source) for context, source, translation, plural in messages()
             if translator.translate(context, source, None, 1 if plural else -1) != translation]
    assert stale == []
    assert len(list(messages())) > 400  # positive control: the messages were read
