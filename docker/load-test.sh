#!/usr/bin/env bash
# The launch-rush load test (Gatling, src/load-test/java/jp/enishi/load/LaunchRushSimulation.java) against one
# Enishi on the embedded database with the demo data, on this machine:
#   1,000 visitors within a minute on the board (Japanese searches, project pages) + 200 professionals applying.
# Prints the heap after a full GC before the rush, right after it, and once its sessions have timed out (the load
# run shortens the timeouts to 1 min anonymous / 2 min signed in so that takes minutes, not half an hour), then the
# Gatling figures; the HTML report is under target/gatling/. The node runs the jar extracted as the Docker image
# does, and is warmed up first by three smaller rushes with their own applicants (the JIT compiler is still busy
# after the first one: 44 ms of CPU per round trip in the first, 16-21 ms from the third); the first warm-up run's
# figures are printed too, as what a node started minutes before the campaign would give.
# Usage: docker/load-test.sh [-Dvisitors=1000 -Dapplicants=200 -DrampSeconds=60]   (needs a JDK 25; mariadb client)
# About 16 minutes. Figures below come from one run on the 2-core machine with Gatling on the same cores.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=$ROOT/target/load-test
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH=$JAVA_HOME/bin:$PATH
PORT=${ENISHI_LOAD_PORT:-8090}
DB_PORT=3317
APPLICANTS=200
WARM_UP_APPLICANTS=50 # per warm-up run, signed in as load-201… so the rush's applicants have not applied yet
WARM_UP_RUNS=3
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
# The layout the Docker image runs (docker/Dockerfile): the application and its libraries as plain jar files.
java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >>"$WORK/build.log"
JAR=$WORK/app/$(basename "$JAR")

say "starting Enishi on :$PORT (embedded MariaDB on :$DB_PORT, demo data)"
PORT=$PORT ENISHI_DATA_DIR=$WORK/data ENISHI_SESSION_ANONYMOUS_IDLE_TIMEOUT=1m ENISHI_SESSION_IDLE_TIMEOUT=2m \
    java -Xmx1g -jar "$JAR" --enishi.embedded-db.port=$DB_PORT >"$WORK/app.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null && break; sleep 1; done
until grep -q "Demo data ready" "$WORK/app.log"; do sleep 1; done
sleep 5

ALL=$((APPLICANTS + WARM_UP_RUNS * WARM_UP_APPLICANTS))
say "creating $ALL professionals load-001@load.example… (the demo password, profile as the demo's 中村 花子)"
SQL="mariadb -h127.0.0.1 -P$DB_PORT -uroot -p$(cat "$WORK/data/mariadb-password") enishi"
COLUMNS=$($SQL -N -B -e "SELECT GROUP_CONCAT(column_name ORDER BY ordinal_position) FROM information_schema.columns
    WHERE table_schema = 'enishi' AND table_name = 'app_user' AND column_name NOT IN ('id', 'email', 'display_name')")
$SQL -e "INSERT INTO app_user (email, display_name, $COLUMNS)
    SELECT CONCAT('load-', LPAD(n.seq, 3, '0'), '@load.example'), CONCAT('負荷 ', n.seq), $COLUMNS
    FROM app_user, seq_1_to_${ALL} n WHERE email = 'hanako@pro.example'"

for run in $(seq 1 $WARM_UP_RUNS); do
    say "warm-up $run of $WARM_UP_RUNS: 400 visitors and $WARM_UP_APPLICANTS applicants in 60 s"
    ./mvnw -B -Pload-test gatling:test -Denishi.url="http://127.0.0.1:$PORT" -Dvisitors=400 \
        -Dapplicants=$WARM_UP_APPLICANTS -DfirstApplicant=$((APPLICANTS + 1 + (run - 1) * WARM_UP_APPLICANTS)) \
        -DrampSeconds=60 >"$WORK/warm-up-$run.log" 2>&1 || true
done
say "waiting 150 s for the warm-up's sessions to time out, so the floor holds none"
sleep 150
BEFORE_APPS=$($SQL -N -B -e "SELECT COUNT(*) FROM application")
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
echo "the first warm-up run, on a node started minutes before (400 visitors + $WARM_UP_APPLICANTS applicants):"
grep -E "95th percentile of response time|count of failed events" "$WORK/warm-up-1.log" \
    | sed -E 's/: 95th percentile of response time is less than or equal to 500.0 : (true|false) \(actual : ([0-9.]+)\)/  \2 ms  \1/' || true
echo
printf '%-44s %10s\n' "heap after full GC (MB)" ""
printf '%-44s %10s\n' "  before the rush (floor)" "$BEFORE"
printf '%-44s %10s\n' "  right after the rush" "$AFTER_RUSH"
printf '%-44s %10s\n' "  after its sessions timed out" "$AFTER_TIMEOUT"
printf '%-44s %10s\n' "applications sent (new rows)" "$((AFTER_APPS - BEFORE_APPS)) of $APPLICANTS"
printf '%-44s %10s\n' "Gatling assertions (0 errors, p95 <= 500 ms)" "$GATLING"
say "report: $REPORT/index.html"
