#!/usr/bin/env bash
# Makes docs/screenshot-agreement.png, the README's picture of tagging blind: the seeds given by the
# reviewer 王审核 to 李编辑 and 张编辑, each of whom accepts the suggestions in a layer of their own
# (李编辑 down to a score of 0.6, 张编辑 to 0.8 and with one kind of her own per article); all but one
# article finished by both. Then, at 1366×768 (or SIZE=1920x1080), the reviewer's agreement view
# (docs/screenshot-agreement.png) and 李编辑's unfinished layer with its banner
# ($LOOK/screenshot-agreement-editor.png, /tmp by default: for looking at, not committed).
# Needs: apt-get install -y xvfb fonts-wqy-microhei imagemagick
set -euo pipefail
cd "$(dirname "$0")/.."
export PYTHONPATH=$PWD${PYTHONPATH:+:$PYTHONPATH}
seeds=${SEEDS:-../shared/seeds}
size=${SIZE:-1366x768}
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data DISPLAY=:${SCREEN:-93}
Xvfb "$DISPLAY" -screen 0 "${size}x24" >/dev/null 2>&1 &
sleep 1

db=$work/library.db
python main.py --db "$db" import "$seeds" >/dev/null
python - "$db" <<'PY'
import sys
from curator.core.types import Kind
from curator.services import blind_tagging
from curator.services.suggestions import SuggestionService
from curator.services.tagging import Span
from curator.services.library import open_database

db = open_database(sys.argv[1])
ids = list(range(1, 6))
blind_tagging.assign(db, article_ids=ids, annotators=["李编辑", "张编辑"], user="王审核", role="reviewer")
service = SuggestionService(db)
for aid in ids:
    found = service.suggest(aid)
    for user, floor in (("李编辑", 0.6), ("张编辑", 0.8)):
        spans = [Span(s.start, s.end, Kind(s.kind)) for s in found if s.score >= floor]
        if user == "张编辑" and spans:  # one name she reads as the other kind
            first = spans[0]
            other = Kind.FIGURE if first.kind == Kind.INSTITUTION else Kind.INSTITUTION
            spans[0] = Span(first.start, first.end, other)
        blind_tagging.tag_spans(db, article_id=aid, spans=spans, user=user)
        if aid != 1 or user == "张编辑":
            blind_tagging.mark_done(db, article_id=aid, user=user)
PY

shoot() {  # shoot PATH ARGS…
  local path=$1
  shift
  python docs/show_agreement.py "$db" "$@" >/dev/null 2>&1 &
  local app=$!
  sleep "${WAIT:-9}"
  import -window root "$path"
  kill "$app"; wait "$app" 2>/dev/null || true
}
shoot docs/screenshot-agreement.png --user 王审核 --role reviewer --agreement
shoot "${LOOK:-/tmp}/screenshot-agreement-editor.png" --user 李编辑 --article 1
