#!/usr/bin/env bash
# Stop the broker started by start.sh (by its pid file) and remove the data dir it created.
# Idempotent: exits 0 if nothing is running.
#
# Env: KAFKA_PID_FILE (${TMPDIR:-/tmp}/hotline-kafka.pid), KAFKA_STOP_TIMEOUT (20 s before
#      SIGKILL), KAFKA_KEEP_DATA=1 to keep the data dir (and its logs).
set -euo pipefail

TMP_BASE="${TMPDIR:-/tmp}"
TMP_BASE="${TMP_BASE%/}"
PID_FILE="${KAFKA_PID_FILE:-$TMP_BASE/hotline-kafka.pid}"
STATE_FILE="${PID_FILE%.pid}.datadir"
STOP_TIMEOUT="${KAFKA_STOP_TIMEOUT:-20}"

log() { printf '[kafka] %s\n' "$*" >&2; }
is_kafka_pid() { [ -r "/proc/$1/cmdline" ] && tr '\0' ' ' <"/proc/$1/cmdline" | grep -q 'kafka\.Kafka'; }

stopped_something=0
if [ -f "$PID_FILE" ]; then
  pid="$(cat "$PID_FILE" 2>/dev/null || true)"
  if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null; then
    if is_kafka_pid "$pid"; then
      log "stopping Kafka broker (pid $pid)…"
      kill -TERM "$pid" 2>/dev/null || true
      deadline=$(( $(date +%s) + STOP_TIMEOUT ))
      while kill -0 "$pid" 2>/dev/null && [ "$(date +%s)" -lt "$deadline" ]; do
        sleep 0.2
      done
      if kill -0 "$pid" 2>/dev/null; then
        log "broker did not stop within ${STOP_TIMEOUT}s; sending SIGKILL"
        kill -KILL "$pid" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      fi
      log "Kafka broker stopped"
      stopped_something=1
    else
      log "pid $pid from $PID_FILE is not a Kafka broker (pid reused?); not killing it"
    fi
  fi
  rm -f "$PID_FILE"
fi

if [ -f "$STATE_FILE" ]; then
  data_dir="$(cat "$STATE_FILE" 2>/dev/null || true)"
  if [ -n "$data_dir" ] && [ -d "$data_dir" ]; then
    if [ "${KAFKA_KEEP_DATA:-0}" = 1 ]; then
      log "keeping data dir $data_dir (KAFKA_KEEP_DATA=1)"
    elif [ -f "$data_dir/.hotline-kafka-data" ]; then
      rm -rf -- "$data_dir"
      log "removed data dir $data_dir"
    else
      log "not removing $data_dir: it has no .hotline-kafka-data marker"
    fi
  fi
  rm -f "$STATE_FILE"
  stopped_something=1
fi

[ "$stopped_something" = 1 ] || log "no Kafka broker running (no pid file at $PID_FILE)"
exit 0
