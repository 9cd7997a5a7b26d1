#!/usr/bin/env bash
# Regenerates the README screenshots: the seeds imported, suggestions accepted and reviewed,
# the Chinese interface in the light and dark themes, and reviewer mode.
# Needs: apt-get install -y xvfb fonts-wqy-microhei imagemagick
set -euo pipefail
cd "$(dirname "$0")/.."
seeds=${SEEDS:-../shared/seeds}
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data DISPLAY=:${SCREEN:-91}
Xvfb "$DISPLAY" -screen 0 1600x1000x24 >/dev/null 2>&1 &
sleep 1

db=$work/library.db
curator --db "$db" import "$seeds" >/dev/null
curator --db "$db" --user 李编辑 accept 1 --min-score 0.92 >/dev/null  # the surest; the rest stay suggestions
curator --db "$db" --user 李编辑 accept 4 --min-score 0.85 >/dev/null

shoot() {  # shoot NAME THEME ROLE
  mkdir -p "$XDG_CONFIG_HOME/Curator"
  printf '{"theme": "%s", "language": "zh_CN", "role": "%s", "user": "%s"}\n' "$2" "$3" \
    "$([ "$3" = reviewer ] && echo 王审核 || echo 李编辑)" > "$XDG_CONFIG_HOME/Curator/settings.json"
  python main.py --db "$db" >/dev/null 2>&1 &
  local app=$!
  sleep "${WAIT:-9}"
  import -window root -crop 1400x860+0+0 +repage "docs/$1.png"  # the window at its default size
  kill "$app"; wait "$app" 2>/dev/null || true
}
shoot screenshot-light light editor
shoot screenshot-dark dark editor
# The editor submits the first article; the reviewer approves two tags and rejects one.
curator --db "$db" --user 李编辑 status 1 done >/dev/null
ids=$(curator --db "$db" mentions 1 --json | python -c "import json, sys; print(*[m['id'] for m in json.load(sys.stdin)][:3])")
set -- $ids
curator --db "$db" --user 王审核 review "$1" --approve >/dev/null
curator --db "$db" --user 王审核 review "$2" --approve >/dev/null
curator --db "$db" --user 王审核 review "$3" --reject --comment "名称不完整" >/dev/null
shoot screenshot-review light reviewer
echo "wrote docs/screenshot-light.png docs/screenshot-dark.png docs/screenshot-review.png"
