#!/usr/bin/env bash
# Benchmark 1: ingestion of signed Slack Submits of a 5-question pulse at rising concurrency, then at a fixed
# 200 per second; beside pgbench running the same statements straight into the same database. Then how long the
# burst's thank-you replies (one per Submit, each to its own response_url) took to go out.
#
#   bench/ingestion.sh        knobs: BENCH_INGEST_CONCURRENCY (1,4,16,64), BENCH_INGEST_SECONDS (8 per step),
#                             BENCH_INGEST_RATE (200), BENCH_INGEST_RATE_SECONDS (15), BENCH_INGEST_TEAMS (1500 x 20),
#                             BENCH_INGEST_REPLY_WAIT (300 s for the replies to drain), BENCH_INGEST_REPLY_BURST (5000)
source "$(dirname "$0")/lib.sh"
CONCURRENCY=${BENCH_INGEST_CONCURRENCY:-1,4,16,64}
STEP=${BENCH_INGEST_SECONDS:-8}
RATE=${BENCH_INGEST_RATE:-200}
RATE_SECONDS=${BENCH_INGEST_RATE_SECONDS:-15}
TEAMS=${BENCH_INGEST_TEAMS:-1500}

build_service
start_postgres
make_tokens
# The thank-you replies go through the outbox to response_url, here the fake server.
start_fake_chat
start_service

log "generating $TEAMS teams of 20 with open cycles"
synthetic_org ing "$TEAMS" 20 2 open 0
psql_db -c "\copy (select cycle_id, platform_user_id, q0, q1, q2, q3, q4 from bench_pair where tag = 'ing' and week = 0 order by k) to '$WORK/pairs.csv' csv"
PAIRS=$(psql_db -tAc "select count(*) from bench_pair where tag = 'ing' and week = 1")

# JIT warm-up on pairs of their own (week 1 is the baseline's, so warm-up uses the tail of week 0's list).
WARMUP=${BENCH_INGEST_WARMUP_SECONDS:-10}
tail -n 3000 "$WORK/pairs.csv" >"$WORK/warmup.csv"
head -n -3000 "$WORK/pairs.csv" >"$WORK/measured.csv"
log "service warm-up: ${WARMUP}s at concurrency 8 (not counted)"
driver SlackSubmitLoad "$SERVICE_URL" "$SLACK_SIGNING_SECRET" "$WORK/warmup.csv" "$FAKE_URL/actions/TBENCH/1/bench" \
    8 "$WARMUP" 0 0 >/dev/null
CPU_BEFORE=$(cpu_seconds "$SERVICE_PID")
log "service: closed loop at $CONCURRENCY for ${STEP}s each, then ${RATE}/s for ${RATE_SECONDS}s"
driver SlackSubmitLoad "$SERVICE_URL" "$SLACK_SIGNING_SECRET" "$WORK/measured.csv" "$FAKE_URL/actions/TBENCH/1/bench" \
    "$CONCURRENCY" "$STEP" "$RATE" "$RATE_SECONDS" | tee "$WORK/service.results" >&2
CPU_USED=$(awk -v a="$CPU_BEFORE" -v b="$(cpu_seconds "$SERVICE_PID")" 'BEGIN {print b - a}')
# The fixed-rate step runs last, so this is the resident memory at steady state under that rate.
RSS_MIB=$(awk '/^VmRSS:/ {printf "%d", $2 / 1024}' "/proc/$SERVICE_PID/status")
RECEIPTS=$(psql_db -tAc "select count(*) from receipt r join bench_pair p on p.cycle_id = r.cycle_id and p.person_id = r.person_id where p.tag = 'ing' and p.week = 0")
OK_TOTAL=$(awk '{s += $3} END {print s}' "$WORK/service.results")
log "service answered 200 to $OK_TOTAL Submits (plus warm-up); receipts stored: $RECEIPTS; service CPU ${CPU_USED}s"
# The burst's thank-yous: each Submit's reply goes through the outbox to its own response_url (the driver gives each
# Submit its own, as Slack does per message). Wait until they are out, then read how long each waited.
REPLY_WAIT=${BENCH_INGEST_REPLY_WAIT:-300}
log "waiting up to ${REPLY_WAIT}s for the thank-you replies to drain"
for _ in $(seq 1 "$REPLY_WAIT"); do
    [[ $(psql_db -tAc "select count(*) from outbox_message where kind = 'acknowledgement' and status = 'pending'") == 0 ]] && break
    sleep 1
done
REPLIES=$(psql_db -tAc "
    select count(*) filter (where status = 'sent'), count(*) filter (where status <> 'sent'),
           round((percentile_cont(0.5) within group (order by extract(epoch from sent_at - created_at)))::numeric, 1),
           round((percentile_cont(0.99) within group (order by extract(epoch from sent_at - created_at)))::numeric, 1),
           round(max(extract(epoch from sent_at - created_at))::numeric, 1),
           round(100.0 * count(*) filter (where sent_at - created_at <= interval '60 seconds') / count(*), 1),
           count(distinct rate_key)
    from outbox_message where kind = 'acknowledgement'" | tr '|' ' ')

# The reply burst on its own: BURST thank-yous queued at once, as BURST Submits leave them in the outbox, each to its
# own response_url as Slack gives them; then, in the same run, BURST sharing one response_url (one rate key, as this
# benchmark's Submits all used one before), counted after the same time.
BURST=${BENCH_INGEST_REPLY_BURST:-5000}
queue_replies() { # tag shared(0|1)
    psql_db -c "insert into outbox_message (id, kind, channel, rate_key, destination, payload, status, attempts,
                                            next_attempt_at, created_at)
        select gen_random_uuid(), 'acknowledgement', 'slack',
               'slack_response_url:127.0.0.1:' || left(md5('$1' || case when $2 = 1 then 0 else i end), 16),
               jsonb_build_object('transport', 'slack_response_url', 'workspace', 'TBENCH',
                                  'url', '$FAKE_URL/actions/$1/' || case when $2 = 1 then 0 else i end),
               '{\"replace_original\": true, \"text\": \"Thanks, your answer is recorded anonymously.\"}'::jsonb,
               'pending', 0, now(), now()
        from generate_series(1, $BURST) i"
}
burst_sent() { psql_db -tAc "select count(*) from outbox_message where status = 'sent' and destination->>'url' like '%/actions/$1/%'"; }
if ((BURST > 0)); then
    log "reply burst: $BURST thank-yous, each to its own response_url"
    queue_replies burst-own 0
    BURST_START=$(date +%s.%N)
    for _ in $(seq 1 "$REPLY_WAIT"); do
        (($(burst_sent burst-own) >= BURST)) && break
        sleep 1
    done
    BURST_SECONDS=$(awk -v a="$BURST_START" -v b="$(date +%s.%N)" 'BEGIN {printf "%.0f", b - a}')
    BURST_OWN=$(burst_sent burst-own)
    log "reply burst baseline: $BURST thank-yous to one response_url, counted after ${BURST_SECONDS}s"
    queue_replies burst-shared 1
    sleep "$BURST_SECONDS"
    BURST_SHARED=$(burst_sent burst-shared)
fi
stop_service

# The baseline runs alone, against the same server and tables, with the same durability settings.
pgbench_step() { # label clients [extra pgbench args]
    local label=$1 clients=$2 out
    rm -f "$WORK"/pgb.*
    out=$("$PG_BIN/pgbench" -n -f "$BENCH_DIR/sql/ingest-baseline.pgbench" -D tag=ing -D pairs="$PAIRS" \
        -c "$clients" -j "$((clients < 2 ? 1 : 2))" -l --log-prefix="$WORK/pgb" "${@:3}" "$DB_URL" 2>&1)
    local tps failed lat
    tps=$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' <<<"$out" | head -1)
    failed=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' <<<"$out")
    lat=$(cat "$WORK"/pgb.* | awk '{print $3 / 1000}' | p50_p99)
    echo "RESULT $label $(cat "$WORK"/pgb.* | wc -l) ${failed:-0} $tps $lat"
}
log "baseline: pgbench with the same statements"
: >"$WORK/baseline.results"
for c in ${CONCURRENCY//,/ }; do
    pgbench_step "c$c" "$c" -T "$STEP" | tee -a "$WORK/baseline.results" >&2
done
if ((RATE > 0)); then
    pgbench_step "r$RATE" 64 -R "$RATE" -T "$RATE_SECONDS" | tee -a "$WORK/baseline.results" >&2
fi

echo
echo "Ingestion: signed Slack Submits (5 answers each) vs pgbench with the same statements, same database"
echo "(targets: peak rate >= 80% of the baseline's peak; p99 < 100 ms at ${RATE}/s)"
printf '%-8s | %10s %9s %9s %7s | %10s %9s %9s | %6s\n' step "service/s" "p50 ms" "p99 ms" errors "pgbench/s" "p50 ms" "p99 ms" ratio
join -j 2 <(sort -k2,2 "$WORK/service.results") <(sort -k2,2 "$WORK/baseline.results") | sort -V |
    while read -r label _ ok failed rate p50 p99 _ bok bfailed brate bp50 bp99; do
        printf '%-8s | %10s %9s %9s %7s | %10s %9s %9s | %6s\n' "$label" "$rate" "$p50" "$p99" "$failed" "$brate" "$bp50" "$bp99" "$(ratio "$rate" "$brate")"
    done
peak=$(grep ' c' "$WORK/service.results" | awk '$5 > m {m = $5} END {print m}')
bpeak=$(grep ' c' "$WORK/baseline.results" | awk '$5 > m {m = $5} END {print m}')
echo "peak: service $peak/s, baseline $bpeak/s, ratio $(ratio "$peak" "$bpeak")"
echo "service RSS after ${RATE_SECONDS}s at ${RATE}/s: ${RSS_MIB} MiB (JVM options: ${BENCH_JAVA_OPTS:-none})"
read -r R_SENT R_OPEN R_P50 R_P99 R_MAX R_MINUTE R_KEYS <<<"$REPLIES"
echo "thank-you replies: $R_SENT sent, $R_OPEN not sent after the wait, over $R_KEYS rate keys; Submit to reply p50 ${R_P50} s, p99 ${R_P99} s, max ${R_MAX} s; within 60 s: ${R_MINUTE} %"
if ((BURST > 0)); then
    echo "reply burst of $BURST: each to its own response_url, $BURST_OWN sent in ${BURST_SECONDS} s; all to one response_url (one rate key), $BURST_SHARED sent in the same ${BURST_SECONDS} s"
fi
echo "service CPU per Submit: $(awk -v c="$CPU_USED" -v n="$OK_TOTAL" 'BEGIN {if (n > 0) printf "%.1f", 1000 * c / n}') ms"
