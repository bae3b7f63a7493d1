#!/usr/bin/env bash
# Benchmark 2: fan-out of 20,000 Slack prompts through the outbox to a local fake chat server, beside wrk posting
# the same body to the same server; then with a configured limit of N per second against a server that enforces N.
#
#   bench/fanout.sh     knobs: BENCH_FANOUT_PROMPTS (20000), BENCH_FANOUT_LIMIT (50 per second),
#                       BENCH_FANOUT_LIMITED_SECONDS (20), BENCH_WRK_SECONDS (10), BENCH_WRK_CONNECTIONS (16)
source "$(dirname "$0")/lib.sh"
PROMPTS=${BENCH_FANOUT_PROMPTS:-20000}
LIMIT=${BENCH_FANOUT_LIMIT:-50}
LIMITED_SECONDS=${BENCH_FANOUT_LIMITED_SECONDS:-20}
WRK_SECONDS=${BENCH_WRK_SECONDS:-10}
WRK_CONNECTIONS=${BENCH_WRK_CONNECTIONS:-16}

ensure_tools wrk:wrk
build_service
start_postgres
make_tokens

# Waits until no prompt of the tag is pending (at most $3 seconds), then prints "sent dead seconds perSecond".
drain() { # tag expected timeout
    local tag=$1 expected=$2 timeout=$3 pending=1
    for _ in $(seq 1 $((timeout * 2))); do
        pending=$(psql_db -tAc "select count(*) from outbox_message where dedup_key like 'bench-prompt:$tag:%' and status = 'pending'")
        ((pending == 0)) && break
        sleep 0.5
    done
    psql_db -tAc "select count(*) filter (where status = 'sent'), count(*) filter (where status = 'dead'),
                         round(extract(epoch from max(sent_at) - min(sent_at))::numeric, 2),
                         round((count(*) filter (where status = 'sent') - 1) / nullif(extract(epoch from max(sent_at) - min(sent_at)), 0)::numeric, 1)
                  from outbox_message where dedup_key like 'bench-prompt:$tag:%'" | tr '|' ' '
}

# 1. No limit: the service with a rate limit far above what it can reach, against a fake server without one.
start_fake_chat
start_service PULSECHECK_SLACK_RATE_LIMITS_API=1000000
log "warm-up: 2,000 prompts (not counted)"
psql_db -v tag=warm -v count=2000 -f "$BENCH_DIR/sql/fanout-prompts.sql" >/dev/null
drain warm 2000 300 >/dev/null
log "queueing $PROMPTS prompts"
psql_db -v tag=free -v count="$PROMPTS" -f "$BENCH_DIR/sql/fanout-prompts.sql" >/dev/null
read -r sent dead seconds rate < <(drain free "$PROMPTS" 900)
log "sent $sent, dead $dead in ${seconds}s: $rate/s; fake server: $(curl -s "$FAKE_URL/stats")"
stop_service

# Baseline: wrk posting the same body to the same fake server.
psql_db -tAc "select payload::text from outbox_message where dedup_key like 'bench-prompt:free:%' limit 1" >"$WORK/body.json"
cat >"$WORK/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json; charset=utf-8"
wrk.headers["Authorization"] = "Bearer xoxb-bench"
local f = io.open("$WORK/body.json", "r")
wrk.body = f:read("*a")
f:close()
LUA
log "baseline: wrk -t2 -c$WRK_CONNECTIONS -d${WRK_SECONDS}s against the same fake server"
wrk -t2 -c"$WRK_CONNECTIONS" -d"${WRK_SECONDS}s" -s "$WORK/post.lua" "$FAKE_URL/api/chat.postMessage" >"$WORK/wrk.out"
cat "$WORK/wrk.out" >&2
wrk_rate=$(awk '/^Requests\/sec/ {print $2}' "$WORK/wrk.out")
stop_fake_chat

# 2. With a limit: the service configured for N per second against a server that answers 429 above N per second.
start_fake_chat "$LIMIT"
start_service PULSECHECK_SLACK_RATE_LIMITS_API="$LIMIT"
limited_count=$((LIMIT * LIMITED_SECONDS))
log "limited: $limited_count prompts at a configured $LIMIT/s against a server enforcing $LIMIT/s"
psql_db -v tag=limited -v count="$limited_count" -f "$BENCH_DIR/sql/fanout-prompts.sql" >/dev/null
read -r lsent ldead lseconds lrate < <(drain limited "$limited_count" $((LIMITED_SECONDS * 4 + 60)))
stats=$(curl -s "$FAKE_URL/stats")
rejected=$(sed -n 's/.*"rejected":\([0-9]*\).*/\1/p' <<<"$stats")
log "limited: sent $lsent, dead $ldead in ${lseconds}s: $lrate/s; fake server: $stats"

echo
echo "Fan-out: Slack prompts through the outbox to a local fake chat server"
printf '%-46s %12s %12s %8s %s\n' run "prompts/s" baseline ratio target
printf '%-46s %12s %12s %8s %s\n' "$PROMPTS prompts, no limit (sent $sent, dead $dead)" "$rate" "$wrk_rate" "$(ratio "$rate" "$wrk_rate")" ">= 0.50 (baseline: wrk, same server)"
printf '%-46s %12s %12s %8s %s\n' "$limited_count prompts, limit $LIMIT/s (429s: $rejected)" "$lrate" "$LIMIT" "$(ratio "$lrate" "$LIMIT")" ">= 0.95 of N and zero 429"
