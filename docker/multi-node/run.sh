#!/usr/bin/env bash
# Enishi on two nodes, as an operator runs it, on this one machine (no Docker needed):
#   HAProxy (Debian's, cookie stickiness) :8080 -> node A :8081, node B :8082
#   one MariaDB (this machine's, database enishi_multinode), one OpenSearch node with Kuromoji (its own JVM, :9200),
#   a mail sink (:2525) that logs every message.
# Then it checks what must hold on several nodes and prints one line per check:
#   1. what A publishes is on B's board within seconds; what A archives is gone from it
#   2. under load through the proxy, node A is killed: its officer is asked to sign in again and is served by B,
#      the proxy's errors are counted, B's board is still right, nothing A committed is missing
#   3. every mail was delivered once (the sink's X-Enishi-Mail-Id against the outbox)
# Usage: docker/multi-node/run.sh            (as root on a fresh machine: it installs haproxy and chromium)
# Leaves everything running for a look until Enter is pressed (or at once with ENISHI_MULTI_NODE_KEEP=no).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
HERE=$ROOT/docker/multi-node
WORK=${ENISHI_MULTI_NODE_DIR:-$ROOT/target/multi-node}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH=$JAVA_HOME/bin:$PATH
export ENISHI_PROXY_PORT=8080 ENISHI_NODE_A_PORT=8081 ENISHI_NODE_B_PORT=8082
PROXY=http://127.0.0.1:$ENISHI_PROXY_PORT
DB=enishi_multinode
SQL="mariadb -h127.0.0.1 -P3306 -uroot -N -B $DB"

say() { printf '%s  %s\n' "$(date +%T)" "$*"; }
check() { # what, condition, [what to print when it fails]
    if eval "$2"; then say "PASS $1"; else say "FAIL $1"; FAILED=1; [ -z "${3:-}" ] || say "  $(eval "$3")"; fi
}
FAILED=0

stop_all() {
    for f in "$WORK"/*.pid; do [ -f "$f" ] && kill "$(cat "$f")" 2>/dev/null || true; done
}
trap stop_all EXIT
trap 'exit 130' INT TERM

# --- tools -------------------------------------------------------------------------------------------------------
need=()
command -v haproxy >/dev/null || need+=(haproxy)
command -v chromium >/dev/null || need+=(chromium fonts-noto-cjk)
command -v mariadb >/dev/null || need+=(mariadb-server mariadb-client)
if [ ${#need[@]} -gt 0 ]; then say "installing ${need[*]}"; apt-get install -y "${need[@]}" >/dev/null; fi
mkdir -p "$WORK"
rm -rf "$WORK"/a "$WORK"/b "$WORK"/opensearch "$WORK"/*.log
[ -d "$WORK/tools/node_modules/playwright-core" ] || npm install --silent --prefix "$WORK/tools" playwright-core@1.56 >/dev/null
cp "$HERE/walk.mjs" "$WORK/tools/"

say "building the application jar and the OpenSearch classpath"
./mvnw -B -q -DskipTests package >"$WORK/build.log" 2>&1
JAR=$(ls target/enishi-*.jar | head -1)
(cd "$HERE/opensearch" && "$ROOT/mvnw" -B -q dependency:build-classpath -Dmdep.outputFile="$WORK/opensearch.classpath" >>"$WORK/build.log" 2>&1)

# --- the database, the search engine, the mail sink ---------------------------------------------------------------
mariadb -h127.0.0.1 -uroot -e "SELECT 1" >/dev/null 2>&1 || { start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd; sleep 5; }
mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"

say "starting OpenSearch 3.8 with analysis-kuromoji on :9200"
java -Xms512m -Xmx1g -cp "$(cat "$WORK/opensearch.classpath")" org.codelibs.opensearch.runner.OpenSearchRunner \
    -basePath "$WORK/opensearch" -numOfNode 1 -baseHttpPort 9199 -clusterName enishi-multi-node \
    -pluginTypes org.opensearch.plugin.analysis.kuromoji.AnalysisKuromojiPlugin >"$WORK/opensearch.log" 2>&1 &
echo $! >"$WORK/opensearch.pid"
python3 "$HERE/smtp_sink.py" 2525 "$WORK/mail.log" 2>/dev/null &
echo $! >"$WORK/mail.pid"
for _ in $(seq 1 120); do curl -sf http://127.0.0.1:9200/_cluster/health >/dev/null && break; sleep 1; done

start_node() { # name port extra-args...
    local name=$1 port=$2; shift 2
    SPRING_DATASOURCE_URL=jdbc:mariadb://127.0.0.1:3306/$DB SPRING_DATASOURCE_USERNAME=root SPRING_DATASOURCE_PASSWORD= \
    ENISHI_SEARCH_BACKEND=opensearch ENISHI_SEARCH_URIS=http://127.0.0.1:9200 \
    SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT=2525 ENISHI_BASE_URL=$PROXY \
    PORT=$port ENISHI_DATA_DIR=$WORK/$name \
        java -Xmx768m -jar "$JAR" "$@" >"$WORK/node-$name.log" 2>&1 &
    echo $! >"$WORK/$name.pid"
}
wait_ready() { for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$1/actuator/health/readiness" >/dev/null && return 0; sleep 1; done; return 1; }

say "starting node A (with the demo data), then node B"
start_node a $ENISHI_NODE_A_PORT --enishi.demo-data=true
wait_ready $ENISHI_NODE_A_PORT
start_node b $ENISHI_NODE_B_PORT
wait_ready $ENISHI_NODE_B_PORT
haproxy -f "$HERE/haproxy.cfg" -D -p "$WORK/haproxy.pid"
sleep 3
say "A, B and the proxy are up; the shared indexes were built by: $($SQL -e 'SELECT node FROM search_index_build')"

# --- 1. what A does reaches B's board ----------------------------------------------------------------------------
walk() { (cd "$WORK/tools" && node walk.mjs "$@"); }
on_board() { # port project-id title -> exit 0 when B's board lists it for a search of its title
    local q; q=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$3")
    curl -s "http://127.0.0.1:$1/projects?q=$q" >"$WORK/last-board.html"
    grep -q "projects/$2-" "$WORK/last-board.html"
}
seconds_until() { # condition... -> prints seconds (to 0.1 s) until it holds, or "never" after 30 s
    local start; start=$(date +%s%N)
    for _ in $(seq 1 300); do
        if "$@"; then echo "$(( ($(date +%s%N) - start) / 100000000 ))" | sed 's/.$/.&/;s/^\./0./'; return 0; fi
        sleep 0.1
    done
    echo never; return 1
}
PUBLISH=$($SQL -e "SELECT p.id FROM project p JOIN workspace w ON w.id = p.workspace_id WHERE w.slug = 'shiojiri' AND p.status = 'IN_REVIEW' LIMIT 1")
PUBLISH_TITLE=$($SQL -e "SELECT title FROM project WHERE id = $PUBLISH")
ARCHIVE=$($SQL -e "SELECT p.id FROM project p JOIN workspace w ON w.id = p.workspace_id WHERE w.slug = 'shiojiri' AND p.status = 'CLOSED' LIMIT 1")
ARCHIVE_TITLE=$($SQL -e "SELECT title FROM project WHERE id = $ARCHIVE")
check "B's board shows the closed project $ARCHIVE before A archives it" "on_board $ENISHI_NODE_B_PORT $ARCHIVE '$ARCHIVE_TITLE'" \
    "echo B\'s board for 「$ARCHIVE_TITLE」: \$(grep -o 'projects/[0-9]*-' $WORK/last-board.html | sort -u | tr '\n' ' ')"
check "B's board does not show the project $PUBLISH in review" "! on_board $ENISHI_NODE_B_PORT $PUBLISH '$PUBLISH_TITLE'"

walk move "http://127.0.0.1:$ENISHI_NODE_A_PORT" yamada@shiojiri.example shiojiri "$PUBLISH" "公開する"
t=$(seconds_until on_board $ENISHI_NODE_B_PORT "$PUBLISH" "$PUBLISH_TITLE") || true
check "published on A, found on B's board after ${t} s (goal: within seconds)" "[ '$t' != never ]"
walk move "http://127.0.0.1:$ENISHI_NODE_A_PORT" yamada@shiojiri.example shiojiri "$ARCHIVE" "アーカイブする"
t=$(seconds_until bash -c "! curl -s 'http://127.0.0.1:$ENISHI_NODE_B_PORT/projects' | grep -q 'projects/$ARCHIVE-'") || true
check "archived on A, gone from B's board after ${t} s" "[ '$t' != never ]"

# --- 2. kill A under load ------------------------------------------------------------------------------------------
say "load: 8 visitors searching the board through the proxy while A is killed"
load() { # visitor-number
    local jar=$WORK/load-$1.cookies end=$((SECONDS + 40)) words=(ワイン 漆器 観光 デザイン 木曽 移住 チーズ 売店)
    while [ $SECONDS -lt $end ]; do
        local w=${words[$((RANDOM % ${#words[@]}))]}
        curl -s -o /dev/null -w '%{http_code}\n' -b "$jar" -c "$jar" \
            "$PROXY/projects?q=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$w")"
    done >>"$WORK/load.codes"
}
: >"$WORK/load.codes"
LOAD=()
for v in $(seq 1 8); do load "$v" & LOAD+=($!); done
sleep 10
ARCHIVED_BEFORE=$($SQL -e "SELECT COUNT(*) FROM project WHERE status = 'ARCHIVED'")
walk failover "$PROXY" yamada@shiojiri.example shiojiri "kill -9 \$(cat $WORK/{node}.pid) && echo killed node {node}" \
    | tee "$WORK/failover.log"
wait "${LOAD[@]}"
codes=$(sort "$WORK/load.codes" | uniq -c | tr '\n' ' ')
total=$(wc -l <"$WORK/load.codes"); ok=$(grep -c '^200$' "$WORK/load.codes" || true)
say "load: $total board requests through the proxy, answers: $codes"
check "the officer was asked to sign in again and then served by the other node" "grep -q signed-in-again '$WORK/failover.log'"
check "at most a few requests in flight at the kill failed ($((total - ok)) of $total)" "[ $((total - ok)) -le 8 ]"
SURVIVOR=$ENISHI_NODE_B_PORT; grep -q '"node":"b"' <(head -1 "$WORK/failover.log") && SURVIVOR=$ENISHI_NODE_A_PORT
check "the survivor's board still shows what was published" "on_board $SURVIVOR $PUBLISH '$PUBLISH_TITLE'"
check "the survivor's board still leaves out what was archived" "! curl -s http://127.0.0.1:$SURVIVOR/projects | grep -q 'projects/$ARCHIVE-'"
check "nothing committed is missing: $ARCHIVED_BEFORE archived projects before the kill, as many after" \
    "[ \"\$($SQL -e \"SELECT COUNT(*) FROM project WHERE status = 'ARCHIVED'\")\" = $ARCHIVED_BEFORE ]"

# --- 3. every mail once -------------------------------------------------------------------------------------------
for _ in $(seq 1 60); do
    [ "$($SQL -e "SELECT COUNT(*) FROM mail_outbox WHERE status = 'QUEUED'")" = 0 ] && break; sleep 1
done
sent=$($SQL -e "SELECT COUNT(*) FROM mail_outbox WHERE status = 'SENT'")
delivered=$(wc -l <"$WORK/mail.log" 2>/dev/null || echo 0)
twice=$(python3 -c 'import json, sys, collections; c = collections.Counter(json.loads(l)["id"] for l in open(sys.argv[1])); print(sum(1 for n in c.values() if n > 1))' "$WORK/mail.log" 2>/dev/null || echo 0)
check "every mail delivered once: $sent sent in the outbox, $delivered delivered, $twice delivered twice" "[ $sent = $delivered ] && [ $twice = 0 ]"

say "logs and figures in $WORK"
[ $FAILED = 0 ] && say "ALL CHECKS PASSED" || say "SOME CHECKS FAILED"
if [ "${ENISHI_MULTI_NODE_KEEP:-yes}" = yes ]; then
    if [ -t 0 ]; then read -rp "Enter stops everything. " _; else say "still running: kill $$ stops everything"; sleep infinity & wait $!; fi
fi
exit $FAILED
