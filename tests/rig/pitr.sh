#!/usr/bin/env bash
# The point-in-time recovery drill with Debian's pgBackRest, as README's "Backups that restore"
# describes it: a PostgreSQL primary holding the demo archives its WAL through pgBackRest; a
# full backup; a write, a moment T, another write; a restore to T into a fresh data directory
# (--type=time --target-action=promote), started as a new server. The write before T is there,
# the one after is not, and Practica finds its schema current.
#
#   tests/rig/pitr.sh            # PRACTICA_BIN, else build/practica
#
# Runs as root (the database runs as `postgres`) or as the user that owns the directories.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd -P)
RIG="$here/postgres.sh"
PRACTICA=$(realpath "${PRACTICA_BIN:-$here/../../build/practica}")
command -v pgbackrest >/dev/null || { echo "pitr.sh: pgbackrest not found: install it (make deps does it)" >&2; exit 1; }

dir=$(mktemp -d /tmp/practica-pitr-XXXXXX)
chmod 755 "$dir"
cleanup() {
  "$RIG" stop "$dir/restored" >/dev/null 2>&1 || true
  "$RIG" stop "$dir/primary" >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT

as_server_user() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}
owned() {
  mkdir -p "$@"
  if [[ $(id -u) -eq 0 ]]; then chown postgres: "$@"; fi
}
sql() { psql "$1" -XAtq -v ON_ERROR_STOP=1 -c "$2"; }
fail() { echo "pitr.sh: FAIL: $*" >&2; exit 1; }

primary=$("$RIG" start "$dir/primary")
"$PRACTICA" demo --database "$primary" >/dev/null

owned "$dir/repo" "$dir/log" "$dir/lock"
cat >"$dir/pgbackrest.conf" <<CONF
[global]
repo1-path=$dir/repo
repo1-retention-full=2
log-path=$dir/log
lock-path=$dir/lock
start-fast=y
log-level-console=warn

[practica]
pg1-path=$dir/primary/pgdata
pg1-port=$(cat "$dir/primary/postgres.port")
pg1-socket-path=$dir/primary/sock
pg1-user=practica
CONF
chmod 644 "$dir/pgbackrest.conf"
backrest() { as_server_user pgbackrest "--config=$dir/pgbackrest.conf" --stanza=practica "$@"; }

# Archiving needs a restart to switch on.
sql "$primary" "ALTER SYSTEM SET archive_mode = on"
sql "$primary" "ALTER SYSTEM SET archive_command = 'pgbackrest --config=$dir/pgbackrest.conf --stanza=practica archive-push %p'"
"$RIG" pause "$dir/primary"
"$RIG" resume "$dir/primary"

cd "$dir"
backrest stanza-create
backrest --type=full backup

sql "$primary" "CREATE TABLE drill_marks (mark text)"
sql "$primary" "INSERT INTO drill_marks VALUES ('before')"
sleep 1
target=$(sql "$primary" "SELECT now()")
sleep 1
sql "$primary" "INSERT INTO drill_marks VALUES ('after')"
# Close the WAL segment so the archive holds a commit past the target (recovery stops there),
# and wait until it is archived.
closed=$(sql "$primary" "SELECT pg_walfile_name(pg_switch_wal())")
for _ in $(seq 1 100); do
  [[ $(sql "$primary" "SELECT COALESCE(last_archived_wal >= '$closed', false) FROM pg_stat_archiver") == t ]] && break
  sleep 0.1
done

owned "$dir/restored" "$dir/restored/sock"
install -d -m 700 "$dir/restored/pgdata"
owned "$dir/restored/pgdata"
: >"$dir/restored/postgres.log"
if [[ $(id -u) -eq 0 ]]; then chown postgres: "$dir/restored/postgres.log"; fi
backrest "--pg1-path=$dir/restored/pgdata" --type=time "--target=$target" \
  --target-action=promote --archive-mode=off restore
# A port for the restored server, as postgres.sh resume expects to find it.
node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})' \
  >"$dir/restored/postgres.port"
echo "-k $dir/restored/sock" >"$dir/restored/postgres.sock-option"
"$RIG" resume "$dir/restored"
restored="postgresql://practica@127.0.0.1:$(cat "$dir/restored/postgres.port")/practica_test"

for _ in $(seq 1 100); do
  [[ $(sql "$restored" "SELECT pg_is_in_recovery()" 2>/dev/null) == f ]] && break
  sleep 0.1
done
marks=$(sql "$restored" "SELECT string_agg(mark, ',' ORDER BY mark) FROM drill_marks")
[[ $marks == before ]] || fail "restored to $target, expected only the write before it, found: $marks"
migrated=$("$PRACTICA" migrate --database "$restored")
[[ $migrated == *"Applied 0 migration"* ]] || fail "Practica's schema was not current after the restore: $migrated"
schools=$(sql "$restored" "SELECT COUNT(*) FROM schools")
((schools > 0)) || fail "the restored database holds no schools"
echo "pitr.sh: restored to $target: the write before it is there, the one after is not; $schools schools"
