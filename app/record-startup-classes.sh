#!/usr/bin/env bash
# Re-records the list of classes ClassWarmer loads at start-up
# (app/src/main/resources/dev/coroscope/app/startup-classes.txt): the classes a real start of
# `mvn javafx:run` loads from the class and module paths until a few seconds after the window is
# shown, in the order they load. Needs a display (e.g. Xvfb, see README). A stale list only costs
# some of the gain: names that no longer exist are skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The java launcher reads JDK_JAVA_OPTIONS, so the forked app logs its class loading (%p: one file
# per process, Maven's own JVM logs to another).
JDK_JAVA_OPTIONS="-Xlog:class+load=info:file=$tmp/load-%p.txt -Dcoroscope.noClassWarming=true" \
    timeout 600 mvn -q -B javafx:run -Dcoroscope.startupTiming=true > "$tmp/out.txt" 2>&1 &
for _ in $(seq 600); do
    grep -q 'Coroscope start-up' "$tmp/out.txt" 2>/dev/null && break
    sleep 1
done
sleep 3
log=$(grep -l 'dev.coroscope.app.ClassWarmer ' "$tmp"/load-*.txt | head -1)
app=${log##*/load-}
kill "${app%.txt}"
wait || true
awk '/dev.coroscope.app.ClassWarmer /{on=1; next} on && $0 ~ /source: (file:|jrt:)/ {print $2}' "$log" \
    | grep -v -e '\$\$Lambda' -e '0x' > app/src/main/resources/dev/coroscope/app/startup-classes.txt
wc -l app/src/main/resources/dev/coroscope/app/startup-classes.txt
