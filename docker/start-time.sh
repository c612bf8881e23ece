#!/usr/bin/env bash
# How long `./mvnw spring-boot:run` takes to start on the embedded database with its demo data, with the AOT cache it
# keeps in target/run (the default) and, as the floor in the same run, without it (-Denishi.run.jvmArguments=).
# Starts alternate between the two so both see the same machine. Its own port, database port and data directory, so
# a portal already running on 8080 is not touched. Usage: docker/start-time.sh [starts-per-variant, default 5]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"

export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH=$JAVA_HOME/bin:$PATH

work=target/start-time
mkdir -p "$work"
export PORT=18080 ENISHI_DATA_DIR="$work/data" ENISHI_EMBEDDEDDB_PORT=3317

# One start: prints "<Spring's started seconds> <process seconds>" once the demo data is in, then stops the portal
# and waits until its JVM has ended (a start that records the AOT cache writes it while stopping).
start() {
  local log="$work/run.log"
  ./mvnw -B -o -q spring-boot:run "$@" > "$log" 2>&1 &
  local maven=$!
  for _ in $(seq 180); do
    grep -q "Demo data ready\|デモデータを読み込めません\|Application run failed\|ERROR\] Failed to execute" "$log" && break
    sleep 1
  done
  if ! grep -q "Demo data ready" "$log"; then
    echo "the portal did not start; see $log" >&2; kill "$maven" 2>/dev/null; exit 1
  fi
  sed -n 's/.*Started Application in \([0-9.]*\) seconds (process running for \([0-9.]*\)).*/\1 \2/p' "$log"
  local portal
  portal=$(pgrep -P "$maven" -x java || true) # mvnw execs Maven's JVM, which forks the portal's
  kill "$maven"
  while [[ -n "$portal" ]] && kill -0 "$portal" 2>/dev/null; do sleep 1; done
  wait "$maven" 2>/dev/null || true
}

echo "Preparing: demo data in $ENISHI_DATA_DIR and the AOT cache (the first start after a code change records it)"
start > /dev/null
start > /dev/null

# Seconds per start, "Started Application in" and the JVM's process time, with the cache and without it.
started_with=() process_with=() started_without=() process_without=()
for i in $(seq "$runs"); do
  read -r s p <<< "$(start)"; started_with+=("$s"); process_with+=("$p")
  read -r s p <<< "$(start -Denishi.run.jvmArguments=)"; started_without+=("$s"); process_without+=("$p")
  echo "start $i: with the AOT cache ${started_with[-1]} s (process ${process_with[-1]} s);" \
       "without ${started_without[-1]} s (process ${process_without[-1]} s)"
done

summary() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {printf "min %.1f  median %.1f  max %.1f s", v[1], v[int((NR+1)/2)], v[NR]}'; }
echo
echo "\"Started Application in\" over $runs starts each (the goal: 8 s)"
echo "  with the AOT cache:    $(summary "${started_with[@]}")"
echo "  without (the floor):   $(summary "${started_without[@]}")"
echo "JVM process start to started"
echo "  with the AOT cache:    $(summary "${process_with[@]}")"
echo "  without (the floor):   $(summary "${process_without[@]}")"
