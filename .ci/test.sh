#!/usr/bin/env bash
# The README's test command. Installs what the tests need when it is missing (a CJK font; PostgreSQL with PostGIS;
# JavaFX's native libraries; Maven), starts a throwaway PostGIS server for the PostGIS tests, runs `mvn -B test`, and
# stops and deletes that server again however the run ends. Needs root only for what it has to install; runs with no
# display and no standard input. Extra arguments go to Maven (e.g. -o, -Dtest=...).
set -euo pipefail
cd "$(dirname "$0")/.."

export DEBIAN_FRONTEND=noninteractive
need=()
# A CJK font, so that Chinese renders as glyphs (the atlas refuses to draw boxes). The fonts are captured first:
# `fc-list | grep -q` under pipefail fails whenever grep stops early (fc-list then dies of SIGPIPE).
cjk_fonts=""
if command -v fc-list >/dev/null 2>&1; then
  cjk_fonts=$(fc-list :lang=zh family 2>/dev/null || true)
else
  need+=(fontconfig)
fi
[ -n "$cjk_fonts" ] || need+=(fonts-wqy-microhei)
# JavaFX's software pipeline needs these at run time even headless (Monocle).
for lib in libfreetype6 libfontconfig1 libpango-1.0-0 libglib2.0-0; do
  dpkg -s "$lib" >/dev/null 2>&1 || need+=("$lib")
done
command -v mvn >/dev/null 2>&1 || need+=(maven)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "test.sh: missing ${need[*]}; install them (apt-get install ${need[*]}) or run this as root" >&2
    exit 1
  fi
  apt-get update -q </dev/null
  apt-get install -y -q --no-install-recommends "${need[@]}" </dev/null
fi

# A throwaway PostgreSQL + PostGIS server on localhost:5439 for the PostGIS tests, unless one answers already (then it
# is someone else's and stays). Without root the PostGIS tests are skipped, each saying why.
port="${YQ_PG_PORT:-5439}"
if [ -z "${YQ_PG_URL:-}" ] && ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  if [ "$(id -u)" -eq 0 ]; then
    trap 'bash .ci/stop-postgis.sh' EXIT
    bash .ci/start-postgis.sh >/dev/null
  else
    echo "test.sh: not root, so no PostGIS test server: the PostGIS tests will be skipped" >&2
  fi
fi

mvn -B "$@" test
