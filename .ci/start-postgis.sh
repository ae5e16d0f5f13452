#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 + PostGIS 3 server for the PostGIS reader tests (PostgisReaderTest) and prints its
# JDBC URL on the last line of stdout.
#
#   listens on localhost:${YQ_PG_PORT:-5439} only, database yq_test with the postgis extension, user postgres,
#   trust authentication except for the role yq_password, which must log in with a password (scram-sha-256), so that
#   the tests can check a wrong password for real.
#
# Idempotent: installs only missing packages (Debian 12: postgresql, postgresql-15-postgis-3), creates the cluster
# only when its data directory is missing or broken, starts it only when it does not answer, creates the database and
# extension only when missing. Runs as root (server processes run as the postgres user), needs no standard input.
# The cluster lives in /var/tmp and is never started at boot; .ci/stop-postgis.sh stops it and deletes it (.ci/test.sh
# does so when its tests end).
set -euo pipefail

PORT="${YQ_PG_PORT:-5439}"
DATABASE=yq_test
PG_MAJOR=15
ROOT="/var/tmp/yq-pgtest-$PORT"
DATA="$ROOT/data"
LOG="$ROOT/server.log"
BIN="/usr/lib/postgresql/$PG_MAJOR/bin"
export DEBIAN_FRONTEND=noninteractive
started=$(date +%s)

say() { echo "start-postgis: $*" >&2; }
fail() { say "$*"; exit 1; }

if [ "$(id -u)" -ne 0 ]; then
  fail "must run as root (it installs packages and runs the server as the postgres user)"
fi

# 1. Packages.
need=()
[ -x "$BIN/postgres" ] || need+=("postgresql-$PG_MAJOR")
dpkg -s "postgresql-$PG_MAJOR-postgis-3" >/dev/null 2>&1 || need+=("postgresql-$PG_MAJOR-postgis-3")
if [ ${#need[@]} -gt 0 ]; then
  say "installing ${need[*]}"
  # The postgresql package's own cluster (main, port 5432) is not wanted: do not create it on install.
  mkdir -p /etc/postgresql-common/createcluster.d
  echo "create_main_cluster = false" > /etc/postgresql-common/createcluster.d/yq-no-main-cluster.conf
  apt-get update -q </dev/null
  apt-get install -y -q --no-install-recommends "${need[@]}" </dev/null
fi
[ -x "$BIN/postgres" ] || fail "$BIN/postgres is missing after the install"
id postgres >/dev/null 2>&1 || fail "there is no postgres user (it comes with the postgresql-common package)"

as_postgres() { runuser -u postgres -- "$@" </dev/null; }
answers() { as_postgres "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT" -t 2; }
psql_admin() { as_postgres env PGOPTIONS="-c client_min_messages=warning" "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U postgres "$@"; }

# 2. Cluster.
if ! answers; then
  mkdir -p "$ROOT"
  chown postgres:postgres "$ROOT"
  chmod 700 "$ROOT"
  if [ ! -s "$DATA/PG_VERSION" ] || [ "$(cat "$DATA/PG_VERSION")" != "$PG_MAJOR" ]; then
    say "creating a cluster in $DATA"
    rm -rf "$DATA"
    as_postgres "$BIN/initdb" -D "$DATA" -U postgres -E UTF8 --locale=C.UTF-8 --auth=trust >/dev/null
    cat > "$DATA/pg_hba.conf" <<'EOF'
# Throwaway test cluster: trust on loopback, except yq_password, which must send its password.
local   all  all                        trust
host    all  yq_password  127.0.0.1/32  scram-sha-256
host    all  yq_password  ::1/128       scram-sha-256
host    all  all          127.0.0.1/32  trust
host    all  all          ::1/128       trust
EOF
    cat >> "$DATA/postgresql.conf" <<EOF
# yq-atlas test cluster
port = $PORT
listen_addresses = 'localhost'
unix_socket_directories = '$ROOT'
password_encryption = 'scram-sha-256'
max_connections = 30
shared_buffers = 32MB
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
  fi
  # A stale postmaster.pid (the machine was restarted) is handled by pg_ctl itself.
  say "starting the server on localhost:$PORT"
  if ! as_postgres "$BIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 start >/dev/null; then
    tail -n 20 "$LOG" >&2 || true
    fail "the server did not start (log: $LOG)"
  fi
fi
answers || fail "nothing answers on 127.0.0.1:$PORT"

# 3. Database, extension, password role.
if [ "$(psql_admin -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'")" != 1 ]; then
  say "creating database $DATABASE"
  psql_admin -d postgres -c "CREATE DATABASE $DATABASE ENCODING 'UTF8' TEMPLATE template0"
fi
psql_admin -d "$DATABASE" -c "CREATE EXTENSION IF NOT EXISTS postgis" >/dev/null
# (Statements go in -c: the helpers give psql no standard input.)
psql_admin -d "$DATABASE" -c "DO \$\$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'yq_password') THEN
    CREATE ROLE yq_password LOGIN PASSWORD 'yq-test-password';
  END IF;
END \$\$" >/dev/null
psql_admin -d "$DATABASE" -c "GRANT CONNECT ON DATABASE $DATABASE TO yq_password" >/dev/null
version=$(psql_admin -d "$DATABASE" -Atc "SELECT postgis_lib_version()")
say "PostGIS $version ready on localhost:$PORT, database $DATABASE ($(( $(date +%s) - started )) s)"
echo "jdbc:postgresql://localhost:$PORT/$DATABASE"
