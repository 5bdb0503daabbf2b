// What a generate → poll → done flow written with a generated client reports, whichever
// generator produced the client (hey-api-flow.ts, orval-flow.ts).

export interface FlowOptions {
  baseUrl: string;
  apiKey: string;
  prompt: string;
  duration: number;
  /** The mock's `Prefer` controls for the create (`polls=3`, `dialect=…`, `outcome=…`). */
  prefer: string;
  /** Give up after this many polls (the mock's `polls=N` jobs finish on poll N). */
  maxPolls: number;
}

/** One poll as the flow saw it: the HTTP status, and the job status and progress if there was a body. */
export interface PollSeen {
  httpStatus: number;
  status: string | undefined;
  progress: number | undefined;
}

export type FlowOutcome =
  | { kind: 'done'; url: string; duration: number | undefined; model: string | undefined; costInUsdTicks: number | undefined }
  | { kind: 'failed'; errorCode: string | undefined; message: string | undefined }
  | { kind: 'expired' }
  | { kind: 'rejected'; httpStatus: number; code: string; message: string };

export interface FlowRun {
  requestId: string;
  polls: PollSeen[];
  outcome: FlowOutcome;
}

export interface CreateRejection {
  httpStatus: number;
  code: string;
  message: string;
}

/** The module each flow file exports (loaded after generation: the generated code is not committed). */
export interface GeneratedClientFlow {
  generateAndWait(options: FlowOptions): Promise<FlowRun>;
  /** POSTs a body the contract refuses and reads the error through the generated error types. */
  createRejected(options: Pick<FlowOptions, 'baseUrl' | 'apiKey'>, duration: number): Promise<CreateRejection>;
}

/** A flat `{code, error}` or nested `{error: {message, code}}` body (the spec's ErrorBody), read as one. */
export function readErrorBody(body: { code: string; error: string } | { error: { message: string; code?: string } }): {
  code: string;
  message: string;
} {
  if ('code' in body) return { code: body.code, message: body.error };
  return { code: body.error.code ?? '', message: body.error.message };
}
