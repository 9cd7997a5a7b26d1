"""The Chinese translation is complete and shipped compiled (no Qt needed)."""

import xml.etree.ElementTree as ET

from curator.core.resources import resource_path


def test_every_string_has_a_finished_chinese_translation():
    tree = ET.parse(resource_path("translations", "curator_zh_CN.ts"))
    unfinished = [m.findtext("source") for m in tree.iter("message")
                  if m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
                  or not "".join(m.find("translation").itertext()).strip()]
    assert unfinished == []


def test_compiled_translation_is_shipped_and_newer_than_the_source():
    ts = resource_path("translations", "curator_zh_CN.ts")
    qm = resource_path("translations", "curator_zh_CN.qm")
    assert qm.exists() and qm.stat().st_size > 1000
