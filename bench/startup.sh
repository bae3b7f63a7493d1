#!/usr/bin/env bash
# Benchmark 4: start-up to the first successful API response, and resident memory then (JVM mode), beside two
# Quarkus applications generated here with the same platform version and built the same way: a bare REST application,
# and one with exactly pulsecheck's Quarkus extensions, one entity, one migration and a JWT-protected endpoint that
# reads the database (io.pulsecheck.bench.SameExtensionsApp).
#
#   bench/startup.sh [runs]        default 5 timed runs of each, alternating, after one untimed warm-up of each
#
# BENCH_AOT_JDK=<java home>        also start pulsecheck on that JDK (24 or later) without and with a JDK AOT cache
#                                  (JEP 483) recorded by one training run: start, first 200, SIGTERM.
# BENCH_SERVICE_ENV="VAR=value ..." extra configuration of pulsecheck's starts (e.g. to undo one of its settings).
# BENCH_APPCDS=1                   build all three applications with quarkus.package.jar.appcds.enabled=true and start
#                                  each with its AppCDS archive (-XX:SharedArchiveFile), on the default JDK.
source "$(dirname "$0")/lib.sh"
RUNS=${1:-5}

APPCDS_BUILD=()
if [[ ${BENCH_APPCDS:-0} == 1 ]]; then
    APPCDS_BUILD=(-Dquarkus.package.jar.appcds.enabled=true)
    if [[ ${BENCH_SKIP_BUILD:-0} != 1 || ! -f $ROOT/target/quarkus-app/app-cds.jsa ]]; then
        log "building the service with an AppCDS archive"
        (cd "$ROOT" && ./mvnw -B -q package -DskipTests "${APPCDS_BUILD[@]}")
    fi
    # build_service must not rebuild without the archive.
    BENCH_SKIP_BUILD=1
fi
# The AppCDS archive of an application, as JVM options; nothing unless BENCH_APPCDS=1.
cds_opts() { [[ ${BENCH_APPCDS:-0} == 1 ]] && echo "-XX:SharedArchiveFile=$1/app-cds.jsa"; }
# Stops the run when an archive is asked for and missing: a start without it would be reported as a start with it.
# Runs a command in a directory: an AppCDS archive names quarkus-run.jar relative to the application's directory, so
# every application starts from there, as the Quarkus AppCDS guide launches it.
IN_DIR=(sh -c 'cd "$0" && exec "$@"')
require_cds() {
    [[ ${BENCH_APPCDS:-0} != 1 || -f $1/app-cds.jsa ]] || { log "no AppCDS archive in $1"; exit 1; }
}

build_service
require_cds "$ROOT/target/quarkus-app"
start_postgres
make_tokens

QUARKUS_VERSION=$(sed -n 's:.*<quarkus.platform.version>\(.*\)</quarkus.platform.version>.*:\1:p' "$ROOT/pom.xml" | head -1)
BASE=$WORK/bare-rest
log "generating the baseline: a bare Quarkus $QUARKUS_VERSION REST application"
mkdir -p "$BASE/src/main/java/bench" "$BASE/src/main/resources"
cp -r "$ROOT/mvnw" "$ROOT/.mvn" "$BASE/"
cat >"$BASE/pom.xml" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
    <modelVersion>4.0.0</modelVersion>
    <groupId>bench</groupId>
    <artifactId>bare-rest</artifactId>
    <version>1.0.0</version>
    <properties>
        <maven.compiler.release>17</maven.compiler.release>
        <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    </properties>
    <dependencyManagement>
        <dependencies>
            <dependency>
                <groupId>io.quarkus.platform</groupId>
                <artifactId>quarkus-bom</artifactId>
                <version>$QUARKUS_VERSION</version>
                <type>pom</type>
                <scope>import</scope>
            </dependency>
        </dependencies>
    </dependencyManagement>
    <dependencies>
        <dependency>
            <groupId>io.quarkus</groupId>
            <artifactId>quarkus-rest</artifactId>
        </dependency>
    </dependencies>
    <build>
        <plugins>
            <plugin>
                <groupId>io.quarkus.platform</groupId>
                <artifactId>quarkus-maven-plugin</artifactId>
                <version>$QUARKUS_VERSION</version>
                <extensions>true</extensions>
                <executions>
                    <execution>
                        <goals>
                            <goal>build</goal>
                        </goals>
                    </execution>
                </executions>
            </plugin>
            <plugin>
                <artifactId>maven-compiler-plugin</artifactId>
                <version>3.14.1</version>
            </plugin>
        </plugins>
    </build>
</project>
POM
cat >"$BASE/src/main/java/bench/HelloResource.java" <<'JAVA'
package bench;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/hello")
public class HelloResource {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String hello() {
        return "hello";
    }
}
JAVA
echo "quarkus.http.host=127.0.0.1" >"$BASE/src/main/resources/application.properties"
(cd "$BASE" && ./mvnw -B -q package -DskipTests "${APPCDS_BUILD[@]}")
require_cds "$BASE/target/quarkus-app"

SAME=$WORK/same-extensions
log "generating the second baseline: Quarkus $QUARKUS_VERSION with pulsecheck's extensions, one entity, one migration"
driver SameExtensionsApp "$ROOT/pom.xml" "$SAME"
cp -r "$ROOT/mvnw" "$ROOT/.mvn" "$SAME/"
(cd "$SAME" && ./mvnw -B -q package -DskipTests "${APPCDS_BUILD[@]}")
require_cds "$SAME/target/quarkus-app"
psql_db -c "create database same_extensions"

# Migrations run once, in the warm-up, so every timed pulsecheck start finds the schema as a restarted replica would.
mapfile -t SERVICE_ENV < <(service_env)
run_pulsecheck() {
    local port
    port=$(free_port)
    # shellcheck disable=SC2086 # BENCH_SERVICE_ENV is a list of VAR=value words on purpose.
    env "${SERVICE_ENV[@]}" ${BENCH_SERVICE_ENV:-} QUARKUS_HTTP_PORT="$port" \
        java -cp "$DRIVER_CP" io.pulsecheck.bench.StartupProbe "http://127.0.0.1:$port/api/v1/settings/anonymity" \
        "$HR_TOKEN" "$WORK/pulsecheck.log" "${IN_DIR[@]}" "$ROOT/target/quarkus-app" \
        java ${BENCH_JAVA_OPTS:-} $(cds_opts "$ROOT/target/quarkus-app") -jar quarkus-run.jar
}
run_baseline() {
    local port
    port=$(free_port)
    QUARKUS_HTTP_PORT="$port" \
        java -cp "$DRIVER_CP" io.pulsecheck.bench.StartupProbe "http://127.0.0.1:$port/hello" - "$WORK/baseline.log" \
        "${IN_DIR[@]}" "$BASE/target/quarkus-app" \
        java ${BENCH_JAVA_OPTS:-} $(cds_opts "$BASE/target/quarkus-app") -jar quarkus-run.jar
}

run_same_extensions() {
    local port
    port=$(free_port)
    env QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/same_extensions" \
        QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
        MP_JWT_VERIFY_PUBLICKEY_LOCATION="$JWT_PUBLIC_KEY" MP_JWT_VERIFY_ISSUER="$JWT_ISSUER" \
        MP_JWT_VERIFY_AUDIENCES="$JWT_AUDIENCE" QUARKUS_HTTP_PORT="$port" \
        java -cp "$DRIVER_CP" io.pulsecheck.bench.StartupProbe "http://127.0.0.1:$port/notes/count" \
        "$HR_TOKEN" "$WORK/same-extensions.log" "${IN_DIR[@]}" "$SAME/target/quarkus-app" \
        java ${BENCH_JAVA_OPTS:-} $(cds_opts "$SAME/target/quarkus-app") -jar quarkus-run.jar
}
# pulsecheck on another JDK, with extra JVM options (an AOT cache); the probe itself stays on the default JDK.
run_pulsecheck_on() {
    local jdk=$1 port
    shift
    port=$(free_port)
    # shellcheck disable=SC2086 # BENCH_SERVICE_ENV is a list of VAR=value words on purpose.
    env "${SERVICE_ENV[@]}" ${BENCH_SERVICE_ENV:-} QUARKUS_HTTP_PORT="$port" \
        java -cp "$DRIVER_CP" io.pulsecheck.bench.StartupProbe "http://127.0.0.1:$port/api/v1/settings/anonymity" \
        "$HR_TOKEN" "$WORK/pulsecheck-aot.log" "$jdk/bin/java" ${BENCH_JAVA_OPTS:-} "$@" \
        -jar "$ROOT/target/quarkus-app/quarkus-run.jar"
}
# Training run for the AOT cache: the JVM writes the cache when the process exits normally, so the probe stops it with
# SIGTERM instead of killing it.
train_aot_cache() {
    local jdk=$1 port
    port=$(free_port)
    # shellcheck disable=SC2086 # BENCH_SERVICE_ENV is a list of VAR=value words on purpose.
    env "${SERVICE_ENV[@]}" ${BENCH_SERVICE_ENV:-} QUARKUS_HTTP_PORT="$port" \
        java -Dprobe.stop=graceful -cp "$DRIVER_CP" io.pulsecheck.bench.StartupProbe \
        "http://127.0.0.1:$port/api/v1/settings/anonymity" "$HR_TOKEN" "$WORK/pulsecheck-aot-training.log" \
        "$jdk/bin/java" ${BENCH_JAVA_OPTS:-} -XX:AOTCacheOutput="$WORK/pulsecheck.aot" \
        -jar "$ROOT/target/quarkus-app/quarkus-run.jar" >/dev/null
    if [[ ! -s $WORK/pulsecheck.aot ]]; then
        log "the training run wrote no AOT cache; see $WORK/pulsecheck-aot-training.log"
        exit 1
    fi
}

log "warm-up (untimed): one start of each"
run_pulsecheck >/dev/null
run_baseline >/dev/null
run_same_extensions >/dev/null
if [[ -n ${BENCH_AOT_JDK:-} ]]; then
    log "training an AOT cache on $("$BENCH_AOT_JDK/bin/java" -version 2>&1 | head -1)"
    train_aot_cache "$BENCH_AOT_JDK"
fi

P_MS=() P_RSS=() B_MS=() B_RSS=() S_MS=() S_RSS=() J_MS=() J_RSS=() A_MS=() A_RSS=()
for i in $(seq 1 "$RUNS"); do
    read -r ms rss <<<"$(run_pulsecheck)"
    P_MS+=("$ms") P_RSS+=("$rss")
    read -r bms brss <<<"$(run_baseline)"
    B_MS+=("$bms") B_RSS+=("$brss")
    read -r sms srss <<<"$(run_same_extensions)"
    S_MS+=("$sms") S_RSS+=("$srss")
    log "run $i/$RUNS: pulsecheck ${ms} ms ${rss} KiB, bare REST ${bms} ms ${brss} KiB, same extensions ${sms} ms ${srss} KiB"
    if [[ -n ${BENCH_AOT_JDK:-} ]]; then
        read -r jms jrss <<<"$(run_pulsecheck_on "$BENCH_AOT_JDK")"
        J_MS+=("$jms") J_RSS+=("$jrss")
        read -r ams arss <<<"$(run_pulsecheck_on "$BENCH_AOT_JDK" -XX:AOTCache="$WORK/pulsecheck.aot")"
        A_MS+=("$ams") A_RSS+=("$arss")
        log "run $i/$RUNS: pulsecheck on $BENCH_AOT_JDK ${jms} ms ${jrss} KiB, with its AOT cache ${ams} ms ${arss} KiB"
    fi
done

pm=$(printf '%s\n' "${P_MS[@]}" | median)
pr=$(printf '%s\n' "${P_RSS[@]}" | median)
bm=$(printf '%s\n' "${B_MS[@]}" | median)
br=$(printf '%s\n' "${B_RSS[@]}" | median)
sm=$(printf '%s\n' "${S_MS[@]}" | median)
sr=$(printf '%s\n' "${S_RSS[@]}" | median)
mib() { echo $((${1%.*} / 1024)); }
echo
echo "Start-up and footprint, JVM mode, median of $RUNS runs (target: <= 1.20 x the same-extension app)$([[ ${BENCH_APPCDS:-0} == 1 ]] && echo ', each with its AppCDS archive')"
printf '%-32s %11s %10s %6s %15s %6s\n' "figure" "pulsecheck" "bare REST" "ratio" "same extensions" "ratio"
printf '%-32s %11s %10s %6s %15s %6s\n' "start to first 200 (ms)" "$pm" "$bm" "$(ratio "$pm" "$bm")" \
    "$sm" "$(ratio "$pm" "$sm")"
printf '%-32s %11s %10s %6s %15s %6s\n' "RSS after first 200 (MiB)" "$(mib "$pr")" "$(mib "$br")" \
    "$(ratio "$pr" "$br")" "$(mib "$sr")" "$(ratio "$pr" "$sr")"
if [[ -n ${BENCH_AOT_JDK:-} ]]; then
    jm=$(printf '%s\n' "${J_MS[@]}" | median)
    jr=$(printf '%s\n' "${J_RSS[@]}" | median)
    am=$(printf '%s\n' "${A_MS[@]}" | median)
    ar=$(printf '%s\n' "${A_RSS[@]}" | median)
    echo
    echo "pulsecheck on $BENCH_AOT_JDK, median of $RUNS runs (ratios against the same-extension app on the default JDK)"
    printf '%-32s %11s %6s %15s %6s\n' "figure" "no cache" "ratio" "AOT cache" "ratio"
    printf '%-32s %11s %6s %15s %6s\n' "start to first 200 (ms)" "$jm" "$(ratio "$jm" "$sm")" "$am" "$(ratio "$am" "$sm")"
    printf '%-32s %11s %6s %15s %6s\n' "RSS after first 200 (MiB)" "$(mib "$jr")" "$(ratio "$jr" "$sr")" \
        "$(mib "$ar")" "$(ratio "$ar" "$sr")"
fi
