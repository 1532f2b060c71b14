#!/usr/bin/env bash
# Crash harness: R1 (inbound events survive kill -9 exactly once) and R2 (outbound deliveries
# survive kill -9 at least once, with a stable webhook-id). Loopback only; about 3-5 minutes on an idle
# 2-core machine (each scenario stops itself after --deadline seconds, 300 by default).
#   bench/chaos/run.sh [--seed N]           extra arguments go to both scenarios
#   CHAOS_KEEP=1 bench/chaos/run.sh         keep the servers' data folders (and server.log) afterwards
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

if [[ "${CHAOS_NO_BUILD:-}" != "1" ]]; then
  dotnet build -c Release src/AmConnector.Server -nologo -v quiet
  dotnet build -c Release tests/AmConnector.Benchmarks -nologo -v quiet
fi

server="$root/src/AmConnector.Server/bin/Release/net10.0/AmConnector.Server.dll"
harness="$root/tests/AmConnector.Benchmarks/bin/Release/net10.0/AmConnector.Benchmarks.dll"

status=0
echo "== R1: 1,000 signed change notices, 8 senders, 3 x kill -9 =="
timeout 420 dotnet "$harness" chaos-inbound --server "$server" --events 1000 --senders 8 --kills 3 "$@" || status=1
echo
echo "== R1, acknowledged on store (ADR-020): 32 senders, so each kill leaves stored events not yet applied =="
timeout 420 dotnet "$harness" chaos-inbound --server "$server" --events 1000 --senders 32 --kills 3 --acknowledge OnStore "$@" || status=1
echo
echo "== R2: outbound deliveries to 3 endpoints, 3 x kill -9 while in flight =="
timeout 420 dotnet "$harness" chaos-outbound --server "$server" --events 200 --endpoints 3 --senders 4 --kills 3 "$@" || status=1
exit $status
