-- wrk script for bench/parts/api.mjs: rotates over the signed-in people's tokens (one per line in the file
-- named by the first argument after `--`, none for an anonymous path), asks for the path in the second
-- argument, and prints the run's figures as one JSON line prefixed with "BENCH " (latencies in microseconds).
local tokens = {}
local path = "/"
local next_token = 1

function init(args)
  path = args[2] or "/"
  if args[1] and args[1] ~= "" and args[1] ~= "-" then
    for line in io.lines(args[1]) do
      if line ~= "" then tokens[#tokens + 1] = line end
    end
  end
  -- Each wrk thread starts at a different token, so the threads do not ask for the same person in step.
  next_token = (math.random(1, math.max(1, #tokens)))
end

function request()
  local headers = { ["Accept-Encoding"] = "gzip" }
  if #tokens > 0 then
    headers["Authorization"] = tokens[next_token]
    next_token = next_token % #tokens + 1
  end
  return wrk.format("GET", path, headers)
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    'BENCH {"requests":%d,"durationMicroseconds":%d,"p50":%d,"p95":%d,"p99":%d,"max":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max,
    errors.connect, errors.read, errors.write, errors.status, errors.timeout))
end
