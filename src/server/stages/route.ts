// Route stage: method + path → a named route, from one table. The API routes are the
// spec's operations (paths written as in the spec); everything the mock adds lives under
// the reserved prefix /__mock. A host that serves pages (the Node host: docs, playground)
// gets the GET requests no route matched. Adding an operation is one entry here and one
// stage in mock-core.ts.
export type RouteName =
  | 'generateVideo'
  | 'extendVideo'
  | 'editVideo'
  | 'getVideo'
  | 'listVideoGenerationModels'
  | 'getVideoGenerationModel'
  | 'videoFile'
  | 'health'
  | 'reset'
  | 'jobs'
  | 'clock'
  | 'advanceClock';

export type RouteKind = 'api' | 'video' | 'admin';

export interface RouteEntry {
  kind: RouteKind;
  /** The path template; `{name}` is one path segment (or part of one), as in the spec. */
  path: string;
  methods: Readonly<Partial<Record<string, RouteName>>>;
  /** One line for the docs and for the 404 that lists the admin routes. */
  summary: string;
}

export const ADMIN_PREFIX = '/__mock';
export const VIDEO_FILE_PATH = `${ADMIN_PREFIX}/videos/xai-video-{request_id}.mp4`;

export const ROUTE_TABLE: readonly RouteEntry[] = [
  { kind: 'api', path: '/v1/videos/generations', methods: { POST: 'generateVideo' }, summary: 'Create a video from a prompt or images.' },
  { kind: 'api', path: '/v1/videos/extensions', methods: { POST: 'extendVideo' }, summary: 'Extend a finished video.' },
  { kind: 'api', path: '/v1/videos/edits', methods: { POST: 'editVideo' }, summary: 'Edit a finished video.' },
  { kind: 'api', path: '/v1/videos/{request_id}', methods: { GET: 'getVideo' }, summary: "A job's status." },
  {
    kind: 'api',
    path: '/v1/video-generation-models',
    methods: { GET: 'listVideoGenerationModels' },
    summary: 'The video models, from the capability table.',
  },
  {
    kind: 'api',
    path: '/v1/video-generation-models/{model_id}',
    methods: { GET: 'getVideoGenerationModel' },
    summary: 'One video model by id or alias.',
  },
  {
    kind: 'video',
    path: VIDEO_FILE_PATH,
    methods: { GET: 'videoFile', HEAD: 'videoFile' },
    summary: 'The finished video (a real H.264 MP4 with a test card; Range and HEAD supported).',
  },
  {
    kind: 'admin',
    path: '/__mock/health',
    methods: { GET: 'health' },
    summary: 'Status, uptime, the clock, the effective settings and the store (degraded while Redis is unreachable).',
  },
  {
    kind: 'admin',
    path: '/__mock/reset',
    methods: { POST: 'reset' },
    summary: 'Forgets the recent-jobs list, poll counts and rate limits, and sets the clock back. Request ids still carry their jobs.',
  },
  {
    kind: 'admin',
    path: '/__mock/jobs',
    methods: { GET: 'jobs' },
    summary: 'The last 100 jobs with status and progress (listing does not count as a poll).',
  },
  { kind: 'admin', path: '/__mock/clock', methods: { GET: 'clock' }, summary: "The mock's now and its offset from the wall clock." },
  {
    kind: 'admin',
    path: '/__mock/clock/advance',
    methods: { POST: 'advanceClock' },
    summary: 'Moves every job forward: `{"ms": N}` or `{"seconds": N}` (or `?seconds=N`).',
  },
];

export type Route =
  | { kind: 'matched'; entry: RouteEntry; name: RouteName; params: Readonly<Record<string, string>> }
  | { kind: 'method-not-allowed'; allow: string }
  | { kind: 'not-found'; area: 'admin' | 'other' };

/** A malformed escape is kept as typed: it then matches no job (404), never throws. */
function safeDecode(segment: string): string {
  if (!segment.includes('%')) return segment; // every id the mock issues
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

interface CompiledEntry {
  entry: RouteEntry;
  name: string;
  /** The fixed text before and after the parameter. */
  head: string;
  tail: string;
}

/**
 * A template is its one `{name}` between two fixed texts, matched with startsWith/endsWith
 * rather than a RegExp: every poll is matched here (with a RegExp, matchRoute was the largest
 * of the mock's own functions in a poll's profile, 0.28 of 1.9 µs). Every path in the spec
 * has at most one parameter.
 */
function compile(entry: RouteEntry): CompiledEntry {
  const parts = entry.path.split(/\{([a-z_]+)\}/);
  if (parts.length !== 3) throw new Error(`route ${entry.path}: a template takes exactly one {name}`);
  const [head, name, tail] = parts as [string, string, string];
  return { entry, name, head, tail };
}

/** The parameter's raw text (at least one character), or undefined. */
function parameterOf(path: string, { head, tail }: CompiledEntry): string | undefined {
  if (path.length <= head.length + tail.length || !path.startsWith(head) || !path.endsWith(tail)) return undefined;
  return path.slice(head.length, path.length - tail.length);
}

const EXACT = new Map(ROUTE_TABLE.filter((entry) => !entry.path.includes('{')).map((entry) => [entry.path, entry]));
const TEMPLATED = ROUTE_TABLE.filter((entry) => entry.path.includes('{')).map(compile);

function allowOf(entry: RouteEntry): string {
  const methods = Object.keys(entry.methods);
  return (entry.kind === 'api' ? [...methods, 'OPTIONS'] : methods).join(', ');
}

function resolve(entry: RouteEntry, method: string, params: Record<string, string>): Route {
  const name = entry.methods[method];
  return name ? { kind: 'matched', entry, name, params } : { kind: 'method-not-allowed', allow: allowOf(entry) };
}

export function matchRoute(method: string, path: string): Route {
  const exact = EXACT.get(path);
  if (exact) return resolve(exact, method, {});
  for (const template of TEMPLATED) {
    const raw = parameterOf(path, template);
    if (raw === undefined) continue;
    const value = safeDecode(raw);
    if (value.includes('/')) continue; // sent as `/` or escaped: a segment more, not this route
    // Assigned, not a computed key in the literal: V8 builds `{ [name]: value }` in its runtime, 0.9k instructions a poll.
    const params: Record<string, string> = {};
    params[template.name] = value;
    return resolve(template.entry, method, params);
  }
  const admin = path === ADMIN_PREFIX || path.startsWith(`${ADMIN_PREFIX}/`);
  return { kind: 'not-found', area: admin ? 'admin' : 'other' };
}

/** The admin routes as `METHOD /path`, for the 404 that lists them and for the docs. */
export function adminRouteList(): string[] {
  return ROUTE_TABLE.filter((entry) => entry.kind !== 'api').flatMap((entry) =>
    Object.keys(entry.methods)
      .filter((method) => method !== 'HEAD')
      .map((method) => `${method} ${entry.path}`),
  );
}

/** The method and path that reach the route `name`, its `{name}` parameters filled in (escaped). */
export function requestLineOf(name: RouteName, params: Readonly<Record<string, string>> = {}): { method: string; path: string } {
  for (const entry of ROUTE_TABLE) {
    const method = Object.keys(entry.methods).find((m) => entry.methods[m] === name);
    if (method) return { method, path: entry.path.replace(/\{([a-z_]+)\}/g, (_, key: string) => encodeURIComponent(params[key] ?? '')) };
  }
  throw new RangeError(`requestLineOf: no route ${name}`);
}
