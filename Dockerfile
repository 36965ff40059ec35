# syntax=docker/dockerfile:1
# One image per Minyi service; MODULE is the service's module directory:
#   docker build --build-arg MODULE=petition-service -t minyi/petition-service .
# docker-compose.yml builds all five this way.

# ---- build: the module and the modules it depends on (event-contract, platform) ----
FROM maven:3.9-eclipse-temurin-17 AS build
ARG MODULE
WORKDIR /src
COPY . .
# The cache mount keeps ~/.m2 (dependencies, the wrapper's Maven) between builds;
# "locked" because compose builds the five images in parallel.
RUN --mount=type=cache,target=/root/.m2,sharing=locked \
    test -n "${MODULE}" || { echo "Set --build-arg MODULE=<module directory>" >&2; exit 1; }; \
    chmod +x mvnw \
    && ./mvnw -B -q -pl "${MODULE}" -am package -DskipTests

# ---- runtime: the fat jar on a JRE, as a non-root user ----
FROM eclipse-temurin:17-jre
ARG MODULE
LABEL org.opencontainers.image.title="minyi-${MODULE}"

RUN groupadd --system minyi \
    && useradd --system --gid minyi --home-dir /app --no-create-home minyi \
    && mkdir -p /app/data/keys \
    && chown -R minyi:minyi /app/data

WORKDIR /app
COPY --from=build /src/${MODULE}/target/${MODULE}.jar /app/app.jar
COPY --chmod=755 docker/healthcheck.sh /app/healthcheck.sh

# Files a service keeps (the gateway's signing key) live under here; mount a volume on it.
ENV MINYI_DATA_DIR=/app/data
USER minyi

# axoniq.update-checker.disabled: Axon must not call out to AxonIQ on start.
ENTRYPOINT ["java", "-Daxoniq.update-checker.disabled=true", "-jar", "/app/app.jar"]
