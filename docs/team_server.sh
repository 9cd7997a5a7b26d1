#!/bin/sh
# A PostgreSQL server for a newsroom's shared Curator library, on Debian or Ubuntu, in one command:
#
#     sudo sh docs/team_server.sh ADMIN NETWORK      e.g.  sudo sh docs/team_server.sh chief 192.168.1.0/24
#
# It installs PostgreSQL, lets the computers of NETWORK connect with a password, and makes the login
# ADMIN (asking for its password) and the database `curator`, which ADMIN owns. ADMIN then opens
# the library once (`curator --db postgresql://ADMIN@SERVER/curator articles`), which makes it and
# makes ADMIN its admin, and grants the others their roles (README, "Team library").
set -eu
admin=${1:?"usage: sudo sh docs/team_server.sh ADMIN NETWORK"}
network=${2:?"usage: sudo sh docs/team_server.sh ADMIN NETWORK"}

apt-get install -y postgresql
start() { systemctl "$1" postgresql 2>/dev/null || service postgresql "$1"; }
start start
as_postgres() { runuser -u postgres -- "$@"; }
hba=$(as_postgres psql -tAc "SHOW hba_file")
line="host curator all $network scram-sha-256"
grep -qxF "$line" "$hba" || echo "$line" >>"$hba"
as_postgres psql -qc "ALTER SYSTEM SET listen_addresses = '*'"
as_postgres createuser --createrole --pwprompt "$admin"
as_postgres createdb --owner "$admin" curator
start restart
echo "PostgreSQL is ready: the library is postgresql://$admin@$(hostname -f)/curator"
