// What the hooks need to know about the run; the runner (test/support/dredd-run.ts) sets it.
// The bearer is the mock's key or, against the live API, a placeholder that the local auth
// proxy replaces: the real key never enters dredd's process (dredd prints failing requests).
'use strict';

const path = require('node:path');

function readSettings(env = process.env) {
  const target = env.DREDD_TARGET === 'live' ? 'live' : 'mock';
  return {
    target,
    serverUrl: (env.DREDD_SERVER_URL || '').replace(/\/+$/, ''),
    bearer: env.DREDD_BEARER || 'contract-suite-key',
    specPath: env.DREDD_SPEC || path.resolve(__dirname, '../../../openapi/xai-video.yaml'),
    pollIntervalMs: Number(env.DREDD_POLL_INTERVAL_MS || (target === 'live' ? 5000 : 0)),
    jobTimeoutMs: Number(env.DREDD_JOB_TIMEOUT_MS || (target === 'live' ? 15 * 60000 : 20000)),
    maxBodyBytes: Number(env.DREDD_MAX_BODY_BYTES || 256 * 1024),
    // The live API allows one request per second per team per model (openapi/xai-video.yaml: Lifecycle, and responses/TooManyRequests).
    minGapMs: target === 'live' ? 1100 : 0,
  };
}

module.exports = { readSettings };
