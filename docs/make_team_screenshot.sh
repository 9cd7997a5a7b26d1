#!/usr/bin/env bash
# Makes docs/screenshot-team.png, the README's "Team library" screenshot: two users' changes meeting in
# the window. A throwaway PostgreSQL server (tests/postgres_server.py) holds a library with the seeds;
# the editor 李编辑 (left) and the reviewer 王审核 (right) each have a window on the same article, on
# one 1920×1080 screen. While both windows are open the editor tags 国务院 and the reviewer approves
# a tag and rejects another: 3 s later each window shows the other's work. The server is stopped
# and removed at the end, whatever happens.
# Needs: apt-get install -y xvfb fonts-wqy-microhei imagemagick openbox xdotool postgresql
set -euo pipefail
cd "$(dirname "$0")/.."
export PYTHONPATH=$PWD${PYTHONPATH:+:$PYTHONPATH}
seeds=${SEEDS:-../shared/seeds}
work=$(mktemp -d)
chmod 755 "$work"
pids=()
cleanup() {
  local i
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do  # the windows, then the screen, the server last
    kill "${pids[i]}" 2>/dev/null || true
    wait "${pids[i]}" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT
export DISPLAY=:${SCREEN:-92}

# The server: a Python process that starts it, says where its socket is, and stops it when killed.
python - >"$work/socket" <<'EOF' &
import signal, sys, time
from tests.postgres_server import PrivateServer
server = PrivateServer()
print(server.folder, flush=True)
signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
try:
    while True:
        time.sleep(1)
finally:
    server.stop()
EOF
pids+=($!)
for _ in $(seq 60); do [ -s "$work/socket" ] && break; sleep 0.5; done
socket=$(cat "$work/socket")
[ -n "$socket" ] || { echo "the PostgreSQL server did not start" >&2; exit 1; }
url() {  # url USER: the library as USER connects to it
  printf 'postgresql://%s@/curator?host=%s' "$(python -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1")" "$socket"
}
psql -q -h "$socket" -U postgres -d postgres -c 'CREATE DATABASE curator' \
  -c 'CREATE ROLE "李编辑" LOGIN' -c 'CREATE ROLE "王审核" LOGIN'
admin=$(url postgres) editor=$(url 李编辑) reviewer=$(url 王审核)
python main.py --db "$admin" articles >/dev/null 2>&1  # makes the library; postgres is its admin
python main.py --db "$admin" grant 李编辑 editor >/dev/null
python main.py --db "$admin" grant 王审核 reviewer >/dev/null
python main.py --db "$editor" import "$seeds" >/dev/null
python main.py --db "$editor" accept 1 --min-score 0.92 >/dev/null  # the surest suggestions, and 省委
python main.py --db "$editor" tag 1 --start 279 --end 281 --kind institution >/dev/null

Xvfb "$DISPLAY" -screen 0 1920x1080x24 >/dev/null 2>&1 &
pids+=($!)
sleep 1
openbox >/dev/null 2>&1 &  # title bars, which name each window's library and user
pids+=($!)
sleep 1

window() {  # window USER ROLE: a window of USER's on the library, with settings of its own
  local home=$work/$2
  mkdir -p "$home/config/Curator" "$home/data"
  printf '{"theme": "light", "language": "zh_CN", "role": "%s", "user": "%s", "font_size": 13}\n' "$2" "$1" \
    >"$home/config/Curator/settings.json"
  XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data python main.py --db "$(url "$1")" >"$home/log" 2>&1 &
  pids+=($!)
}
place() {  # place USER X: USER's window (its title names the user) on half the screen, from X
  local id
  id=$(xdotool search --sync --onlyvisible --name "— $1@" | head -1)
  # Openbox's frame: 1 px each side and below, a 20 px title bar above what xdotool moves.
  xdotool windowsize "$id" 958 1054 windowmove "$id" "$(($2 + 1))" 20
}
window 李编辑 editor
window 王审核 reviewer
sleep "${WAIT:-10}"  # both have read the library and drawn the first article
place 李编辑 0
place 王审核 960
sleep 2

# The editor tags 国务院 and hands the article in; the reviewer approves 山西银行阳泉分行 (its three
# mentions) and rejects 省委, a generic word.
python main.py --db "$editor" tag 1 --start 247 --end 250 --kind institution >/dev/null
python main.py --db "$editor" status 1 done >/dev/null
mention() {  # mention START: the id of article 1's tag that starts there
  python main.py --db "$reviewer" mentions 1 --json \
    | python -c "import json, sys; print(next(m['id'] for m in json.load(sys.stdin) if m['start'] == int(sys.argv[1])))" "$1"
}
for start in 0 1885 2651; do python main.py --db "$reviewer" review "$(mention "$start")" --approve >/dev/null; done
python main.py --db "$reviewer" review "$(mention 279)" --reject --comment "泛称，不标注" >/dev/null
sleep 3  # others' changes appear within 2 s
import -window root docs/screenshot-team.png
echo "wrote docs/screenshot-team.png"
