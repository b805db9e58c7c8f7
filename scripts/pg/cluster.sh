#!/usr/bin/env bash
# A private, throwaway PostgreSQL 15 cluster for tests and CI.
#   scripts/pg/cluster.sh start DIR PORT   # prints the URL to use (and nothing else on stdout)
#   scripts/pg/cluster.sh stop DIR         # stops the cluster and deletes DIR
# PostgreSQL refuses to run as root, so as root the binaries run as the `postgres` OS user; DIR must then be
# reachable by that user (a fresh directory under /tmp is). As any other user they run as that user.
set -euo pipefail

BIN=/usr/lib/postgresql/15/bin
DB_USER=govatlas

die() { echo "cluster.sh: $*" >&2; exit 1; }
usage() { echo "usage: $0 start DIR PORT | stop DIR" >&2; exit 2; }
is_root() { [ "$(id -u)" -eq 0 ]; }

as_pg() {
  if is_root; then runuser -u postgres -- "$@"; else "$@"; fi
}

ensure_binaries() {
  [ -x "$BIN/initdb" ] && return
  is_root || die "PostgreSQL 15 is not installed ($BIN missing); install it with: apt-get install -y postgresql"
  echo "cluster.sh: installing PostgreSQL 15 with apt-get…" >&2
  # CI starts from a fresh Debian machine whose package lists may be empty.
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
  [ -x "$BIN/initdb" ] || die "apt-get installed postgresql but $BIN/initdb is still missing (not Debian 12?)"
}

ensure_pg_user() {
  is_root || return 0
  id -u postgres >/dev/null 2>&1 && return
  # The postgresql package creates this user; binaries copied in some other way may come without it.
  useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin postgres \
    || die "could not create the postgres OS user"
}

start() {
  local dir port log
  dir=$(realpath -m "$1")
  port=$2
  [[ "$port" =~ ^[0-9]+$ ]] || die "PORT must be a number, got '$port'"
  ensure_binaries
  ensure_pg_user
  mkdir -p "$dir"
  if is_root; then chown postgres: "$dir"; fi
  chmod 700 "$dir"
  if [ ! -f "$dir/PG_VERSION" ]; then
    log=$(mktemp)
    chmod 644 "$log"
    if ! as_pg "$BIN/initdb" -D "$dir" -A trust -U "$DB_USER" -E UTF8 --no-locale >"$log" 2>&1; then
      cat "$log" >&2
      rm -f "$log"
      die "initdb failed in $dir (is it writable by the postgres user, and its parents searchable?)"
    fi
    rm -f "$log"
  fi
  # Socket in DIR rather than /var/run/postgresql, which may not exist or belong to a system cluster.
  if ! as_pg "$BIN/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k '$dir' -c listen_addresses=127.0.0.1" start >/dev/null; then
    tail -n 20 "$dir/server.log" >&2 || true
    die "PostgreSQL did not start on port $port (port in use?)"
  fi
  echo "postgresql://$DB_USER@127.0.0.1:$port/postgres"
}

stop() {
  local dir
  dir=$(realpath -m "$1")
  [ -d "$dir" ] || return 0
  # Only ever delete something that is a PostgreSQL data directory: guards against a mistyped DIR.
  [ -f "$dir/PG_VERSION" ] || die "$dir is not a PostgreSQL data directory; not touching it"
  if [ -f "$dir/postmaster.pid" ]; then
    as_pg "$BIN/pg_ctl" -D "$dir" -m fast -w stop >/dev/null || die "could not stop the cluster in $dir"
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) [ $# -eq 3 ] || usage; start "$2" "$3" ;;
  stop) [ $# -eq 2 ] || usage; stop "$2" ;;
  *) usage ;;
esac
