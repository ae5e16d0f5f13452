#!/usr/bin/env bash
# Long fuzzing run of every reader with Jazzer (see ROBUSTNESS.md). Each fuzz test runs on its own for the
# @FuzzTest(maxDuration = "10m") it declares, so the whole run takes about 90 minutes. `mvn test` replays only the
# seeds (regression mode); JAZZER_FUZZ=1 makes Jazzer mutate them.
#
#   fuzz/run-long.sh                      # all targets, 10 minutes each
#   fuzz/run-long.sh GeoJsonFuzzTest#fuzz # one target
#
# Jazzer keeps what it learns in .cifuzz-corpus/ (git-ignore it or delete it) and writes each crashing input as
# src/test/resources/cn/yangquan/atlas/io/<Test>Inputs/<method>/crash-<sha1>. A crash file is a regression seed from
# then on: fix the reader, or move the file to src/test/resources/corpus/known-crashes/ and report it. Logs go to
# target/fuzz/. Runs with a 1 GB heap so that a memory blow-up shows as an OutOfMemoryError finding.
# JAZZER_KEEP_GOING=N keeps fuzzing past the first N-1 findings.
set -uo pipefail
cd "$(dirname "$0")/.."
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(GeoJsonFuzzTest#fuzz ShapefileFuzzTest#fuzz DbfFuzzTest#fuzz GeoPackageFuzzTest#fuzz GeoPackageFuzzTest#blob
           CsvFuzzTest#fuzz ProjectJsonFuzzTest#fuzz WktFuzzTest#fuzz)
fi
build="${BUILD_DIR:-$PWD/target}"
mkdir -p "$build/fuzz"
status=0
for target in "${targets[@]}"; do
  log="$build/fuzz/${target/\#/-}.log"
  echo "== $target (log: $log)"
  JAZZER_FUZZ=1 mvn -B -Dbuild.dir="$build" \
      -Dheadless.args="-Djava.awt.headless=true -Dfile.encoding=UTF-8 -Xmx1g" \
      test -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1 || status=1
  grep -E "^Done [0-9]+ runs|Test unit written|FuzzTestFindingException" "$log" || echo "(no summary; see $log)"
done
exit $status
