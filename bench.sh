#!/usr/bin/env bash
# Runs the product's benchmarks against a fresh local suite and prints one line per figure, `name: value unit`,
# on stdout (progress goes to stderr). BENCH_QUICK=1 keeps the whole run within 5 minutes.
# Method and recorded figures: BENCHMARKS.md.
#
# Environment: BENCH_QUICK (unset), BENCH_RATES (commands/s, space-separated), BENCH_DURATION (seconds per rate),
# BENCH_GATEWAY_PORT (28480; the services take the next four ports), BENCH_KAFKA_PORT (28492), BENCH_PG_PORT (28432).
#
# Hooks: every executable file in bench.d/ runs after the load benchmarks, in name order, with GATEWAY_URL,
# SUITE_PID, MINYI_PG_PORT, MINYI_KAFKA_PORT, BENCH_QUICK and CP (the launcher's classpath) in its environment; it
# prints its own `name: value unit` lines. Intended for the reporting replay benchmark and per-service command
# throughput against raw PostgreSQL inserts.
set -euo pipefail
cd "$(dirname "$0")"

log() { echo "[bench] $*" >&2; }

if [ -n "${BENCH_QUICK:-}" ]; then
  rates=${BENCH_RATES:-"10 30"}
  duration=${BENCH_DURATION:-20}
else
  rates=${BENCH_RATES:-"10 25 50 100"}
  duration=${BENCH_DURATION:-120}
fi

if [ ! -f local-suite/target/classpath.txt ] || [ ! -f gateway/target/gateway.jar ]; then
  log "building (./mvnw -DskipTests package) ..."
  ./mvnw -q -B -DskipTests package >&2
  mkdir -p local-suite/target && touch local-suite/target/.minyi-built
fi

data=$(mktemp -d /tmp/minyi-bench.XXXXXX)
# The demo accounts, but not the demo county's seeding: it would run during the measurements.
touch "$data/demo-seeded"
export MINYI_DATA_DIR="$data"
export GATEWAY_PORT=${BENCH_GATEWAY_PORT:-28480}
export MINYI_KAFKA_PORT=${BENCH_KAFKA_PORT:-28492}
export MINYI_PG_PORT=${BENCH_PG_PORT:-28432}
export MINYI_GATEWAY_RATE_LIMIT_ENABLED=false
gateway="http://localhost:$GATEWAY_PORT"

log "starting the suite (data in $data, gateway $gateway) ..."
./run.sh >"$data/run.log" 2>&1 &
suite=$!
stop() {
  if kill -0 "$suite" 2>/dev/null; then
    log "stopping the suite (pid $suite) ..."
    kill -TERM "$suite" 2>/dev/null || true
    wait "$suite" 2>/dev/null || true
  fi
  rm -rf "$data"
}
trap stop EXIT

for _ in $(seq 1 600); do
  if grep -q "all services UP" "$data/run.log" 2>/dev/null; then break; fi
  if ! kill -0 "$suite" 2>/dev/null; then log "the suite did not start:"; tail -20 "$data/run.log" >&2; exit 1; fi
  sleep 1
done
grep -q "all services UP" "$data/run.log" || { log "the suite did not start within 10 minutes"; exit 1; }

# Resident memory of the launcher and all its descendants (PostgreSQL, Kafka, five services), in MB.
rss_mb() {
  local pids=("$1") i=0 total=0
  while [ $i -lt ${#pids[@]} ]; do
    for c in $(pgrep -P "${pids[$i]}" || true); do pids+=("$c"); done
    i=$((i + 1))
  done
  for p in "${pids[@]}"; do
    total=$((total + $(awk '/^VmRSS:/ {print $2}' "/proc/$p/status" 2>/dev/null || echo 0)))
  done
  echo $((total / 1024))
}

startup=$(sed -n 's/.*all services UP in \([0-9.]*\) s.*/\1/p' "$data/run.log" | head -1)
echo "suite_startup: $startup s"
sleep 5
echo "suite_rss_idle: $(rss_mb "$suite") MB"

CP="local-suite/target/classes:$(cat local-suite/target/classpath.txt)"
for rate in $rates; do
  log "load: $rate commands/s for $duration s ..."
  java -Xmx256m -cp "$CP" org.minyi.simulator.Simulator --load --gateway "$gateway" --rate "$rate" \
    --duration "$duration" --suite-pid "$suite" | grep -E '^[a-z0-9_]+: ' || log "load at $rate/s failed"
done

if [ -d bench.d ]; then
  for hook in bench.d/*; do
    [ -x "$hook" ] || continue
    log "hook: $hook ..."
    GATEWAY_URL="$gateway" SUITE_PID="$suite" BENCH_QUICK="${BENCH_QUICK:-}" CP="$CP" "$hook" || log "$hook failed"
  done
fi
echo "suite_rss_after: $(rss_mb "$suite") MB"
