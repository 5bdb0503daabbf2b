/**
 * The "Mock controls" section of GET /docs (anchor `#mock-controls`, which the mock's
 * control errors point to). Lists come from the code (outcomes, error codes, statuses,
 * the CLI's USAGE), so the page cannot drift from what the mock accepts; a test in
 * test/browser checks the remaining hand-written parts against the parser.
 */
import { INJECTABLE_STATUSES } from '../server/error-catalogue.js';
import { JOB_ERROR_CODES, OUTCOMES, POLL_ERROR_STATUSES, type OutcomeKind } from '../lifecycle/index.js';
import { USAGE } from '../hosts/cli-options.js';
import { code, escapeHtml, htmlTable } from './html.js';

/** What each outcome looks like on the wire and what the typed client makes of it. */
const OUTCOME_ROWS: Record<OutcomeKind, [wire: string, client: string]> = {
  done: ['200 {"status": "done", "video": {"url", "duration", "respect_moderation": true}, "usage"}', 'returns the FinishedVideo'],
  failed: ['200 {"status": "failed", "error": {"code", "message"}}', 'VideoFailedError (jobErrorCode)'],
  'moderated-failed': ['200 failed with error.code "invalid_argument" and protobuf zero values', 'VideoModeratedError, via "job-failed"'],
  'moderated-done': ['200 done with "respect_moderation": false and an empty url', 'VideoModeratedError, via "respect-moderation"'],
  'moderated-http': ['400 {"code": "imagine:content-moderated", "error"} on the poll', 'VideoModeratedError, via "http-400"'],
  expired: ['200 {"status": "expired"} once the job has run', 'VideoExpiredError'],
};

const list = (values: readonly (string | number)[]) => values.map((value) => code(String(value))).join(' ');

/** The `Prefer` keys the mock understands: [key, values, effect]. */
export const PREFER_KEYS: [key: string, values: string, effect: string][] = [
  ['outcome', list(OUTCOMES), 'How the job ends (table below). Default: done.'],
  ['error-code', list(JOB_ERROR_CODES), `The failed job's ${code('error.code')}. Alone, it implies ${code('outcome=failed')}.`],
  [
    'timing',
    list(['instant', 'realistic', 'slow']),
    'Run time of this job: instant finishes on the first poll; realistic takes seconds; slow ten times longer.',
  ],
  ['polls', `${code('1')} … ${code('63')}`, 'The job finishes on its Nth poll, whatever the clock says (deterministic tests).'],
  [
    'create-status',
    list(INJECTABLE_STATUSES),
    "The create request itself fails with this status, in the API's error shape (429, 503 and 529 carry Retry-After).",
  ],
  ['poll-status', list(POLL_ERROR_STATUSES.filter((status) => status !== 0)), 'Every poll of this job answers this status instead.'],
  [
    'dialect',
    list(['legacy-pending-200', 'no-status', 'empty-202']),
    `Older live behaviour for this job; combine with ${code('+')}: pending as 200, finished bodies without status, 202 without a body.`,
  ],
  [
    'input-duration',
    `${code('1')} … ${code('30')}`,
    'Length in seconds assumed for a source video the mock cannot measure (a file_id or a foreign URL).',
  ],
];

const ADMIN_ROWS: [route: string, what: string][] = [
  ['GET /__mock/health', 'Status, uptime, the clock and the effective settings.'],
  ['POST /__mock/reset', 'Forgets the recent-jobs list and sets the clock back. Request ids still carry their jobs.'],
  ['GET /__mock/jobs', 'The last 100 jobs with status and progress (listing does not count as a poll).'],
  ['GET /__mock/clock', "The mock's now and its offset from the wall clock."],
  ['POST /__mock/clock/advance', `Moves every job forward: ${code('{"ms": N}')} or ${code('{"seconds": N}')} (or ${code('?seconds=N')}).`],
  ['GET /__mock/videos/xai-video-{request_id}.mp4', 'The finished video (a real H.264 MP4 with a test card; Range and HEAD supported).'],
];

function preferPart(): string {
  return `<h3 id="prefer-header">Per request: the <code>Prefer</code> header</h3>
<p>Send it with the create request (${code('POST /v1/videos/generations')}, ${code('/extensions')}, ${code('/edits')}),
RFC 7240 style: ${code('Prefer: outcome=failed, error-code=internal_error')}. An unknown key or value is a 400
that names it; the standard preferences ${code('respond-async')}, ${code('return')}, ${code('wait')} and ${code('handling')} are accepted and ignored.</p>
${htmlTable(
  ['key', 'values', 'effect'],
  PREFER_KEYS.map(([key, values, effect]) => [code(key), values, effect]),
)}
<h4 id="outcomes">Outcomes</h4>
${htmlTable(
  ['outcome', 'the poll answers', 'the typed client'],
  OUTCOMES.map((kind) => [code(kind), code(OUTCOME_ROWS[kind][0]), escapeHtml(OUTCOME_ROWS[kind][1])]),
)}
<h3 id="prompt-tag">The prompt tag</h3>
<p>Clients that cannot set headers (the official SDKs, a tutorial's script) put the same tokens in the prompt:
${code('"A red balloon [mock: outcome=moderated-http]"')}. When both are present, the header wins.</p>`;
}

function timePart(): string {
  return `<h3 id="time-controls">Time</h3>
<p>Jobs run on the mock's own clock, so they can be hurried without sleeping:</p>
<ul>
<li>${code('--timing realistic|instant|slow')} sets the default; ${code('Prefer: timing=…')} overrides it per job.
Realistic jobs take seconds, longer for longer videos, higher resolutions, extensions and edits.</li>
<li>${code('--time-scale 4')} runs every job four times faster; ${code('--polls N')} or ${code('Prefer: polls=N')} ignores the clock.</li>
<li>${code('POST /__mock/clock/advance')} with ${code('{"seconds": 10}')} moves every job ten seconds on; finished jobs turn
${code('expired')} after ${code('--ttl')} seconds (a day by default), so advancing past it shows a real expiry.</li>
</ul>`;
}

function adminPart(): string {
  return `<h3 id="admin-endpoints">Admin endpoints</h3>
<p>Mock-only, under ${code('/__mock')}, without authentication. Pages: ${code('GET /')} (playground), ${code('GET /docs')} (this page),
${code('GET /openapi.yaml')} and ${code('GET /openapi.json')} (the contract).</p>
${htmlTable(
  ['route', 'what it does'],
  ADMIN_ROWS.map(([route, what]) => [code(route), what]),
)}`;
}

export function mockControlsSection(): string {
  return `<section id="mock-controls">
<h2>Mock controls</h2>
<p>Everything below exists only on the mock (${code('xai-video-mock')}): send it to the mock, never to the live API.
Each control is deterministic: the job's whole fate is packed into its ${code('request_id')}.</p>
${preferPart()}
${timePart()}
${adminPart()}
<h3 id="cli-options">Command-line options</h3>
<pre>${escapeHtml(USAGE)}</pre>
</section>`;
}
