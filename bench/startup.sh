#!/usr/bin/env bash
# Benchmark 4: start-up to the first successful API response, and resident memory then (JVM mode),
# beside a bare Quarkus REST application generated here with the same platform version and built the same way.
#
#   bench/startup.sh [runs]        default 5 timed runs of each, alternating, after one untimed warm-up of each
source "$(dirname "$0")/lib.sh"
RUNS=${1:-5}

build_service
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
(cd "$BASE" && ./mvnw -B -q package -DskipTests)

# Migrations run once, in the warm-up, so every timed pulsecheck start finds the schema as a restarted replica would.
mapfile -t SERVICE_ENV < <(service_env)
run_pulsecheck() {
    local port
    port=$(free_port)
    env "${SERVICE_ENV[@]}" QUARKUS_HTTP_PORT="$port" \
        java -cp "$DRIVER_CP" io.pulsecheck.bench.StartupProbe "http://127.0.0.1:$port/api/v1/settings/anonymity" \
        "$HR_TOKEN" "$WORK/pulsecheck.log" java ${BENCH_JAVA_OPTS:-} -jar "$ROOT/target/quarkus-app/quarkus-run.jar"
}
run_baseline() {
    local port
    port=$(free_port)
    QUARKUS_HTTP_PORT="$port" \
        java -cp "$DRIVER_CP" io.pulsecheck.bench.StartupProbe "http://127.0.0.1:$port/hello" - "$WORK/baseline.log" \
        java ${BENCH_JAVA_OPTS:-} -jar "$BASE/target/quarkus-app/quarkus-run.jar"
}

log "warm-up (untimed): one start of each"
run_pulsecheck >/dev/null
run_baseline >/dev/null

P_MS=() P_RSS=() B_MS=() B_RSS=()
for i in $(seq 1 "$RUNS"); do
    out=$(run_pulsecheck)
    read -r ms rss <<<"$out"
    P_MS+=("$ms") P_RSS+=("$rss")
    out=$(run_baseline)
    read -r bms brss <<<"$out"
    B_MS+=("$bms") B_RSS+=("$brss")
    log "run $i/$RUNS: pulsecheck ${ms} ms ${rss} KiB, baseline ${bms} ms ${brss} KiB"
done

pm=$(printf '%s\n' "${P_MS[@]}" | median)
pr=$(printf '%s\n' "${P_RSS[@]}" | median)
bm=$(printf '%s\n' "${B_MS[@]}" | median)
br=$(printf '%s\n' "${B_RSS[@]}" | median)
echo
echo "Start-up and footprint, JVM mode, median of $RUNS runs (target: ratio <= 1.30)"
printf '%-40s %12s %12s %8s\n' "figure" "pulsecheck" "baseline" "ratio"
printf '%-40s %12s %12s %8s\n' "start to first 200 (ms)" "$pm" "$bm" "$(ratio "$pm" "$bm")"
printf '%-40s %12s %12s %8s\n' "RSS after first 200 (MiB)" "$((${pr%.*} / 1024))" "$((${br%.*} / 1024))" "$(ratio "$pr" "$br")"
