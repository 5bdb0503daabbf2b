/**
 * Every way a call can fail, turned into what a user (or a support ticket) needs: a
 * title, a sentence, and the identifiers to quote. This is the part of the client a
 * frontend team writes once: switch on the error classes, never on message text.
 */
import {
  UnexpectedResponseError,
  VideoAbortedError,
  VideoExpiredError,
  VideoFailedError,
  VideoHttpError,
  VideoModeratedError,
  VideoNetworkError,
  VideoTimeoutError,
} from '../client/index.js';

export interface ErrorView {
  /** Stable kind for styling and tests: `failed`, `moderated`, `expired`, `http`, ... */
  kind: string;
  title: string;
  detail: string;
  /** Label → value rows: request ids, codes, statuses. Only the known ones. */
  facts: [string, string][];
}

const MODERATION_VIA: Record<string, string> = {
  'job-failed': 'the job failed with invalid_argument',
  'respect-moderation': 'the job finished with respect_moderation: false and no video',
  'http-400': 'the poll was answered 400 imagine:content-moderated',
};

export function describeError(error: unknown): ErrorView {
  if (error instanceof VideoFailedError) {
    return view('failed', 'The video failed', error.message, [
      ['error.code', error.jobErrorCode],
      ['request_id', error.requestId],
    ]);
  }
  if (error instanceof VideoModeratedError) {
    const how = MODERATION_VIA[error.via] ?? error.via;
    return view('moderated', 'Blocked by content moderation', `Reported this way: ${how}. Change the prompt or the images.`, [
      ['via', error.via],
      ['request_id', error.requestId],
      ['status', error.status?.toString()],
      ['x-request-id', error.xRequestId],
    ]);
  }
  if (error instanceof VideoExpiredError) {
    return view('expired', 'The video expired', 'Finished videos are kept for about a day; generate it again.', [
      ['request_id', error.requestId],
    ]);
  }
  if (error instanceof VideoHttpError) return httpView(error);
  return otherView(error);
}

function httpView(error: VideoHttpError): ErrorView {
  return view('http', `HTTP ${error.status}${error.apiCode ? ` ${error.apiCode}` : ''}`, error.apiMessage ?? error.message, [
    ['status', String(error.status)],
    ['code', error.apiCode],
    ['request_id', error.requestId],
    // The one id xAI support can trace: always show it with an HTTP error.
    ['x-request-id', error.xRequestId],
  ]);
}

function otherView(error: unknown): ErrorView {
  if (error instanceof VideoTimeoutError) {
    return view('timeout', 'Gave up waiting', error.message, [
      ['last progress', error.lastProgress?.toString()],
      ['request_id', error.requestId],
    ]);
  }
  if (error instanceof VideoAbortedError)
    return view('aborted', 'Cancelled', 'The wait was cancelled; the job itself may still run.', [['request_id', error.requestId]]);
  if (error instanceof VideoNetworkError) return view('network', 'Network error', error.message, [['request_id', error.requestId]]);
  if (error instanceof UnexpectedResponseError) {
    return view('unexpected', `Unexpected answer (HTTP ${error.status})`, error.message, [['x-request-id', error.xRequestId]]);
  }
  return view('other', 'Something went wrong', error instanceof Error ? error.message : String(error), []);
}

function view(kind: string, title: string, detail: string, facts: [string, string | undefined][]): ErrorView {
  return { kind, title, detail, facts: facts.filter((fact): fact is [string, string] => fact[1] !== undefined && fact[1] !== '') };
}
