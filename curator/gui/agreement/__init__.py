"""Tagging blind in the window (issue 15's agreement between annotators).

`tools.AgreementTools` puts it together: the reader's banner for an article given to editors to
tag blind (`blind_banner`), the reviewer's "Assign for blind tagging…" (`assign_dialog`) and the
agreement view where disagreements are settled (`agreement_view`). The tagging itself goes
through the open article's tag services (curator.gui.article_tags), like any tagging.
"""
