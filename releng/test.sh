#!/bin/sh
# Runs every test: the OSGi tests of each bundle, the UI tests in a real workbench, and the smoke test of
# the built product. Without a display it runs under Xvfb (xvfb-run). Extra arguments go to Maven.
cd "$(dirname "$0")/.." || exit 3
. releng/scripts/java-home.sh
started=$(mktemp)
if [ -n "${DISPLAY:-}" ]; then
  ./mvnw -B verify "$@"
elif command -v xvfb-run >/dev/null 2>&1; then
  xvfb-run -a -s "-screen 0 1400x900x24" ./mvnw -B verify "$@"
else
  echo "No display and no xvfb-run: the UI tests need one (Debian/Ubuntu: apt-get install xvfb xauth libgtk-3-0)." >&2
  exit 3
fi
status=$?
# One closing line over every Surefire report of this run.
find bundles -path '*/target/surefire-reports/TEST-*.xml' -newer "$started" 2>/dev/null | xargs -r cat \
  | sed -n 's/.*<testsuite[^>]* tests="\([0-9]*\)"[^>]* errors="\([0-9]*\)"[^>]* skipped="\([0-9]*\)"[^>]* failures="\([0-9]*\)".*/\1 \2 \3 \4/p' \
  | awk '{t+=$1; e+=$2; s+=$3; f+=$4} END {printf "total: %d passed, %d failed, %d skipped\n", t-e-s-f, e+f, s}'
rm -f "$started"
exit $status
