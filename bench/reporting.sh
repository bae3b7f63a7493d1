#!/usr/bin/env bash
# Benchmark 3: reporting on a synthetic organisation (10,000 people in 500 teams, 52 weekly closed cycles, ~70% answering):
# one team's insights, the organisation roll-up, and a full weekly digest run for every leader; beside the equivalent
# raw SQL aggregates run by pgbench (psql's protocol) against the same database.
#
#   bench/reporting.sh      knobs: BENCH_REPORT_TEAMS (500), BENCH_REPORT_TEAM_SIZE (20), BENCH_REPORT_WEEKS (52),
#                           BENCH_REPORT_CALLS (30 timed calls of a team report; the organisation and the raw SQL
#                           take a third of that, the year-long roll-up and the digest SQL 3)
source "$(dirname "$0")/lib.sh"
TEAMS=${BENCH_REPORT_TEAMS:-500}
TEAM_SIZE=${BENCH_REPORT_TEAM_SIZE:-20}
WEEKS=${BENCH_REPORT_WEEKS:-52}
CALLS=${BENCH_REPORT_CALLS:-30}

build_service
start_postgres
make_tokens
start_fake_chat
# The digest job stays off here; it is timed on its own below.
start_service PULSECHECK_DIGEST_JOBS_ENABLED=false

log "generating $TEAMS teams x $TEAM_SIZE people, $WEEKS weekly cycles, ~70% answering"
synthetic_org rep "$TEAMS" "$TEAM_SIZE" "$WEEKS" closed 0.7
psql_db -tAc "select count(*) || ' responses, ' || (select count(*) from answer) || ' answers' from response" | sed 's/^/[bench] /' >&2
TEAM=$(psql_db -tAc "select id from team where name = 'bench-rep-2'")

sql_ms() { # runs file [pgbench -D args]: mean latency in ms of 'runs' runs, after one untimed run
    "$PG_BIN/pgbench" -n -t 1 -f "$2" "${@:3}" "$DB_URL" >/dev/null 2>&1
    "$PG_BIN/pgbench" -n -t "$1" -f "$2" "${@:3}" "$DB_URL" 2>&1 | sed -n 's/^latency average = \([0-9.]*\) ms/\1/p'
}
FEW=$((CALLS / 3 > 0 ? CALLS / 3 : 1))

log "timing the service"
year_ago=$(date -u -d '-365 days' +%F)
driver HttpTimer team "$SERVICE_URL/api/v1/teams/$TEAM/insights" "$HR_TOKEN" 5 "$CALLS" | tee "$WORK/service.results" >&2
driver HttpTimer org28 "$SERVICE_URL/api/v1/insights/org" "$HR_TOKEN" 2 "$FEW" | tee -a "$WORK/service.results" >&2
driver HttpTimer org365 "$SERVICE_URL/api/v1/insights/org?from=$year_ago" "$HR_TOKEN" 1 3 | tee -a "$WORK/service.results" >&2
stop_service

# Two raw-SQL baselines: the service's own statements over the closed-cycle statistics (what the ratio is taken
# against), and the aggregate over the answers that they replaced (for reference).
log "timing the raw SQL"
team_sql=$(sql_ms "$FEW" "$BENCH_DIR/sql/report-team-stats.pgbench" -D team="$TEAM")
org28_sql=$(sql_ms "$FEW" "$BENCH_DIR/sql/report-org-stats.pgbench" -D days=28)
org365_sql=$(sql_ms 3 "$BENCH_DIR/sql/report-org-stats.pgbench" -D days=365)
digest_sql=$(sql_ms 3 "$BENCH_DIR/sql/report-digest-stats.pgbench")
team_raw=$(sql_ms "$FEW" "$BENCH_DIR/sql/report-team.pgbench" -D team="$TEAM")
org28_raw=$(sql_ms "$FEW" "$BENCH_DIR/sql/report-org.pgbench" -D days=28)
org365_raw=$(sql_ms 3 "$BENCH_DIR/sql/report-org.pgbench" -D days=365)
digest_raw=$(sql_ms 3 "$BENCH_DIR/sql/report-digest.pgbench")
log "SQL over statistics: team $team_sql ms, organisation $org28_sql ms (28 days) and $org365_sql ms (a year), digest data $digest_sql ms"
log "SQL over answers: team $team_raw ms, organisation $org28_raw ms (28 days) and $org365_raw ms (a year), digest data $digest_raw ms"

# The digest job runs one minute after start-up; make today the digest day, due from midnight, for every leader.
log "digest run: restarting the service with today as the digest day, waiting for its job (about a minute)"
start_service PULSECHECK_DIGEST_WEEKDAY="$(date -u +%A | tr '[:lower:]' '[:upper:]')" PULSECHECK_DIGEST_LOCAL_TIME=00:00
digests=0
for _ in $(seq 1 240); do
    digests=$(psql_db -tAc "select count(*) from outbox_message where kind = 'digest'")
    ((digests >= TEAMS)) && break
    sleep 1
done
# The job logs how long its run took, reads included ("Queued N leader digests for M due leaders in X ms"); a run
# that does not (an older build) is timed from its first to its last queued digest instead.
digest_ms=$(sed -n 's/.*Queued [0-9]* leader digests for [0-9]* due leaders in \([0-9]*\) ms.*/\1/p' "$WORK/service.log" | tail -1)
if [[ -z "$digest_ms" ]]; then
    read -r digest_seconds < <(psql_db -tAc "select round(extract(epoch from max(created_at) - min(created_at))::numeric * count(*) / greatest(count(*) - 1, 1), 3) from outbox_message where kind = 'digest'")
    digest_ms=$(awk -v s="$digest_seconds" 'BEGIN {printf "%.0f", s * 1000}')
fi
log "queued $digests digests in ${digest_ms} ms"

median_of() { awk -v l="$1" '$2 == l {print $6}' "$WORK/service.results"; }
echo
echo "Reporting: $TEAMS teams x $TEAM_SIZE people, $WEEKS weekly cycles; service (HTTP, median) vs its own SQL over"
echo "the closed-cycle statistics (mean; the ratio's baseline) and the aggregate over the answers it replaced (mean)"
printf '%-40s %10s %10s %6s %12s  %s\n' figure "service ms" "stats SQL" ratio "answers SQL" target
printf '%-40s %10s %10s %6s %12s  %s\n' "one team's insights (12 cycles)" "$(median_of team)" "$team_sql" \
    "$(ratio "$(median_of team)" "$team_sql")" "$team_raw" "< 20 ms, <= 1.5x"
printf '%-40s %10s %10s %6s %12s  %s\n' "organisation roll-up (default 28 days)" "$(median_of org28)" "$org28_sql" \
    "$(ratio "$(median_of org28)" "$org28_sql")" "$org28_raw" "< 100 ms"
printf '%-40s %10s %10s %6s %12s  %s\n' "organisation roll-up (a year)" "$(median_of org365)" "$org365_sql" \
    "$(ratio "$(median_of org365)" "$org365_sql")" "$org365_raw" "< 300 ms"
printf '%-40s %10s %10s %6s %12s  %s\n' "weekly digest run, $digests leaders" "$digest_ms" "$digest_sql" \
    "$(ratio "$digest_ms" "$digest_sql")" "$digest_raw" "<= 1.5x"
