#!/usr/bin/env bash
# Regenerates the README screenshots at 1366×768, a laptop's screen: the seeds imported,
# suggestions accepted and reviewed, both languages in the light and dark themes, and reviewer mode.
# Needs: apt-get install -y xvfb fonts-wqy-microhei imagemagick
set -euo pipefail
cd "$(dirname "$0")/.."
seeds=${SEEDS:-../shared/seeds}
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data DISPLAY=:${SCREEN:-91}
Xvfb "$DISPLAY" -screen 0 1366x768x24 >/dev/null 2>&1 &
sleep 1

db=$work/library.db
curator --db "$db" import "$seeds" >/dev/null
curator --db "$db" --user 李编辑 accept 1 --min-score 0.92 >/dev/null  # the surest; the rest stay suggestions
curator --db "$db" --user 李编辑 accept 4 --min-score 0.85 >/dev/null

shoot() {  # shoot NAME THEME ROLE [LANGUAGE]
  mkdir -p "$XDG_CONFIG_HOME/Curator"
  rm -rf "$XDG_CONFIG_HOME/Curator/Curator.conf"  # the first launch's layout every time
  printf '{"theme": "%s", "language": "%s", "role": "%s", "user": "%s"}\n' "$2" "${4:-zh_CN}" "$3" \
    "$([ "$3" = reviewer ] && echo 王审核 || echo 李编辑)" > "$XDG_CONFIG_HOME/Curator/settings.json"
  python main.py --db "$db" >/dev/null 2>&1 &
  local app=$!
  sleep "${WAIT:-9}"
  import -window root "docs/$1.png"  # the whole screen: the window takes all of it
  kill "$app"; wait "$app" 2>/dev/null || true
}
shoot screenshot-light light editor
shoot screenshot-dark dark editor
shoot screenshot-light-en light editor en
shoot screenshot-dark-en dark editor en
# The editor submits the first article; the reviewer approves two tags and rejects one.
curator --db "$db" --user 李编辑 status 1 done >/dev/null
ids=$(curator --db "$db" mentions 1 --json | python -c "import json, sys; print(*[m['id'] for m in json.load(sys.stdin)][:3])")
set -- $ids
curator --db "$db" --user 王审核 review "$1" --approve >/dev/null
curator --db "$db" --user 王审核 review "$2" --approve >/dev/null
curator --db "$db" --user 王审核 review "$3" --reject --comment "名称不完整" >/dev/null
shoot screenshot-review light reviewer
echo "wrote docs/screenshot-{light,dark,light-en,dark-en,review}.png"
