// The few calls the hooks make themselves: create a job, poll it until it leaves pending.
'use strict';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function createVideoApi(settings) {
  let nextSlot = 0;
  /** Waits for the next request slot of the run (dredd's own requests and the hooks'). */
  async function pace() {
    const now = Date.now();
    const slot = Math.max(now, nextSlot);
    nextSlot = slot + settings.minGapMs;
    if (slot > now) await sleep(slot - now);
  }

  const headers = (extra) => ({ authorization: `Bearer ${settings.bearer}`, 'content-type': 'application/json', ...extra });

  async function createJob(path, body, prefer) {
    await pace();
    const response = await fetch(`${settings.serverUrl}${path}`, {
      method: 'POST',
      headers: headers(prefer ? { prefer } : {}),
      body: JSON.stringify(body),
    });
    const json = await response.json().catch(() => ({}));
    if (response.status !== 200 || typeof json.request_id !== 'string') {
      throw new Error(`creating a job for the hooks failed: ${response.status} ${JSON.stringify(json)}`);
    }
    return json.request_id;
  }

  async function poll(id) {
    await pace();
    const response = await fetch(`${settings.serverUrl}/v1/videos/${encodeURIComponent(id)}`, { headers: headers() });
    const text = await response.text();
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    const pending = response.status === 202 || (response.status === 200 && json && json.status === 'pending');
    return { status: response.status, json, pending };
  }

  async function pollUntilFinished(id) {
    const deadline = Date.now() + settings.jobTimeoutMs;
    for (;;) {
      const answer = await poll(id);
      if (!answer.pending) return answer;
      if (Date.now() + settings.pollIntervalMs > deadline) throw new Error(`job ${id} still pending after ${settings.jobTimeoutMs} ms`);
      await sleep(Math.max(settings.pollIntervalMs, 50));
    }
  }

  return { pace, createJob, poll, pollUntilFinished };
}

module.exports = { createVideoApi };
