#!/usr/bin/env bash
# Hostile inputs (issue #10, item 7): the full set of cases (>= 2,000) against AmConnector in-process
# behind the standalone server's pipeline, or against a running server: bench/hostile/run.sh --url http://localhost:5080
# (a Development server with the demo data and demo clients). Extra arguments: --fast, --filter <text>, --verbose.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec dotnet run -c Release --project tests/AmConnector.Benchmarks -- hostile --full "$@"
