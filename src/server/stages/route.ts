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
  pattern: RegExp;
  names: string[];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(entry: RouteEntry): CompiledEntry {
  const names: string[] = [];
  const source = entry.path
    .split(/(\{[a-z_]+\})/)
    .map((part) => {
      const name = /^\{([a-z_]+)\}$/.exec(part)?.[1];
      if (!name) return escapeRegExp(part);
      names.push(name);
      return '([^/]+)';
    })
    .join('');
  return { entry, pattern: new RegExp(`^${source}$`), names };
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
  for (const { entry, pattern, names } of TEMPLATED) {
    const match = pattern.exec(path);
    if (!match) continue;
    const params: Record<string, string> = {};
    let slash = false;
    for (let i = 0; i < names.length; i++) {
      const value = safeDecode(match[i + 1]!);
      slash ||= value.includes('/');
      params[names[i]!] = value;
    }
    if (!slash) return resolve(entry, method, params);
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
