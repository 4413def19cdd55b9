#!/usr/bin/env bash
# Start a real single-node Apache Kafka broker (KRaft, broker+controller) on loopback,
# without Docker, from jars fetched from Maven Central (see fetch.sh).
#
#   infra/kafka/start.sh     # -> "Kafka broker ready on 127.0.0.1:9092 (pid N)"
#   infra/kafka/stop.sh
#
# Env: KAFKA_PORT (9092), KAFKA_CONTROLLER_PORT (9093), KAFKA_DATA_DIR (fresh temp dir),
#      KAFKA_PID_FILE (${TMPDIR:-/tmp}/hotline-kafka.pid), KAFKA_START_TIMEOUT (60 s),
#      KAFKA_HEAP_OPTS ("-Xms256m -Xmx512m"), HOTLINE_CACHE (~/.cache/hotline), KAFKA_VERSION.
set -euo pipefail

SCRIPT_DIR="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)"
TEMPLATE="$SCRIPT_DIR/server.properties.template"
LOG4J_CONFIG="$SCRIPT_DIR/log4j2.properties"

HOST=127.0.0.1
KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
TMP_BASE="${TMPDIR:-/tmp}"
TMP_BASE="${TMP_BASE%/}"
PID_FILE="${KAFKA_PID_FILE:-$TMP_BASE/hotline-kafka.pid}"
STATE_FILE="${PID_FILE%.pid}.datadir"   # holds the data dir path, for stop.sh
START_TIMEOUT="${KAFKA_START_TIMEOUT:-60}"
read -r -a HEAP_OPTS <<<"${KAFKA_HEAP_OPTS:--Xms256m -Xmx512m}"

log() { printf '[kafka] %s\n' "$*" >&2; }
die() { printf '[kafka] ERROR: %s\n' "$*" >&2; exit 1; }
now_ms() { date +%s%3N; }
T0=$(now_ms)
elapsed() { local ms=$(( $(now_ms) - T0 )); printf '%d.%01ds' $((ms / 1000)) $(((ms % 1000) / 100)); }

for p in "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT"; do
  if ! [[ "$p" =~ ^[0-9]+$ ]] || [ "$p" -lt 1 ] || [ "$p" -gt 65535 ]; then die "invalid port: '$p'"; fi
done
[ "$KAFKA_PORT" != "$KAFKA_CONTROLLER_PORT" ] || die "KAFKA_PORT and KAFKA_CONTROLLER_PORT must differ"
[[ "$START_TIMEOUT" =~ ^[0-9]+$ ]] || die "invalid KAFKA_START_TIMEOUT: '$START_TIMEOUT'"

# Is something accepting connections on HOST:port? (bash /dev/tcp, no extra tools)
port_open() { timeout 3 bash -c "exec 3<>/dev/tcp/$HOST/$1" 2>/dev/null; }
is_kafka_pid() { [ -r "/proc/$1/cmdline" ] && tr '\0' ' ' <"/proc/$1/cmdline" | grep -q 'kafka\.Kafka'; }

# ---- refuse to start twice -------------------------------------------------------------
if [ -f "$PID_FILE" ]; then
  old_pid="$(cat "$PID_FILE" 2>/dev/null || true)"
  if [ -n "$old_pid" ] && kill -0 "$old_pid" 2>/dev/null && is_kafka_pid "$old_pid"; then
    die "a broker started by this script is already running (pid $old_pid, pid file $PID_FILE); run $SCRIPT_DIR/stop.sh first"
  fi
  log "stale pid file $PID_FILE (pid ${old_pid:-?} is not running); cleaning up"
  KAFKA_PID_FILE="$PID_FILE" "$SCRIPT_DIR/stop.sh" >/dev/null 2>&1 || true
fi
for p in "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT"; do
  if port_open "$p"; then
    die "port $HOST:$p is already in use (another Kafka broker?). Stop it, or pick other ports with KAFKA_PORT / KAFKA_CONTROLLER_PORT."
  fi
done

# ---- jars ------------------------------------------------------------------------------
LIB_DIR="$("$SCRIPT_DIR/fetch.sh" | tail -n1)"
[ -d "$LIB_DIR" ] || die "fetch.sh did not produce a lib dir"
CP="$LIB_DIR/*"

# ---- fresh data dir --------------------------------------------------------------------
if [ -n "${KAFKA_DATA_DIR:-}" ]; then
  DATA_DIR="$KAFKA_DATA_DIR"
  if [ -e "$DATA_DIR" ] && [ -n "$(ls -A "$DATA_DIR" 2>/dev/null)" ]; then
    die "KAFKA_DATA_DIR=$DATA_DIR exists and is not empty; the broker needs a fresh dir"
  fi
  mkdir -p "$DATA_DIR"
  DATA_DIR="$(cd "$DATA_DIR" && pwd -P)"
else
  mkdir -p "$TMP_BASE"
  DATA_DIR="$(mktemp -d "$TMP_BASE/hotline-kafka-XXXXXX")"
fi
LOG_DIR="$DATA_DIR/logs"
mkdir -p "$LOG_DIR"
# stop.sh only deletes dirs carrying this marker.
: >"$DATA_DIR/.hotline-kafka-data"
mkdir -p "$(dirname "$PID_FILE")"
printf '%s\n' "$DATA_DIR" >"$STATE_FILE"

PROPS="$DATA_DIR/server.properties"
tpl="$(cat "$TEMPLATE")"
tpl="${tpl//@DATA_DIR@/"$DATA_DIR"}"
tpl="${tpl//@KAFKA_PORT@/"$KAFKA_PORT"}"
tpl="${tpl//@CONTROLLER_PORT@/"$KAFKA_CONTROLLER_PORT"}"
tpl="${tpl//@HOST@/"$HOST"}"
printf '%s\n' "$tpl" >"$PROPS"

# Admin-client settings for the readiness probe: fail fast, the loop retries.
ADMIN_PROPS="$DATA_DIR/admin.properties"
cat >"$ADMIN_PROPS" <<EOF
request.timeout.ms=5000
default.api.timeout.ms=8000
retries=1
EOF

# Short-lived CLI JVMs: start fast, log to tools.log (WARN+ on stderr).
TOOL_JAVA=(java -Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djava.awt.headless=true
  "-Dlog4j2.configurationFile=$LOG4J_CONFIG" "-Dkafka.logs.dir=$LOG_DIR" -Dkafka.log.file=tools.log
  -cp "$CP")

# ---- format storage --------------------------------------------------------------------
CLUSTER_ID="$("${TOOL_JAVA[@]}" kafka.tools.StorageTool random-uuid 2>>"$LOG_DIR/format.log" | tail -n1)"
[ -n "$CLUSTER_ID" ] || { cat "$LOG_DIR/format.log" >&2; die "StorageTool random-uuid printed nothing"; }
if ! "${TOOL_JAVA[@]}" kafka.tools.StorageTool format --standalone -t "$CLUSTER_ID" -c "$PROPS" \
      >>"$LOG_DIR/format.log" 2>&1 </dev/null; then
  tail -n 50 "$LOG_DIR/format.log" >&2
  die "kafka-storage format failed (data dir $DATA_DIR)"
fi

# ---- start the broker ------------------------------------------------------------------
BROKER_PID=""
READY=0
on_exit() {
  if [ "$READY" != 1 ] && [ -n "$BROKER_PID" ]; then
    if kill -0 "$BROKER_PID" 2>/dev/null; then
      kill -TERM "$BROKER_PID" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$BROKER_PID" 2>/dev/null || break; sleep 0.2; done
      kill -KILL "$BROKER_PID" 2>/dev/null || true
    fi
    rm -f "$PID_FILE"
    log "broker stopped; its data dir and logs are kept in $DATA_DIR ($SCRIPT_DIR/stop.sh removes them)"
  fi
}
trap on_exit EXIT
trap 'exit 130' INT TERM

nohup java "${HEAP_OPTS[@]}" \
  -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35 \
  -XX:+ExplicitGCInvokesConcurrent -Djava.awt.headless=true \
  "-Dkafka.logs.dir=$LOG_DIR" "-Dlog4j2.configurationFile=$LOG4J_CONFIG" \
  -cp "$CP" kafka.Kafka "$PROPS" \
  </dev/null >>"$LOG_DIR/kafka.out" 2>&1 &
BROKER_PID=$!
printf '%s\n' "$BROKER_PID" >"$PID_FILE"

fail_start() {
  log "$1"
  for f in "$LOG_DIR/server.log" "$LOG_DIR/kafka.out"; do
    if [ -s "$f" ]; then
      printf '[kafka] ---- last 50 lines of %s ----\n' "$f" >&2
      tail -n 50 "$f" >&2
    fi
  done
  exit 1
}

# ---- wait until it really answers (poll, no blind sleep) -------------------------------
deadline=$(( $(date +%s) + START_TIMEOUT ))
while :; do
  kill -0 "$BROKER_PID" 2>/dev/null || fail_start "broker process $BROKER_PID exited during startup"
  if port_open "$KAFKA_PORT"; then
    # Port is bound; now ask the broker for its topics through the admin API.
    if timeout 30 "${TOOL_JAVA[@]}" org.apache.kafka.tools.TopicCommand \
         --bootstrap-server "$HOST:$KAFKA_PORT" --command-config "$ADMIN_PROPS" --list \
         </dev/null >/dev/null 2>>"$LOG_DIR/readiness.log"; then
      break
    fi
  fi
  [ "$(date +%s)" -lt "$deadline" ] || fail_start "broker not ready after ${START_TIMEOUT}s"
  sleep 0.2
done
READY=1

echo "Kafka broker ready on $HOST:$KAFKA_PORT (pid $BROKER_PID)"
log "ready in $(elapsed); data dir $DATA_DIR, logs in $LOG_DIR, pid file $PID_FILE"
