#!/usr/bin/env bash
# [Speed and survival] load scenarios, each beside its ceiling in the same run (docs/performance.md).
#   bench/run.sh            full run (about 15 minutes once the database exists)
#   bench/run.sh --quick    shorter wrk runs, P4/P5 and P6 rounds; P2 stops after 3 minutes (marked in its table)
#   bench/run.sh --queries-only   P1–P3 and P6 only
# Generates the 1M-lot database once (bench/.data/, git-ignored; delete it to regenerate).
# Runs unattended; needs wrk (installed with apt-get when missing) and the .NET SDK of global.json.
set -euo pipefail
cd "$(dirname "$0")/.."

QUICK=0
QUERIES_ONLY=0
for arg in "$@"; do
  case "$arg" in
    --quick) QUICK=1 ;;
    --queries-only) QUERIES_ONLY=1 ;;  # P1–P3 and P6 only (P4 and P5 run on their own hosts and take ~3 minutes more)
    *) echo "usage: bench/run.sh [--quick] [--queries-only]" >&2; exit 2 ;;
  esac
done
if (( QUICK )); then DURATION=10s; WARMUP=20s; P2_LIMIT=180; P4_SECONDS=8; P5_ROUNDS=8; P6_ROUNDS=1; else DURATION=30s; WARMUP=30s; P2_LIMIT=900; P4_SECONDS=20; P5_ROUNDS=20; P6_ROUNDS=3; fi
CONNECTIONS=64
SEED=42
DB=bench/.data/amconnector-1m-seed${SEED}.db
AMC_PORT=5181
CEILING_PORT=5182
AMC=http://127.0.0.1:${AMC_PORT}
CEILING=http://127.0.0.1:${CEILING_PORT}
OUT=$(mktemp -d)
# Its own output folder, so a build in the working tree never replaces the binaries of a running measurement.
BIN=bench/.data/bin
BENCH="dotnet $BIN/AmConnector.Benchmarks.dll"

if ! command -v wrk >/dev/null; then
  SUDO=""; (( EUID != 0 )) && SUDO=sudo
  $SUDO apt-get update && $SUDO apt-get install -y wrk
fi

echo "== build (Release)"
dotnet build -c Release tests/AmConnector.Benchmarks -o "$BIN" -nologo -v quiet

if [[ ! -f "$DB" ]]; then
  echo "== generate $DB (seed $SEED; once, a few minutes)"
  $BENCH generate --out "$DB" --seed "$SEED"
fi

PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$OUT"; }
trap cleanup EXIT

wait_for() {
  for _ in $(seq 1 120); do curl -sf -o /dev/null "$1" && return 0; sleep 1; done
  echo "no answer from $1" >&2; exit 1
}

echo "== start AmConnector ($AMC) and the ceiling ($CEILING) over $DB"
$BENCH serve --db "$DB" --port $AMC_PORT >"$OUT/amc.log" 2>&1 & AMC_PID=$!; PIDS+=("$AMC_PID")
$BENCH ceiling --db "$DB" --port $CEILING_PORT >"$OUT/ceiling.log" 2>&1 & CEILING_PID=$!; PIDS+=("$CEILING_PID")
wait_for "$AMC/health/ready"
wait_for "$CEILING/lots?after=Z"
TOKEN=$($BENCH token --server "$AMC")
LOT=$($BENCH pick-lot --db "$DB")
echo "   token for lims-demo (am.read); P1 lot $LOT; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

# wrk against one URL: a warm-up, then the measured run; prints the WRK_RESULT line.
# The warm-up is long because the product is not steady after a few seconds: on 2 cores the runtime
# is still compiling its ~25,000 methods to tier 1 for about 40 s of load (700 methods a second at
# 10 s), and P3 runs at half its steady rate meanwhile. The ceiling, a few hundred methods, gets the same warm-up.
load() { # name url token
  # --timeout: a slow answer counts in the latency instead of vanishing as a socket timeout.
  AMC_TOKEN="$3" wrk -t2 -c$CONNECTIONS -d$WARMUP --timeout 30s -s bench/wrk/report.lua "$2" >/dev/null
  local line
  line=$(AMC_TOKEN="$3" wrk -t2 -c$CONNECTIONS -d$DURATION --timeout 30s -s bench/wrk/report.lua "$2" | grep '^WRK_RESULT')
  echo "$1${line#WRK_RESULT}"
}

table() { # title ceiling-line product-line
  echo
  echo "| $1 | requests | errors | per second | p50 ms | p99 ms | ratio to ceiling |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  awk -F'|' 'NR==1 { c=$4 } { printf "| %s | %d | %d | %.0f | %.1f | %.1f | %.2f |\n", $1, $2, $3, $4, $5, $6, (c > 0 ? $4/c : 0) }' <<<"$2"$'\n'"$3"
}

# First, while both servers are fresh: the peak memory (VmHWM) is then the paging's own, not what
# 64 connections of P1 and P3 left the heap at (docs/performance.md says what that adds).
echo "== P2: the whole Lots feed through @odata.nextLink, 1,000 a page"
P2_CEILING=$($BENCH page --name "hand-written keyset paging (ceiling)" --url "$CEILING/lots" --pid "$CEILING_PID" --limit-seconds $P2_LIMIT | grep '^PAGE_RESULT' || true)
P2_AMC=$($BENCH page --name "AmConnector /odata/Lots" --url "$AMC/odata/Lots" --token "$TOKEN" --pid "$AMC_PID" --limit-seconds $P2_LIMIT | grep '^PAGE_RESULT' || true)

echo "== P1: usability of one lot, $CONNECTIONS connections, $DURATION"
P1_CEILING=$(load "hand-written ADO.NET (ceiling)" "$CEILING/lots/$LOT/usability" "")
P1_AMC=$(load "AmConnector Lots(id)/AmConnector.Usability()" "$AMC/odata/Lots($LOT)/AmConnector.Usability()" "$TOKEN")

P3_QUERY="\$filter=Status%20eq%20'Released'%20and%20ExpiresOn%20lt%202027-06-01&\$expand=Material(\$select=Name;\$expand=Supplier(\$select=Code))&\$top=50&\$orderby=ExpiresOn"
echo "== P3: released lots expiring before 2027-06-01 with material and supplier, $CONNECTIONS connections, $DURATION"
P3_CEILING=$(load "hand-written ADO.NET (ceiling)" "$CEILING/released-expiring" "")
P3_AMC=$(load "AmConnector /odata/Lots?\$filter…" "$AMC/odata/Lots?$P3_QUERY" "$TOKEN")

echo "== P6: usability of 500 lots, one batch call against 500 single calls"
P6_TABLE=$($BENCH usability-batch --server "$AMC" --token "$TOKEN" --db "$DB" --lots 500 --rounds $P6_ROUNDS)

cleanup; PIDS=(); trap - EXIT

P4_TABLE="(not run: --queries-only)"; P5_TABLE="$P4_TABLE"
if (( ! QUERIES_ONLY )); then
echo "== P4: signed inbound change notices (its own hosts, demo data)"
P4_TABLE=$($BENCH inbound --seconds $P4_SECONDS --senders 32 --warmup ${WARMUP%s} | sed -n -e '/^On /p' -e '/^| scenario/,$p')
echo "== P5: one event to 100 endpoints (its own hosts, demo data)"
P5_TABLE=$($BENCH fanout --seconds $P5_ROUNDS | sed -n '/^| /,$p')
fi

echo
echo "# Results ($(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD), $(nproc) cores, load average now $(cut -d' ' -f1-3 /proc/loadavg))"
table "P1: usability of one lot" "$P1_CEILING" "$P1_AMC"
table "P3: the representative LIMS query" "$P3_CEILING" "$P3_AMC"
echo
echo "| P2: whole Lots feed, 1,000 a page | rows | pages | seconds | rows/s | server peak RSS MiB (sampled) | server VmHWM MiB | ratio to ceiling |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
awk -F'|' 'NR==1 { c=$6 } { printf "| %s%s | %d | %d | %.1f | %.0f | %s | %s | %.2f |\n", $2, ($9 == "" ? "" : " (" $9 ")"), $3, $4, $5, $6, $7, $8, (c > 0 ? $6/c : 0) }' <<<"$P2_CEILING"$'\n'"$P2_AMC"
echo "$P6_TABLE"
echo
echo "P4 (ceiling first):"
echo "$P4_TABLE"
echo
echo "P5:"
echo "$P5_TABLE"
