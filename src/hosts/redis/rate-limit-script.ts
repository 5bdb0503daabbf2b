// The rate-limit bucket as one Lua script, so that two replicas taking the same bucket at
// the same moment cannot both be let through: read the next allowed time, and either
// answer the wait or move it on, in one atomic step. The same rule as the memory store's
// (src/server/internal/rate-limiter.ts). The key lives as long as its spacing.
export const TAKE_RATE_LIMIT_LUA = `
local allowed_at = tonumber(redis.call('GET', KEYS[1]) or '0')
local now = tonumber(ARGV[1])
local spacing = tonumber(ARGV[2])
if now < allowed_at then
  return math.ceil(allowed_at - now)
end
redis.call('SET', KEYS[1], tostring(now + spacing), 'PX', math.max(1, math.ceil(spacing)))
return 0
`;
