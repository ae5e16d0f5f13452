#!/usr/bin/env bash
# Stops the throwaway server of .ci/start-postgis.sh and deletes its cluster, so that nothing of it is left behind.
set -euo pipefail
PORT="${YQ_PG_PORT:-5439}"
ROOT="/var/tmp/yq-pgtest-$PORT"
BIN="/usr/lib/postgresql/15/bin"
if [ -s "$ROOT/data/postmaster.pid" ] && [ -x "$BIN/pg_ctl" ]; then
  runuser -u postgres -- "$BIN/pg_ctl" -D "$ROOT/data" -m fast -w -t 60 stop >/dev/null </dev/null || true
fi
rm -rf "$ROOT"
echo "stop-postgis: the test server on localhost:$PORT is stopped and its cluster deleted" >&2
