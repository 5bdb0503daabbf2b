-- wrk script of the harness (bench/lib/wrk.mjs): one request shape per run, read from
-- the environment so that the bodies stay defined once, in bench/lib/config.mjs.
--   WRK_METHOD   GET (default) or POST
--   WRK_HEADERS  header lines, "Name: value" separated by newlines
--   WRK_BODY     request body (POST)
--   WRK_PATHS    optional file of request paths, one a line; each thread walks the list
--                from its own offset, so that many connections poll many jobs
--   WRK_STATUS   "1": count the status of every answer (costs wrk some speed: it has to
--                hand each answer to Lua)
-- done() prints one JSON line for the harness, prefixed "WRK_RESULT ".

local threads = {}
local count = 0

function setup(thread)
  count = count + 1
  thread:set("thread_index", count)
  table.insert(threads, thread)
end

local function header_lines(text)
  local headers = {}
  for line in string.gmatch(text or "", "[^\n]+") do
    local name, value = string.match(line, "^([^:]+):%s*(.*)$")
    if name then headers[name] = value end
  end
  return headers
end

local function read_paths(file)
  local paths = {}
  for line in io.lines(file) do
    if line ~= "" then table.insert(paths, line) end
  end
  return paths
end

function init(args)
  wrk.method = os.getenv("WRK_METHOD") or "GET"
  for name, value in pairs(header_lines(os.getenv("WRK_HEADERS"))) do wrk.headers[name] = value end
  local body = os.getenv("WRK_BODY")
  if body and body ~= "" then wrk.body = body end

  statuses = {}
  if os.getenv("WRK_STATUS") == "1" then
    response = function(status)
      statuses[status] = (statuses[status] or 0) + 1
    end
  end

  local file = os.getenv("WRK_PATHS")
  if file and file ~= "" then
    local requests = {}
    for i, path in ipairs(read_paths(file)) do requests[i] = wrk.format(nil, path) end
    local n = #requests
    local next_index = ((thread_index or 1) - 1) * 7919 % n -- threads start apart
    request = function()
      next_index = next_index % n + 1
      return requests[next_index]
    end
  end
end

function done(summary, latency, requests)
  local codes = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses") or {}) do
      codes[#codes + 1] = string.format('"%d":%d', status, n)
    end
  end
  local e = summary.errors
  io.write(string.format(
    'WRK_RESULT {"requests":%d,"durationUs":%d,"bytes":%d,' ..
      '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
      '"latencyUs":{"min":%d,"mean":%.1f,"p50":%d,"p90":%d,"p99":%d,"p999":%d,"max":%d},' ..
      '"statuses":{%s},"cpuSeconds":%.3f}\n',
    summary.requests, summary.duration, summary.bytes,
    e.connect, e.read, e.write, e.status, e.timeout,
    latency.min, latency.mean, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency:percentile(99.9), latency.max,
    table.concat(codes, ","), os.clock()))
end
