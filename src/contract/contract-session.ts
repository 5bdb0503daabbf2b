// One flow's conversation with a target. Every response of a spec operation is checked
// against the spec (status, headers, body) as it arrives; problems are collected, not
// thrown, so that one run can report every drift at once (and so that a test can run the
// same flows against a drifted server and assert what they report).
import type { OperationId, SpecValidators } from '../spec/index.js';
import type { FixtureRecorder } from './fixture-recorder.js';
import { redactSecrets } from './redact-secrets.js';
import type { Clockwork, RequestPacer } from './request-pacer.js';
import { checkResponse } from './response-check.js';
import { createSpendMeter, ticksOf, type SpendMeter } from './spend-meter.js';

export interface Exchange {
  /** "POST /v1/videos/generations". */
  label: string;
  operationId: OperationId | undefined;
  status: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  text: string;
  /** The parsed body; undefined when empty or not JSON. */
  json: unknown;
}

export interface ContractProblem {
  flow: string;
  /** "POST /v1/videos/generations → 500", or "flow" for a semantic check. */
  exchange: string;
  where: string;
  message: string;
}

export type RequestBody = { json: unknown } | { raw: string | Uint8Array<ArrayBuffer> };

export interface SendOptions {
  method: 'GET' | 'POST';
  path: string;
  /** Undefined: not a spec operation (nothing to validate). */
  operationId?: OperationId;
  body?: RequestBody;
  /** 'key' (default): the run's key; 'none': no Authorization; else the literal header. */
  auth?: 'key' | 'none' | { header: string };
  /** Extra headers (content-type override, the mock's `Prefer` controls). */
  headers?: Record<string, string>;
}

/** What all sessions of a run share. */
export interface SessionEnvironment {
  baseUrl: string;
  apiKey: string;
  validators: SpecValidators;
  pollIntervalMs: number;
  jobTimeoutMs: number;
  requestTimeoutMs: number;
  pacer: RequestPacer;
  /** What the whole run spent. */
  spend: SpendMeter;
  clock: Clockwork;
  fetch?: typeof globalThis.fetch;
  recorder?: FixtureRecorder;
}

export interface ContractSession {
  readonly flow: string;
  readonly env: SessionEnvironment;
  readonly problems: ContractProblem[];
  readonly exchanges: Exchange[];
  /** What this session's jobs cost (the run's meter sums every session). */
  readonly spend: SpendMeter;
  send(options: SendOptions): Promise<Exchange>;
  /** The report of a semantic check: records a problem when `ok` is false. */
  expect(ok: boolean, message: string, exchange?: Exchange): void;
}

function headersOf(response: Response, secrets: readonly string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = redactSecrets(value, secrets);
  });
  return headers;
}

function encodeBody(body: RequestBody | undefined): { payload: string | Uint8Array<ArrayBuffer> | undefined; json: boolean } {
  if (!body) return { payload: undefined, json: false };
  if ('json' in body) return { payload: JSON.stringify(body.json), json: true };
  return { payload: body.raw, json: false };
}

function requestHeaders(env: SessionEnvironment, options: SendOptions, jsonBody: boolean): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (jsonBody) headers['content-type'] = 'application/json';
  const auth = options.auth ?? 'key';
  if (auth === 'key') headers.authorization = `Bearer ${env.apiKey}`;
  else if (auth !== 'none') headers.authorization = auth.header;
  return { ...headers, ...(options.headers ?? {}) };
}

function parseJsonOrUndefined(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function createContractSession(flow: string, env: SessionEnvironment): ContractSession {
  const problems: ContractProblem[] = [];
  const exchanges: Exchange[] = [];
  const fetchImpl = env.fetch ?? globalThis.fetch;
  const secrets = [env.apiKey];
  const spend = createSpendMeter();

  function report(exchange: string, where: string, message: string): void {
    problems.push({ flow, exchange, where, message: redactSecrets(message, secrets) });
  }

  function observe(exchange: Exchange): void {
    if (!exchange.operationId) return;
    const at = `${exchange.label} → ${exchange.status}`;
    for (const problem of checkResponse(env.validators, exchange.operationId, exchange)) report(at, problem.where, problem.message);
    env.recorder?.record(exchange.operationId, exchange.status, exchange.text);
  }

  async function send(options: SendOptions): Promise<Exchange> {
    const { payload, json } = encodeBody(options.body);
    await env.pacer.turn();
    const signal = AbortSignal.timeout(env.requestTimeoutMs);
    const response = await fetchImpl(`${env.baseUrl}${options.path}`, {
      method: options.method,
      headers: requestHeaders(env, options, json),
      ...(payload === undefined ? {} : { body: payload }),
      signal,
    });
    // Redacted on arrival, before anything slices it into a message: a server may echo the key.
    const text = redactSecrets(await response.text(), secrets);
    const exchange: Exchange = {
      label: `${options.method} ${options.path.length > 80 ? `${options.path.slice(0, 80)}…` : options.path}`,
      operationId: options.operationId,
      status: response.status,
      headers: headersOf(response, secrets),
      text,
      json: parseJsonOrUndefined(text),
    };
    exchanges.push(exchange);
    observe(exchange);
    return exchange;
  }

  return {
    flow,
    env,
    problems,
    exchanges,
    spend,
    send,
    expect(ok, message, exchange) {
      if (!ok) report(exchange ? `${exchange.label} → ${exchange.status}` : 'flow', 'expectation', message);
    },
  };
}

/** Records the job's cost when a terminal body reports one (once per job). */
export function recordSpend(session: ContractSession, requestId: string, exchange: Exchange): void {
  const ticks = ticksOf(exchange.json);
  if (ticks === undefined) return;
  session.spend.record(requestId, ticks);
  session.env.spend.record(requestId, ticks);
}

/** One line per problem, for assertion messages. */
export function formatProblems(problems: readonly ContractProblem[]): string {
  return problems.map((p) => `[${p.flow}] ${p.exchange} ${p.where}: ${p.message}`).join('\n');
}
