#!/usr/bin/env bash
# Runs the whole Minyi suite on this machine: embedded PostgreSQL and Kafka, the five services.
# Needs a JDK 17, and Node.js 20 with npm to build the web application. Builds first when the sources changed since
# the last build.
# Environment: MINYI_DATA_DIR (./data), GATEWAY_PORT (8080; services on the next four ports),
# MINYI_KAFKA_PORT (9092), MINYI_PG_PORT (5432), MINYI_DEMO (true), MINYI_COUNTY_FILE,
# MINYI_SERVICE_JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")"

stamp=local-suite/target/.minyi-built
needs_build() {
  [ -f "$stamp" ] || return 0
  [ -f local-suite/target/classpath.txt ] || return 0
  for m in gateway deputy-service proposal-service petition-service reporting-service; do
    [ -f "$m/target/$m.jar" ] || return 0
  done
  [ -n "$(find . -path ./data -prune -o -path '*/target' -prune -o -path '*/node_modules' -prune -o -path ./web/dist -prune \
      -o \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' -o -path './web/src/*' \
      -o -path './web/openapi/*' -o -path './web/public/*' -o -path './web/package*.json' -o -path './web/index.html' -o -path './web/vite.config.ts' \) \
      -newer "$stamp" -print -quit)" ]
}

if needs_build; then
  echo "[minyi] building (./mvnw -DskipTests package) ..."
  ./mvnw -q -B -DskipTests package
  touch "$stamp"
fi

exec java -Xmx256m -Dminyi.home="$PWD" \
  -cp "local-suite/target/classes:$(cat local-suite/target/classpath.txt)" \
  org.minyi.local.LocalSuite
