#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests (issue 18, decision DB7): Debian's PostgreSQL server binaries,
# initdb and pg_ctl on a directory of our own, listening only on a Unix socket inside it (no TCP port, nothing
# shared with a system cluster). initdb refuses to run as root, so as root the cluster belongs to the `postgres`
# user of Debian's package; its socket directory is 0700, so only that user and root reach it.
#   scripts/postgres-cluster.sh start DIR   initdb (once) and start; prints the maintenance URL, also in DIR/url
#   scripts/postgres-cluster.sh stop DIR    stop it and remove DIR
#   scripts/postgres-cluster.sh url DIR     the maintenance URL of a started cluster
# The cluster trades durability for speed (fsync off): it holds test data only.
set -euo pipefail
cmd=${1:-}
dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop|url DIR" >&2; exit 2; }

bindir=""
for d in /usr/lib/postgresql/*/bin; do
  [ -x "$d/pg_ctl" ] && bindir=$d
done
[ -n "$bindir" ] || { echo "postgres-cluster: PostgreSQL's server is missing (scripts/setup-deps.sh installs it)" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

url() { echo "postgresql://tutorhub@localhost/postgres?host=$dir/socket"; }

case "$cmd" in
  start)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    if [ "$(id -u)" -eq 0 ]; then
      id postgres >/dev/null 2>&1 || { echo "postgres-cluster: no 'postgres' user (Debian's postgresql package makes it)" >&2; exit 1; }
      chown postgres: "$dir"
    fi
    # A crashed earlier run: stop what may still run there, then start clean.
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      as_owner "$bindir/initdb" -D "$dir/data" -U tutorhub -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    as_owner mkdir -p -m 700 "$dir/socket"
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses='' -c unix_socket_directories='$dir/socket' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
      start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    url | tee "$dir/url"
    ;;
  stop)
    [ -d "$dir" ] || exit 0
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || \
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  url)
    url
    ;;
  *)
    echo "usage: $0 start|stop|url DIR" >&2
    exit 2
    ;;
esac
