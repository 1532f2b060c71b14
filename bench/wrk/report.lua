-- wrk script for bench/run.sh: sends the bearer token from AMC_TOKEN (when set) and prints one
-- machine-readable line: requests, non-2xx/3xx or socket errors, requests/s, p50 ms, p99 ms.
local token = os.getenv("AMC_TOKEN")
if token ~= nil and token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
end

done = function(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.status + e.timeout
  io.write(string.format("WRK_RESULT|%d|%d|%.1f|%.2f|%.2f\n",
    summary.requests, errors, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
