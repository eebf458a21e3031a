#!/usr/bin/env bash
# Re-records the two lists start-up uses, from a real start of `mvn javafx:run` until a few seconds
# after the window is shown (so the engine's first run is in them too). Needs a display (e.g. Xvfb,
# see README). A stale list only costs some of the gain: names that no longer exist are skipped.
#
# - app/src/main/resources/dev/coroscope/app/startup-classes.txt: every class loaded from the class
#   and module paths, in load order, which ClassWarmer loads on a background thread;
# - app/src/main/cds/startup.classlist: the JDK's and JavaFX's classes among them, in the JVM's
#   class-list format (-XX:DumpLoadedClassList), from which the build makes the class data sharing
#   archive `mvn javafx:run` starts with (app/pom.xml). Classes of the class path are left out: the
#   JVM shares no class from a class-path directory, and the app's are in directories.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The java launcher reads JDK_JAVA_OPTIONS, so the forked app logs its class loading (%p: one file
# per process, Maven's own JVM logs to another). No sharing while recording: the class list names
# only classes loaded from class files, and the log then says where each came from.
JDK_JAVA_OPTIONS="-Xshare:off -XX:DumpLoadedClassList=$tmp/classlist -Xlog:class+load=info:file=$tmp/load-%p.txt -Dcoroscope.noClassWarming=true" \
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
# The JDK's classes (jrt:) and JavaFX's (its jars), as internal names; then the class list's lines
# that name only those (a lambda-proxy line names its caller first).
mkdir -p app/src/main/cds
awk '$0 ~ /source: (jrt:|file:.*\/javafx-[a-z]+-[^\/]*\.jar)/ {n = $2; gsub(/\./, "/", n); print n}' "$log" \
    | sort -u > "$tmp/shareable"
awk 'NR == FNR {ok[$1] = 1; next}
     /^#/ {next}
     /^@lambda-form-invoker/ {print; next}
     /^@lambda-proxy/ {if ($2 in ok) print; next}
     /^@/ {next}
     ($1 in ok) && NF == 1 {print}' "$tmp/shareable" "$tmp/classlist" > app/src/main/cds/startup.classlist
wc -l app/src/main/cds/startup.classlist
