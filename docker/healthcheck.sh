#!/usr/bin/env bash
# Container healthcheck for the Minyi images, which have no curl:
#   healthcheck.sh PORT [PATH]   (PATH defaults to /actuator/health/readiness)
# Sends GET http://127.0.0.1:PORT/PATH over bash's /dev/tcp and succeeds on HTTP 200
# (Spring Boot answers 503 while the service is DOWN or OUT_OF_SERVICE).
set -euo pipefail

port="${1:?usage: healthcheck.sh PORT [PATH]}"
path="${2:-/actuator/health/readiness}"

exec 3<>"/dev/tcp/127.0.0.1/${port}"
printf 'GET %s HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\nConnection: close\r\n\r\n' "${path}" >&3
IFS= read -r -t 5 status_line <&3
exec 3<&-

case "${status_line}" in
  "HTTP/1."[01]" 200"*) exit 0 ;;
  *) echo "unhealthy: ${status_line:-no answer}" >&2; exit 1 ;;
esac
