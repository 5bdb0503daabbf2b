/**
 * The "Mock controls" section of GET /docs (anchor `#mock-controls`, which the mock's
 * control errors point to). The keys, their values and effects come from the mock's
 * controls table, the admin routes from its route table and the options from the CLI's
 * usage (handed in by the host that serves the page), so the page cannot drift from what
 * the mock accepts.
 */
import { OUTCOMES, type OutcomeKind } from '../lifecycle/index.js';
import { MOCK_CONTROLS, type MockControl, ROUTE_TABLE, STANDARD_PREFERENCES } from '../server/index.js';
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

/** Plain text with `code` in backticks, as the tables write it, to HTML. */
function inline(text: string): string {
  return escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

function valuesCell(control: MockControl): string {
  const { values } = control;
  if (Array.isArray(values)) return values.length === 0 ? '' : list(values);
  const range = values as { min: number; max: number };
  return `${code(String(range.min))} … ${code(String(range.max))}`;
}

function controlRows(prism: boolean): string[][] {
  return MOCK_CONTROLS.filter((control) => Boolean(control.prism) === prism).map((control) => [
    code(control.key),
    valuesCell(control),
    `${inline(control.effect)}${control.serverDefault ? ` Server-wide: ${code(`--${control.key}`)}.` : ''}`,
  ]);
}

function adminRows(): string[][] {
  return ROUTE_TABLE.filter((entry) => entry.kind !== 'api').flatMap((entry) =>
    Object.keys(entry.methods)
      .filter((method) => method !== 'HEAD')
      .map((method) => [code(`${method} ${entry.path}`), inline(entry.summary)]),
  );
}

function preferPart(): string {
  return `<h3 id="prefer-header">Per request: the <code>Prefer</code> header</h3>
<p>Send it with the create request (${code('POST /v1/videos/generations')}, ${code('/extensions')}, ${code('/edits')}),
RFC 7240 style: ${code('Prefer: outcome=failed, error-code=internal_error')}. An unknown key or value is a 400
that names it; the standard preferences ${list(STANDARD_PREFERENCES)} are accepted and ignored. A poll takes only
Prism's ${code('code')} and ${code('example')}.</p>
${htmlTable(['key', 'values', 'effect'], controlRows(false))}
<h4 id="prism-preferences">Prism's vocabulary</h4>
<p>Coming from ${code('prism mock')}? Its ${code('Prefer')} keys work here too, on the create or on a poll, with the spec's
example names (${code('example=failed')}, ${code('example=expired')}, ${code('example=unauthenticated')}, ...).</p>
${htmlTable(['key', 'values', 'effect'], controlRows(true))}
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
${htmlTable(['route', 'what it does'], adminRows())}`;
}

/**
 * The section, as the description of Redoc's "Mock controls" tag (docs-spec.ts): one HTML
 * block with no blank line in it, so that Redoc's markdown renderer passes it through
 * whole (a blank line ends an HTML block in CommonMark). `usage` is the CLI's --help text.
 */
export function mockControlsSection(usage: string): string {
  return `<div class="mock-controls">
<p>Everything in this section exists only on the mock (${code('xai-video-mock')}): send it to the mock, never to the live API.
Each control is deterministic: the job's whole fate is packed into its ${code('request_id')}.</p>
${preferPart()}
${timePart()}
${adminPart()}
<h3 id="cli-options">Command-line options</h3>
<pre>${preformatted(usage)}</pre>
</div>`;
}

/** Escaped text for a <pre>, its empty lines written as character references (not blank lines). */
function preformatted(text: string): string {
  return escapeHtml(text).replace(/\n(?=[ \t]*\n)/g, '&#10;');
}
