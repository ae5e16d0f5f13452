#!/usr/bin/env bash
# The installer test. Builds the .deb (`mvn -Pdeb package`), installs it with `dpkg -i`, runs the installed launcher
# headless (no display, no standard input) from an unrelated folder with an empty home: `render` (the PNG is checked:
# size, not one colour) and `validate`. Checks that nothing was written into the install folder, then removes the
# package; it is removed however the test ends. Needs root. Extra arguments go to Maven (e.g. -o).
set -euo pipefail
cd "$(dirname "$0")/.."
PACKAGE=yq-atlas
INSTALLED=/opt/yq-atlas
LAUNCHER=$INSTALLED/bin/yq-atlas
export DEBIAN_FRONTEND=noninteractive
say() { echo "test-deb: $*" >&2; }
now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }

# Whether dpkg knows the package in any state (installed, half-configured, config files left).
present() {
  local status
  status=$(dpkg-query -W -f='${db:Status-Status}' "$PACKAGE" 2>/dev/null || true)
  [ -n "$status" ] && [ "$status" != "not-installed" ]
}

[ "$(id -u)" -eq 0 ] || { say "needs root (dpkg -i)"; exit 1; }
if present; then
  say "$PACKAGE is installed already; remove it first (dpkg -r $PACKAGE)"
  exit 1
fi

apt_install() {
  apt-get install -y -q --no-install-recommends "$@" </dev/null || { apt-get update -q </dev/null; apt-get install -y -q --no-install-recommends "$@" </dev/null; }
}
# Setup: what jpackage needs to build a .deb.
need=()
command -v fakeroot >/dev/null 2>&1 || need+=(fakeroot)
command -v objcopy >/dev/null 2>&1 || need+=(binutils)
[ ${#need[@]} -eq 0 ] || apt_install "${need[@]}"

started=$(now)
mvn -B -q -Pdeb -DskipTests "$@" package
built=$(now)
deb=$(ls target/jpackage/${PACKAGE}_*.deb)
say "built $deb: $(stat -c %s "$deb") bytes in $(ms "$started" "$built") ms"

# Setup: what the package depends on (a CJK font, the libraries of the bundled runtime, xdg-utils), so that dpkg -i
# installs it as it would on a planner's workstation.
depends=$(dpkg-deb -f "$deb" Depends)
apt-get satisfy -y -q --no-install-recommends "$depends" </dev/null >/dev/null \
  || { apt-get update -q </dev/null; apt-get satisfy -y -q --no-install-recommends "$depends" </dev/null >/dev/null; }

work=$(mktemp -d)
cleanup() {
  if present; then
    dpkg --purge "$PACKAGE" >/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

dpkg -i "$deb" >/dev/null
touch "$work/installed"
# postinst made the class-data archive, and the launcher maps it: with -Xshare:on the JVM refuses to start otherwise.
[ -f "$INSTALLED/lib/app/yq-atlas.jsa" ] || { say "postinst made no class-data archive"; exit 1; }
(cd "$work" && env -i PATH=/usr/bin:/bin HOME="$work" LANG=C.UTF-8 JAVA_TOOL_OPTIONS=-Xshare:on "$LAUNCHER" --version \
  </dev/null >/dev/null 2>&1) || { say "the installed launcher cannot map its class-data archive"; exit 1; }
mkdir "$work/home"
# The installed launcher as a planner starts it: another folder, an empty home, no display.
run() { (cd "$work" && env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 "$LAUNCHER" "$@" </dev/null); }
before=$(now)
run render --out "$work/map.png" --size 1200x900
rendered=$(now)
say "installed launcher rendered in $(ms "$before" "$rendered") ms"
java -Djava.awt.headless=true .ci/CheckPng.java "$work/map.png" 1200 900
run validate
written=$(find "$INSTALLED" -newer "$work/installed" -print)
[ -z "$written" ] || { say "the atlas wrote into its install folder: $written"; exit 1; }

dpkg -r "$PACKAGE" >/dev/null
dpkg --purge "$PACKAGE" >/dev/null
if present || [ -e "$INSTALLED" ] \
    || ls /usr/share/applications/*yq-atlas* >/dev/null 2>&1; then
  say "the package left files behind"
  exit 1
fi
say "installed, ran and removed $PACKAGE; nothing of it is left"
