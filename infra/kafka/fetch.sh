#!/usr/bin/env bash
# Fetch the jars of a single-node Apache Kafka broker from Maven Central (via mvn) ONCE,
# into a cache outside the work tree:
#   ${HOTLINE_CACHE:-$HOME/.cache/hotline}/kafka-<version>/lib
# A marker file (holding a hash of pom.xml) makes later runs a no-op; editing pom.xml
# triggers a re-fetch. Safe to run concurrently (flock).
#
# On success prints the lib dir as the LAST line of stdout (progress goes to stderr), so
#   LIB_DIR=$(infra/kafka/fetch.sh | tail -n1)
# works.
set -euo pipefail

SCRIPT_DIR="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)"
POM="$SCRIPT_DIR/pom.xml"

log() { printf '[kafka] %s\n' "$*" >&2; }
die() { printf '[kafka] ERROR: %s\n' "$*" >&2; exit 1; }

command -v mvn >/dev/null 2>&1 || die "mvn not found on PATH (Maven is needed to fetch the Kafka jars)"
command -v java >/dev/null 2>&1 || die "java not found on PATH (Kafka 4.x needs Java 17+)"

# Version: $KAFKA_VERSION, else <kafka.version> from pom.xml.
POM_VERSION="$(sed -n 's:.*<kafka.version>\([^<]*\)</kafka.version>.*:\1:p' "$POM" | head -n1)"
KAFKA_VERSION="${KAFKA_VERSION:-$POM_VERSION}"
[ -n "$KAFKA_VERSION" ] || die "could not read <kafka.version> from $POM"

CACHE_ROOT="${HOTLINE_CACHE:-${HOME:?neither HOTLINE_CACHE nor HOME is set}/.cache/hotline}"
KAFKA_HOME_DIR="$CACHE_ROOT/kafka-$KAFKA_VERSION"
LIB_DIR="$KAFKA_HOME_DIR/lib"
MARKER="$KAFKA_HOME_DIR/.fetched"
# Anything that changes what gets fetched must change the stamp.
STAMP="$( { cat "$POM"; echo "kafka.version=$KAFKA_VERSION"; } | sha256sum | cut -d' ' -f1)"

is_cached() {
  [ -f "$MARKER" ] && [ "$(cat "$MARKER" 2>/dev/null)" = "$STAMP" ] \
    && [ -d "$LIB_DIR" ] && compgen -G "$LIB_DIR/kafka_2.13-$KAFKA_VERSION.jar" >/dev/null
}

already_cached() {
  log "Kafka jars cached at $LIB_DIR (already fetched)"
  echo "$LIB_DIR"
  exit 0
}
if is_cached; then already_cached; fi

mkdir -p "$CACHE_ROOT"
exec 9>"$CACHE_ROOT/.kafka-$KAFKA_VERSION.lock"
flock 9
# Another process may have fetched while we waited for the lock.
if is_cached; then already_cached; fi

log "fetching Kafka $KAFKA_VERSION jars from Maven Central… (one time; cached afterwards)"
start_ts=$(date +%s)
TMP_LIB="$KAFKA_HOME_DIR/lib.tmp.$$"
rm -rf "$TMP_LIB"
mkdir -p "$TMP_LIB"
trap 'rm -rf "$TMP_LIB"' EXIT

# -B: batch mode, -q: quiet. </dev/null so it never waits on stdin (CI). Maven 3.8 still
# prints bare ANSI resets with -q, so its output goes to a log shown only on failure.
MVN_LOG="$KAFKA_HOME_DIR/mvn-fetch.log"
if ! mvn -B -q -Dstyle.color=never -f "$POM" \
      -Dkafka.version="$KAFKA_VERSION" \
      org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
      -DincludeScope=runtime \
      -DoutputDirectory="$TMP_LIB" </dev/null >"$MVN_LOG" 2>&1; then
  tail -n 40 "$MVN_LOG" >&2
  die "mvn could not fetch the Kafka jars (is Maven Central reachable? does kafka_2.13:$KAFKA_VERSION exist?)"
fi
[ -f "$TMP_LIB/kafka_2.13-$KAFKA_VERSION.jar" ] || die "kafka_2.13-$KAFKA_VERSION.jar missing after fetch"
compgen -G "$TMP_LIB/log4j-slf4j*-impl-*.jar" >/dev/null || die "SLF4J->log4j2 bridge missing after fetch (the broker would log nothing)"

rm -rf "$LIB_DIR"
mv "$TMP_LIB" "$LIB_DIR"
trap - EXIT
printf '%s\n' "$STAMP" >"$MARKER"

n_jars=$(find "$LIB_DIR" -maxdepth 1 -name '*.jar' | wc -l)
size=$(du -sh "$LIB_DIR" | cut -f1)
log "Kafka jars cached at $LIB_DIR ($n_jars jars, $size, $(( $(date +%s) - start_ts ))s)"
echo "$LIB_DIR"
