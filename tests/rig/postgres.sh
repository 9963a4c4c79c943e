#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server for the tests.
#
#   tests/rig/postgres.sh start DIR   # prints postgresql://practica@127.0.0.1:PORT/practica_test
#   tests/rig/postgres.sh stop DIR    # stops it and removes DIR/pgdata
#   tests/rig/postgres.sh pause DIR   # stops it, keeping its data (a database going away)
#   tests/rig/postgres.sh resume DIR  # starts it again on the same port with the same data
#   tests/rig/postgres.sh replica DIR PRIMARY_DIR
#                                     # a streaming replica of PRIMARY_DIR's running server
#                                     # (pg_basebackup -R), read-only; prints its URL
#
# The server listens on 127.0.0.1 only, on a free port, with its data in DIR/pgdata, its socket
# in DIR/sock and its log in DIR/postgres.log. The URL is also written to DIR/postgres.url.
# Durability is switched off (fsync, synchronous_commit, full_page_writes): it is test data.
# PostgreSQL refuses to run as root, so under root the server runs as the `postgres` system
# user that Debian's postgresql-15 package creates.
#
# Only the URL goes to stdout, so `url=$(tests/rig/postgres.sh start "$dir")` works; everything
# else goes to stderr.
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PG_USER=practica
PG_DATABASE=practica_test
FIRST_PORT=55432

say() { printf 'postgres.sh: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

usage() {
  cat >&2 <<'EOF'
usage: tests/rig/postgres.sh start DIR
       tests/rig/postgres.sh stop DIR
       tests/rig/postgres.sh pause DIR
       tests/rig/postgres.sh resume DIR
       tests/rig/postgres.sh replica DIR PRIMARY_DIR
EOF
  exit 2
}

check_binaries() {
  local tool
  for tool in initdb pg_ctl postgres createdb pg_basebackup; do
    [[ -x "$PG_BIN/$tool" ]] ||
      die "$PG_BIN/$tool not found: install postgresql-15 (make deps does it)"
  done
}

# Runs a command as the user the server runs as: `postgres` under root, ourselves otherwise.
as_server_user() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# True when something on 127.0.0.1 accepts connections on port $1.
port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Prints a port that nothing listens on. Asks the kernel through node or python3 when one of
# them is at hand, else walks up from FIRST_PORT. There is a window between choosing and
# binding; start_server retries on another port if the server cannot bind.
free_port() {
  local port=""
  if command -v node >/dev/null 2>&1; then
    port=$(node -e '
      const s = require("net").createServer();
      s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });
    ' 2>/dev/null) || port=""
  fi
  if [[ -z $port ]] && command -v python3 >/dev/null 2>&1; then
    port=$(python3 -c '
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
' 2>/dev/null) || port=""
  fi
  if [[ -n $port ]] && ! port_in_use "$port"; then
    echo "$port"
    return
  fi
  for ((port = FIRST_PORT; port < FIRST_PORT + 1000; port++)); do
    if ! port_in_use "$port"; then
      echo "$port"
      return
    fi
  done
  die "no free port found between $FIRST_PORT and $((FIRST_PORT + 999))"
}

is_running() {
  [[ -f "$1/pgdata/postmaster.pid" ]] &&
    as_server_user "$PG_BIN/pg_ctl" status -D "$1/pgdata" >/dev/null 2>&1
}

# Starts the server of DIR on port $2 with socket option $3; false when it did not start.
launch() {
  local data="$1/pgdata" log="$1/postgres.log"
  echo "$3" >"$1/postgres.sock-option"
  # shellcheck disable=SC2094  # pg_ctl appends to the log the server also writes; both append.
  as_server_user "$PG_BIN/pg_ctl" start -w -t 60 -D "$data" -l "$log" \
    -o "-p $2 $3 -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    >/dev/null 2>>"$log"
}

start_server() {
  local dir=$1
  check_binaries
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd -P)
  local data="$dir/pgdata" sock="$dir/sock" log="$dir/postgres.log"

  if is_running "$dir"; then
    die "a server is already running in $data: run 'tests/rig/postgres.sh stop $dir' first"
  fi
  rm -rf "$data" "$sock" "$dir/postgres.url"
  mkdir -p "$data" "$sock"
  : >"$log"

  if [[ $(id -u) -eq 0 ]]; then
    id postgres >/dev/null 2>&1 ||
      die "there is no 'postgres' user to run the server as: install postgresql-15 (make deps does it)"
    chown postgres: "$dir" "$data" "$sock" "$log"
    chmod 700 "$data"
    runuser -u postgres -- test -w "$data" ||
      die "user 'postgres' cannot reach $data: make every directory above $dir searchable (chmod o+x)"
  fi

  # Sockets have a path limit of about 107 bytes; with a deep DIR, do without the socket (the
  # tests connect over TCP anyway).
  local sock_option="-k $sock"
  if ((${#sock} > 90)); then
    say "$sock is too long for a Unix socket path; the server listens on TCP only"
    sock_option="-k ''"
  fi

  # initdb and the server look at the working directory; root's home is not theirs to read.
  cd "$dir"
  as_server_user "$PG_BIN/initdb" -D "$data" -A trust -U "$PG_USER" --encoding=UTF8 \
    --locale=C --no-instructions >>"$log" 2>&1 ||
    { tail -n 30 "$log" >&2; die "initdb failed (log: $log)"; }

  local port attempt
  local seen
  for attempt in 1 2 3 4 5; do
    port=$(free_port)
    seen=$(wc -l <"$log")
    if launch "$dir" "$port" "$sock_option"; then
      break
    fi
    if tail -n "+$((seen + 1))" "$log" |
         grep -q 'could not bind\|could not create any TCP/IP sockets\|Address already in use' &&
       ((attempt < 5)); then
      say "port $port was taken; trying another"
      continue
    fi
    tail -n 30 "$log" >&2
    die "the server did not start (log: $log)"
  done

  as_server_user "$PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U "$PG_USER" "$PG_DATABASE" 2>>"$log" ||
    { tail -n 30 "$log" >&2; stop_server "$dir"; die "createdb $PG_DATABASE failed (log: $log)"; }

  local url="postgresql://$PG_USER@127.0.0.1:$port/$PG_DATABASE"
  echo "$url" >"$dir/postgres.url"
  echo "$port" >"$dir/postgres.port"
  echo "$url"
}

stop_server() {
  local dir=$1
  [[ -d "$dir" ]] || { say "$dir does not exist; nothing to stop"; return 0; }
  dir=$(cd "$dir" && pwd -P)
  if [[ -f "$dir/pgdata/postmaster.pid" ]]; then
    check_binaries
    cd "$dir"
    as_server_user "$PG_BIN/pg_ctl" stop -w -t 60 -m fast -D "$dir/pgdata" >/dev/null 2>&1 ||
      as_server_user "$PG_BIN/pg_ctl" stop -w -t 30 -m immediate -D "$dir/pgdata" >/dev/null 2>&1 ||
      say "pg_ctl stop failed; the server may have been stopped already"
  fi
  rm -rf "$dir/pgdata" "$dir/sock" "$dir/postgres.url" "$dir/postgres.port" "$dir/postgres.sock-option"
}

# Stops the server as a crash or maintenance would take it away; its data stays for resume.
pause_server() {
  local dir
  dir=$(cd "$1" && pwd -P)
  check_binaries
  cd "$dir"
  as_server_user "$PG_BIN/pg_ctl" stop -w -t 60 -m fast -D "$dir/pgdata" >/dev/null 2>>"$dir/postgres.log" ||
    die "pg_ctl stop failed (log: $dir/postgres.log)"
}

resume_server() {
  local dir
  dir=$(cd "$1" && pwd -P)
  check_binaries
  [[ -f "$dir/postgres.port" ]] || die "$dir holds no paused server; start one first"
  cd "$dir"
  launch "$dir" "$(cat "$dir/postgres.port")" "$(cat "$dir/postgres.sock-option")" ||
    { tail -n 30 "$dir/postgres.log" >&2; die "the server did not start again (log: $dir/postgres.log)"; }
}

# A hot standby of PRIMARY_DIR's server: a base backup taken over the replication protocol
# with -R (standby.signal and primary_conninfo written for it), streaming from then on. The
# primary's initdb allowed replication connections from 127.0.0.1 (trust), and wal_level
# defaults to replica, so the primary needs no change.
start_replica() {
  local dir=$1 primary=$2
  check_binaries
  [[ -f "$primary/postgres.port" ]] || die "$primary holds no running server; start one first"
  primary=$(cd "$primary" && pwd -P)
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd -P)
  if is_running "$dir"; then
    die "a server is already running in $dir/pgdata: run 'tests/rig/postgres.sh stop $dir' first"
  fi
  local data="$dir/pgdata" sock="$dir/sock" log="$dir/postgres.log"
  rm -rf "$data" "$sock" "$dir/postgres.url"
  mkdir -p "$sock"
  : >"$log"
  if [[ $(id -u) -eq 0 ]]; then
    chown postgres: "$dir" "$sock" "$log"
  fi
  cd "$dir"
  as_server_user "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$(cat "$primary/postgres.port")" \
    -U "$PG_USER" -D "$data" -R -X stream -c fast >>"$log" 2>&1 ||
    { tail -n 30 "$log" >&2; die "pg_basebackup failed (log: $log)"; }
  as_server_user chmod 700 "$data"
  local sock_option="-k $sock"
  ((${#sock} > 90)) && sock_option="-k ''"
  local port attempt seen
  for attempt in 1 2 3 4 5; do
    port=$(free_port)
    seen=$(wc -l <"$log")
    launch "$dir" "$port" "$sock_option" && break
    if tail -n "+$((seen + 1))" "$log" | grep -q 'could not bind\|Address already in use' &&
       ((attempt < 5)); then
      continue
    fi
    tail -n 30 "$log" >&2
    die "the replica did not start (log: $log)"
  done
  local url="postgresql://$PG_USER@127.0.0.1:$port/$PG_DATABASE"
  echo "$url" >"$dir/postgres.url"
  echo "$port" >"$dir/postgres.port"
  echo "$url"
}

if [[ $# -eq 3 && $1 == replica ]]; then
  start_replica "$2" "$3"
  exit
fi
[[ $# -eq 2 ]] || usage
case $1 in
  start) start_server "$2" ;;
  stop) stop_server "$2" ;;
  pause) pause_server "$2" ;;
  resume) resume_server "$2" ;;
  *) usage ;;
esac
