#!/usr/bin/env bash
# The launch-rush load test (Gatling, src/load-test/java/jp/enishi/load/LaunchRushSimulation.java) against one
# Enishi on the embedded database with the demo data, on this machine:
#   1,000 visitors within a minute on the board (Japanese searches, project pages) + 200 professionals applying.
# Prints the heap after a full GC before the rush, right after it, and once its sessions have timed out (the load
# run shortens the timeouts to 1 min anonymous / 2 min signed in so that takes minutes, not half an hour), then the
# Gatling figures; the HTML report is under target/gatling/.
# Usage: docker/load-test.sh [-Dvisitors=1000 -Dapplicants=200 -DrampSeconds=60]   (needs a JDK 25; mariadb client)
# About 9 minutes. Figures below come from one run on the 2-core machine with Gatling on the same cores.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=$ROOT/target/load-test
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH=$JAVA_HOME/bin:$PATH
PORT=${ENISHI_LOAD_PORT:-8090}
DB_PORT=3317
APPLICANTS=200
for arg in "$@"; do case $arg in -Dapplicants=*) APPLICANTS=${arg#-Dapplicants=} ;; esac; done

say() { printf '%s  %s\n' "$(date +%T)" "$*"; }
heap() { # used heap after a full GC, in MB
    jcmd "$PID" GC.run >/dev/null; sleep 2
    jcmd "$PID" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | awk '{printf "%.1f", $2 / 1024}'
}
command -v mariadb >/dev/null || apt-get install -y mariadb-client >/dev/null
rm -rf "$WORK"; mkdir -p "$WORK"

say "building the application jar and compiling the simulation"
./mvnw -B -q -DskipTests package >"$WORK/build.log" 2>&1
./mvnw -B -q -Pload-test test-compile >>"$WORK/build.log" 2>&1
JAR=$(ls target/enishi-*.jar | head -1)

say "starting Enishi on :$PORT (embedded MariaDB on :$DB_PORT, demo data)"
PORT=$PORT ENISHI_DATA_DIR=$WORK/data ENISHI_SESSION_ANONYMOUS_IDLE_TIMEOUT=1m ENISHI_SESSION_IDLE_TIMEOUT=2m \
    java -Xmx1g -jar "$JAR" --enishi.embedded-db.port=$DB_PORT >"$WORK/app.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null && break; sleep 1; done
until grep -q "Demo data ready" "$WORK/app.log"; do sleep 1; done
sleep 5

say "creating $APPLICANTS professionals load-001@load.example… (the demo password, profile as the demo's 中村 花子)"
SQL="mariadb -h127.0.0.1 -P$DB_PORT -uroot -p$(cat "$WORK/data/mariadb-password") enishi"
COLUMNS=$($SQL -N -B -e "SELECT GROUP_CONCAT(column_name ORDER BY ordinal_position) FROM information_schema.columns
    WHERE table_schema = 'enishi' AND table_name = 'app_user' AND column_name NOT IN ('id', 'email', 'display_name')")
$SQL -e "INSERT INTO app_user (email, display_name, $COLUMNS)
    SELECT CONCAT('load-', LPAD(n.seq, 3, '0'), '@load.example'), CONCAT('負荷 ', n.seq), $COLUMNS
    FROM app_user, seq_1_to_${APPLICANTS} n WHERE email = 'hanako@pro.example'"
BEFORE_APPS=$($SQL -N -B -e "SELECT COUNT(*) FROM application")

say "warming up: 100 visitors in 20 s (a node is warm before its campaign opens; not in the figures)"
./mvnw -B -Pload-test gatling:test -Denishi.url="http://127.0.0.1:$PORT" -Dvisitors=100 -Dapplicants=0 \
    -DrampSeconds=20 >"$WORK/warm-up.log" 2>&1 || true
sleep 5
BEFORE=$(heap)
say "heap after a full GC, before the rush: $BEFORE MB"
./mvnw -B -Pload-test gatling:test -Denishi.url="http://127.0.0.1:$PORT" "$@" >"$WORK/gatling.log" 2>&1 && GATLING=ok || GATLING=failed
AFTER_RUSH=$(heap)
AFTER_APPS=$($SQL -N -B -e "SELECT COUNT(*) FROM application")
say "heap after a full GC, right after the rush: $AFTER_RUSH MB; applications: $BEFORE_APPS -> $AFTER_APPS"
say "waiting 4 minutes for the rush's sessions to time out"
sleep 240
AFTER_TIMEOUT=$(heap)

REPORT=$(ls -d "$ROOT"/target/gatling/launchrushsimulation-* 2>/dev/null | tail -1)
echo
sed -n '/---- Global Information/,/^=====/p' "$WORK/gatling.log" || true
echo "p95 per round trip (goal <= 500 ms), and errors:"
grep -E "95th percentile of response time|count of failed events" "$WORK/gatling.log" \
    | sed -E 's/: 95th percentile of response time is less than or equal to 500.0 : (true|false) \(actual : ([0-9.]+)\)/  \2 ms  \1/' || true
echo
printf '%-44s %10s\n' "heap after full GC (MB)" ""
printf '%-44s %10s\n' "  before the rush (floor)" "$BEFORE"
printf '%-44s %10s\n' "  right after the rush" "$AFTER_RUSH"
printf '%-44s %10s\n' "  after its sessions timed out" "$AFTER_TIMEOUT"
printf '%-44s %10s\n' "applications sent (new rows)" "$((AFTER_APPS - BEFORE_APPS)) of $APPLICANTS"
printf '%-44s %10s\n' "Gatling assertions (0 errors, p95 <= 500 ms)" "$GATLING"
say "report: $REPORT/index.html"
