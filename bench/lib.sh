#!/usr/bin/env bash
# Shared helpers for the benchmark commands in bench/. Source it; it sets a trap that stops everything it started.
#
# Environment knobs (all optional):
#   BENCH_SKIP_BUILD=1   reuse target/ instead of running ./mvnw package
#   BENCH_JAVA_OPTS      JVM options for the service (and the start-up baseline); default none
#   BENCH_SERVICE_ENV    extra VAR=value words for the service, e.g. PULSECHECK_DELIVERY_WORKER_PARALLELISM=16
#   BENCH_KEEP=1         keep the temporary directory (logs, data) for a look afterwards
#   BENCH_PG_BIN         directory with initdb/pg_ctl/pgbench; default: newest Debian /usr/lib/postgresql/*/bin

set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
WORK=$(mktemp -d -t pulsecheck-bench.XXXXXX)
# PostgreSQL runs as the postgres user when we are root; it must be able to reach its directories.
chmod 755 "$WORK"
BENCH_PIDS=()
PG_DATA=""

log() { printf '[bench %(%H:%M:%S)T] %s\n' -1 "$*" >&2; }

cleanup() {
    local pid
    for pid in "${BENCH_PIDS[@]}"; do
        if kill -0 "$pid" 2>/dev/null; then
            kill "$pid" 2>/dev/null || true
            # A stuck JVM gets 20 s, then SIGKILL: nothing may outlive the benchmark.
            for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
            kill -9 "$pid" 2>/dev/null || true
        fi
    done
    if [[ -n "$PG_DATA" && -f "$PG_DATA/postmaster.pid" ]]; then
        as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate stop >/dev/null 2>&1 || true
    fi
    if [[ "${BENCH_KEEP:-0}" == 1 ]]; then
        echo "kept $WORK" >&2
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

apt_install() {
    log "installing $* from Debian packages"
    local sudo=""
    [[ $(id -u) -ne 0 ]] && sudo="sudo"
    $sudo apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

# Installs the Debian packages of the commands that are missing: ensure_tools cmd:package ...
ensure_tools() {
    local missing=() pair
    for pair in "$@"; do
        command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
    done
    if ((${#missing[@]})); then
        apt_install "${missing[@]}"
    fi
}

ensure_postgres() {
    if [[ -z "${BENCH_PG_BIN:-}" ]]; then
        if ! ls -d /usr/lib/postgresql/*/bin/pgbench >/dev/null 2>&1; then
            apt_install postgresql postgresql-contrib
        fi
        BENCH_PG_BIN=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/pgbench | sort -V | tail -1)")
    fi
    PG_BIN=$BENCH_PG_BIN
    ensure_tools psql:postgresql-client
}

as_postgres() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# A TCP port nobody listens on right now.
free_port() {
    local port
    while :; do
        port=$((20000 + RANDOM % 30000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
}

# Starts a throwaway PostgreSQL (default durability: fsync and synchronous_commit on) with database pulsecheck.
start_postgres() {
    ensure_postgres
    PG_DATA=$WORK/pgdata
    mkdir -p "$PG_DATA"
    [[ $(id -u) -eq 0 ]] && chown postgres "$PG_DATA"
    as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 --locale=C >"$WORK/initdb.log" 2>&1
    local attempt
    # A port found free can be taken by someone else a moment later: try another one.
    for attempt in 1 2 3; do
        PG_PORT=$(free_port)
        if as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -w -t 60 \
            -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$PG_DATA -c max_connections=200 -c shared_buffers=256MB -c timezone=UTC" \
            start >/dev/null; then
            break
        fi
        tail -20 "$PG_DATA/server.log" >&2
        ((attempt == 3)) && exit 1
    done
    PGURL="postgresql://postgres@127.0.0.1:$PG_PORT"
    psql -q "$PGURL/postgres" -c "create database pulsecheck" >/dev/null
    DB_URL="$PGURL/pulsecheck"
    log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
}

psql_db() { psql -X -q -v ON_ERROR_STOP=1 "$DB_URL" "$@"; }

build_service() {
    ensure_tools curl:curl
    if [[ "${BENCH_SKIP_BUILD:-0}" != 1 || ! -f "$ROOT/target/quarkus-app/quarkus-run.jar" ]]; then
        log "building the service (./mvnw -B package -DskipTests)"
        (cd "$ROOT" && ./mvnw -B -q package -DskipTests)
    fi
    # The load drivers are plain JDK programs compiled with the test sources.
    DRIVER_CP="$ROOT/target/test-classes"
}

# Runs a load driver: driver ClassName args...
driver() { java -cp "$DRIVER_CP" "io.pulsecheck.bench.$1" "${@:2}"; }

# Key pair for bearer tokens; sets JWT_ISSUER, JWT_PUBLIC_KEY and HR_TOKEN.
make_tokens() {
    JWT_ISSUER=https://bench.pulsecheck.local
    JWT_AUDIENCE=pulsecheck-bench
    mkdir -p "$WORK/jwt"
    HR_TOKEN=$(driver BenchJwt "$WORK/jwt" "$JWT_ISSUER" hr-admin bench-hr@example.com)
    JWT_PUBLIC_KEY=$WORK/jwt/public.pem
}

# The environment the packaged service runs with; extra VAR=value pairs can follow.
service_env() {
    echo "QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/pulsecheck"
    echo "QUARKUS_DATASOURCE_USERNAME=postgres"
    echo "QUARKUS_DATASOURCE_PASSWORD=postgres"
    echo "QUARKUS_HTTP_HOST=127.0.0.1"
    echo "MP_JWT_VERIFY_PUBLICKEY_LOCATION=$JWT_PUBLIC_KEY"
    echo "MP_JWT_VERIFY_ISSUER=$JWT_ISSUER"
    echo "MP_JWT_VERIFY_AUDIENCES=$JWT_AUDIENCE"
    echo "PULSECHECK_SECURITY_ACTION_TOKEN_SECRET=bench-action-token-secret-0123456789abcdef"
    echo "PULSECHECK_DIGEST_CHART_SECRET=bench-chart-secret-0123456789abcdef0123"
    echo "PULSECHECK_RESPONSES_SEALING_KEY=YmVuY2gtb25seSBzZWFsaW5nIGtleSwgMzIgYnl0ZXMgb3IgbW9yZQ=="
    echo "PULSECHECK_SLACK_SIGNING_SECRET=$SLACK_SIGNING_SECRET"
    echo "PULSECHECK_SLACK_BOT_TOKEN=xoxb-bench"
    # Nothing may leave the machine: every platform URL points at the local fake chat server (or nowhere).
    echo "PULSECHECK_SLACK_API_BASE_URL=http://127.0.0.1:${FAKE_PORT:-9}/api"
    echo "PULSECHECK_SLACK_RESPONSE_URL_PREFIX=http://127.0.0.1:${FAKE_PORT:-9}/"
    echo "PULSECHECK_OUTBOUND_ALLOW_PRIVATE_ADDRESSES=true"
    # Health and metrics answer on the management port, a free one per run.
    echo "QUARKUS_MANAGEMENT_PORT=$(free_port)"
}

SLACK_SIGNING_SECRET=bench-slack-signing-secret-0123456789abcdef

# Starts the local fake chat server: start_fake_chat [limit-per-second]; sets FAKE_PORT and FAKE_URL.
start_fake_chat() {
    FAKE_PORT=$(free_port)
    FAKE_URL="http://127.0.0.1:$FAKE_PORT"
    java -Xmx256m -cp "$DRIVER_CP" io.pulsecheck.bench.FakeChatServer "$FAKE_PORT" "${1:-0}" >"$WORK/fake-chat.log" 2>&1 &
    FAKE_PID=$!
    BENCH_PIDS+=("$FAKE_PID")
    for _ in $(seq 1 60); do
        curl -fs -o /dev/null "$FAKE_URL/health" && return
        sleep 0.5
    done
    echo "the fake chat server did not start" >&2
    exit 1
}

stop_fake_chat() {
    kill "$FAKE_PID" 2>/dev/null || true
    wait "$FAKE_PID" 2>/dev/null || true
}

# Creates the synthetic organisation (bench/sql/synthetic-org.sql): synthetic_org tag teams team_size cycles status answered
synthetic_org() {
    psql_db -f "$BENCH_DIR/sql/synthetic-org.sql" -v tag="$1" -v teams="$2" -v team_size="$3" -v cycles="$4" \
        -v status="$5" -v answered="$6" >/dev/null
}

# Percentiles p50 and p99 of numbers on stdin: prints "p50 p99".
p50_p99() { sort -n | awk '{a[NR]=$1} END {if (NR==0) {print "0 0"; exit} i=int(0.5*NR+0.999999); j=int(0.99*NR+0.999999); print a[i<1?1:i], a[j<1?1:j]}'; }

# Starts the packaged service on a free port and waits until it is ready: start_service [VAR=value ...]
start_service() {
    SERVICE_PORT=$(free_port)
    SERVICE_URL="http://127.0.0.1:$SERVICE_PORT"
    MANAGEMENT_PORT=$(free_port)
    local env_args=()
    mapfile -t env_args < <(service_env)
    # shellcheck disable=SC2086 # BENCH_SERVICE_ENV is a list of VAR=value words on purpose.
    env "${env_args[@]}" QUARKUS_HTTP_PORT="$SERVICE_PORT" QUARKUS_MANAGEMENT_PORT="$MANAGEMENT_PORT" "$@" ${BENCH_SERVICE_ENV:-} \
        java ${BENCH_JAVA_OPTS:-} -jar "$ROOT/target/quarkus-app/quarkus-run.jar" >"$WORK/service.log" 2>&1 &
    SERVICE_PID=$!
    BENCH_PIDS+=("$SERVICE_PID")
    for _ in $(seq 1 240); do
        if curl -fs -o /dev/null "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready"; then
            log "service ready at $SERVICE_URL"
            return
        fi
        kill -0 "$SERVICE_PID" 2>/dev/null || break
        sleep 0.5
    done
    tail -40 "$WORK/service.log" >&2
    echo "the service did not become ready" >&2
    exit 1
}

# Stops the service; its graceful shutdown is not measured, so it gets 5 s before SIGKILL.
stop_service() {
    kill "$SERVICE_PID" 2>/dev/null || true
    for _ in $(seq 1 10); do kill -0 "$SERVICE_PID" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$SERVICE_PID" 2>/dev/null || true
    wait "$SERVICE_PID" 2>/dev/null || true
}

# CPU seconds (user + system) a process has used so far.
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$1/stat"; }

# Median of numbers on stdin.
median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) print "n/a"; else if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

# ratio A B with two decimals.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b==0) print "n/a"; else printf "%.2f", a/b}'; }
