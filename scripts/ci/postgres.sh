#!/usr/bin/env bash
# A throwaway PostgreSQL server for the store tests.
#
#   eval "$(scripts/ci/postgres.sh)"        # start (or reuse) it; exports CROSSCHECK_TEST_POSTGRES
#   scripts/ci/postgres.sh stop             # stop it and delete its files
#
# Installs Debian's postgresql when missing (as root, or with sudo), creates a
# cluster in $CROSSCHECK_PG_DIR (default /tmp/crosscheck-pg-$UID) owned by a
# non-root user (PostgreSQL refuses to run as root: the `postgres` user when we
# are root), listening only on a unix socket in that directory plus
# 127.0.0.1:$CROSSCHECK_PG_PORT (default 54329), and a database `crosscheck`.
# Running it again reuses a running server. Only the export line goes to stdout.
set -euo pipefail

dir=${CROSSCHECK_PG_DIR:-/tmp/crosscheck-pg-$(id -u)}
port=${CROSSCHECK_PG_PORT:-54329}
db=crosscheck

log() { echo "postgres.sh: $*" >&2; }

bindir() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    [ -x "$d/initdb" ] && { echo "$d"; return 0; }
  done
  return 1
}

if ! bin=$(bindir); then
  log "installing postgresql"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends postgresql >&2
  bin=$(bindir)
fi

# Commands run as the cluster's owner: ourselves, or `postgres` when we are root.
if [ "$(id -u)" -eq 0 ]; then
  owner=postgres
  as_owner() { runuser -u "$owner" -- "$@"; }
else
  owner=$(id -un)
  as_owner() { "$@"; }
fi

if [ "${1:-start}" = stop ]; then
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >&2 || true
  fi
  rm -rf "$dir"
  exit 0
fi

if [ ! -f "$dir/data/PG_VERSION" ]; then
  rm -rf "$dir"
  mkdir -p "$dir"
  chown "$owner" "$dir"
  # C collation: the same ordering as SQLite's; trust auth on a private socket and loopback only.
  as_owner "$bin/initdb" -D "$dir/data" -U "$owner" -A trust -E UTF8 --locale=C >/dev/null
fi
if ! as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
    -o "-k $dir -p $port -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=100" \
    start >&2
fi
if ! as_owner "$bin/psql" -h "$dir" -p "$port" -U "$owner" -d postgres -tAc \
     "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1; then
  as_owner "$bin/createdb" -h "$dir" -p "$port" -U "$owner" "$db"
fi
echo "export CROSSCHECK_TEST_POSTGRES='postgresql://$owner@127.0.0.1:$port/$db'"
