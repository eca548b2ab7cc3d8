#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL (issue #7: server tests against a real database).
#
#   bash scripts/with-postgres.sh vitest run
#
# Creates a temp dir owned by `postgres`, runs initdb as that user (PostgreSQL refuses to run as
# root), starts the server on a free port on 127.0.0.1 with its unix socket inside the temp dir,
# creates a database, exports DATABASE_URL, runs the command, and always stops the server and
# removes the dir. Needs Debian's `postgresql` package (apt-get install -y postgresql).
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 COMMAND [ARGS...]" >&2
  exit 2
fi

pg_bin=""
for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
  if [ -x "$dir/initdb" ] && [ -x "$dir/postgres" ]; then pg_bin="$dir"; break; fi
done
if [ -z "$pg_bin" ]; then
  echo "with-postgres: no PostgreSQL server found under /usr/lib/postgresql/*/bin;" >&2
  echo "  install it with: apt-get update && apt-get install -y postgresql" >&2
  exit 1
fi

# As root, the database runs as `postgres`; as anyone else, as that user.
if [ "$(id -u)" -eq 0 ]; then
  if ! id postgres >/dev/null 2>&1; then
    echo "with-postgres: running as root but there is no 'postgres' user (install the postgresql package)" >&2
    exit 1
  fi
  as_pg() { runuser -u postgres -- "$@"; }
else
  as_pg() { "$@"; }
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/leadkit-pg.XXXXXX")"
chmod 700 "$tmp"
if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$tmp"; fi
data="$tmp/data"
sock="$tmp"
log="$tmp/postgres.log"
started=0

cleanup() {
  local status=$?
  if [ "$started" -eq 1 ]; then
    as_pg "$pg_bin/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$tmp"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

password="$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
printf '%s\n' "$password" > "$tmp/pwfile"
if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$tmp/pwfile"; fi
as_pg "$pg_bin/initdb" -D "$data" -U postgres --pwfile="$tmp/pwfile" \
  --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$tmp/initdb.log" 2>&1 || {
  cat "$tmp/initdb.log" >&2
  exit 1
}
rm -f "$tmp/pwfile"

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();});'
}

# A port found free can be taken before postgres binds it: try a few.
for attempt in 1 2 3; do
  port="$(free_port)"
  # Durability settings off: a test database is thrown away, and this makes it several times faster.
  if as_pg "$pg_bin/pg_ctl" -D "$data" -l "$log" -w -t 30 \
      -o "-p $port -k $sock -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >/dev/null; then
    started=1
    break
  fi
  echo "with-postgres: start on port $port failed (attempt $attempt)" >&2
  tail -n 5 "$log" >&2 || true
done
if [ "$started" -ne 1 ]; then
  exit 1
fi

as_pg "$pg_bin/createdb" -h "$sock" -p "$port" -U postgres leadkit_test

export DATABASE_URL="postgres://postgres:${password}@127.0.0.1:${port}/leadkit_test"
echo "with-postgres: PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2

set +e
"$@"
status=$?
set -e
exit "$status"
