#!/usr/bin/env bash
# Regenerates the README screenshots at 1366×768, a laptop's screen: the seeds imported,
# suggestions accepted and reviewed, both languages in the light and dark themes, and reviewer mode;
# then the entity browser over the finance development set, in both themes.
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

# The entity browser wants entities met in many articles over the years: the finance development set
# (40 tagged articles, dated from their pages' addresses), with 邮储银行 merged into
# 中国邮政储蓄银行 and its branches put under it, as an editor would.
finance=$work/finance.db
python docs/finance_jsonl.py > "$work/finance.jsonl"
curator --db "$finance" --user 李编辑 import-tagged "$work/finance.jsonl" >/dev/null
id_of() {
  curator --db "$finance" entities --search "$1" --json \
    | python -c "import json, sys; print(next(e['id'] for e in json.load(sys.stdin) if e['name'] == sys.argv[1]))" "$1"
}
bank=$(id_of 中国邮政储蓄银行)
curator --db "$finance" --user 李编辑 merge "$bank" "$(id_of 邮储银行)" >/dev/null
for branch in 邮储银行江苏省分行 邮储银行湖南省分行 邮储银行菏泽市分行 中国邮政储蓄银行呼和浩特市分行 邮储银行驻马店市分行; do
  curator --db "$finance" --user 李编辑 set-parent "$(id_of "$branch")" "$bank" >/dev/null
done
shoot_front() {  # shoot_front NAME THEME ARGS…: the entity browser (an entity's name) or --stats in front
  local name=$1 theme=$2
  shift 2
  python docs/show_entity_browser.py "$finance" "$@" --theme "$theme" >/dev/null 2>&1 &
  local app=$!
  sleep "${WAIT:-9}"
  import -window root "docs/$name.png"
  kill "$app"; wait "$app" 2>/dev/null || true
}
shoot_front screenshot-entities-light light 中国邮政储蓄银行
shoot_front screenshot-entities-dark dark 中国邮政储蓄银行
shoot_front screenshot-stats-light light --stats
shoot_front screenshot-stats-dark dark --stats
echo "wrote docs/screenshot-{light,dark,light-en,dark-en,review,entities-light,entities-dark,stats-light,stats-dark}.png"
