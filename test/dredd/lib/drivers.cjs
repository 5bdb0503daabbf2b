// How each documented (operation, status) transaction is driven: which body, headers or
// job id make the target answer that status. Against the mock every status can be driven
// (its Prefer controls inject the failure statuses); against the live API the ones that
// cannot be provoked, or would be billed beyond one cheap generation, are skipped with
// the reason.
'use strict';

const CREATE_PATHS = { generateVideo: '/v1/videos/generations', extendVideo: '/v1/videos/extensions', editVideo: '/v1/videos/edits' };
const CHEAP = { model: 'grok-imagine-video', prompt: 'A paper boat drifting down a rain-soaked street', duration: 1, resolution: '480p' };
/** The carried generation: 2 s so that it can be extended (an extension's input is 2–15 s); live: 1 s, the cheapest. */
const carriedBody = (ctx) => (ctx.settings.target === 'live' ? CHEAP : { ...CHEAP, duration: 2 });
const LIVE_CANNOT = 'the live API cannot be made to answer this status on purpose (the mock covers it)';

/** A body the spec rejects, per operation (answered 422). */
const SCHEMA_INVALID = {
  generateVideo: { ...CHEAP, duration: 99 },
  extendVideo: { video: { url: 'https://example.com/source.mp4' } },
  editVideo: { prompt: 'Make it black and white' },
};

function setBody(transaction, body) {
  transaction.request.body = typeof body === 'string' ? body : JSON.stringify(body);
}

function setHeader(transaction, name, value) {
  for (const key of Object.keys(transaction.request.headers)) if (key.toLowerCase() === name) delete transaction.request.headers[key];
  if (value !== undefined) transaction.request.headers[name] = value;
}

function setJobPath(transaction, id) {
  transaction.fullPath = `/v1/videos/${encodeURIComponent(id)}`;
}

/** The finished generation of this run (carried from the POST 200 transaction), polled to its end. */
async function finishedGeneration(ctx) {
  if (!ctx.state.generationId) ctx.state.generationId = await ctx.api.createJob(CREATE_PATHS.generateVideo, carriedBody(ctx));
  if (!ctx.state.finished) ctx.state.finished = await ctx.api.pollUntilFinished(ctx.state.generationId);
  return ctx.state.finished;
}

async function sourceVideoUrl(ctx) {
  const finished = await finishedGeneration(ctx);
  const url = finished.json?.video?.url;
  if (!url) throw new Error(`the carried generation did not finish with a video: ${finished.status} ${JSON.stringify(finished.json)}`);
  return url;
}

const createDrivers = {
  200: async (t, ctx, op) => {
    if (op === 'generateVideo') return setBody(t, carriedBody(ctx));
    if (ctx.settings.target === 'live')
      return {
        skip: 'billed on the live API: the dredd run pays for one cheap generation only (make contract-live covers extension and edit)',
      };
    const url = await sourceVideoUrl(ctx);
    return setBody(
      t,
      op === 'extendVideo'
        ? { prompt: 'The rain eases', video: { url }, duration: 2 }
        : { prompt: 'Make it black and white', video: { url } },
    );
  },
  400: (t, ctx, op) => {
    if (op === 'generateVideo')
      return setBody(t, {
        ...CHEAP,
        image: { url: 'https://example.com/a.jpg' },
        reference_images: [{ url: 'https://example.com/b.jpg' }],
      });
    // A source video the server cannot read: a rule of the input, not of the schema.
    if (ctx.settings.target === 'live') return { skip: 'no way known to get a cost-free 400 from the live API for this operation' };
    return setBody(t, { prompt: 'Make it black and white', video: { url: 'data:video/mp4;base64,AAAAAAAA' } });
  },
  401: (t) => setHeader(t, 'authorization', undefined),
  404: (t, _ctx, op) =>
    setBody(t, { ...JSON.parse(t.request.body || '{}'), ...(op === 'generateVideo' ? CHEAP : {}), model: 'grok-imagine-video-9' }),
  413: (t, ctx) => {
    if (ctx.settings.target === 'live') return { skip: 'the live body limit is unconfirmed: finding it would upload megabytes' };
    return setBody(t, { ...CHEAP, prompt: 'x'.repeat(ctx.settings.maxBodyBytes + 1024) });
  },
  415: (t) => setHeader(t, 'content-type', 'text/plain'),
  422: (t, _ctx, op) => setBody(t, SCHEMA_INVALID[op]),
};

const pollDrivers = {
  200: async (t, ctx) => {
    await finishedGeneration(ctx); // dredd's GET is then the first poll after the job finished
    return setJobPath(t, ctx.state.generationId);
  },
  202: async (t, ctx) => {
    if (ctx.settings.target !== 'live') return setJobPath(t, await ctx.api.createJob(CREATE_PATHS.generateVideo, CHEAP, 'polls=20'));
    const id = ctx.state.generationId;
    if (!id || !(await ctx.api.poll(id)).pending) return { skip: 'no live job was still pending when this transaction ran' };
    return setJobPath(t, id);
  },
  400: async (t, ctx) => {
    if (ctx.settings.target === 'live') return { skip: LIVE_CANNOT };
    return setJobPath(t, await ctx.api.createJob(CREATE_PATHS.generateVideo, CHEAP, 'outcome=moderated-http, polls=1'));
  },
  401: (t) => setHeader(t, 'authorization', undefined),
  404: () => undefined, // the example id is one no server issued
};

const MODEL_OPERATIONS = new Set(['listVideoGenerationModels', 'getVideoGenerationModel']);
/** The models GETs: free on the live API, so 200, 401 and 404 run there too. */
const modelDrivers = {
  200: () => undefined, // the list, or the model of the path parameter's example
  401: (t) => setHeader(t, 'authorization', undefined),
  404: (t) => {
    t.fullPath = '/v1/video-generation-models/grok-imagine-video-9';
  },
};

/** Statuses only the mock's controls can produce: create-status / poll-status. */
async function injected(t, ctx, op, status) {
  if (ctx.settings.target === 'live') return { skip: LIVE_CANNOT };
  if (op !== 'getVideo') return setHeader(t, 'prefer', `create-status=${status}`);
  return setJobPath(t, await ctx.api.createJob(CREATE_PATHS.generateVideo, CHEAP, `poll-status=${status}`));
}

/** Drives one transaction; returns { skip: reason } when it cannot be driven on this target. */
async function drive(transaction, ctx, op, status) {
  const table = op === 'getVideo' ? pollDrivers : MODEL_OPERATIONS.has(op) ? modelDrivers : createDrivers;
  const driver = table[status];
  const outcome = driver ? await driver(transaction, ctx, op, status) : await injected(transaction, ctx, op, status);
  return outcome || {};
}

module.exports = { drive, CREATE_PATHS };
