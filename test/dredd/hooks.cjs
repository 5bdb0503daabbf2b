// Dredd hooks (CommonJS: the project is ESM, dredd `require`s hook files). For every
// transaction: authenticate, put the spec's real response schema back (dredd 14 checks an
// OpenAPI 3 body only against its first example's keys), expect only the headers the
// spec requires, and drive the target into the documented status (lib/drivers.cjs) or
// skip it with the reason. The generation created by `POST (200) /v1/videos/generations`
// is carried into the status transactions and polled until it is finished.
'use strict';

const hooks = require('hooks');
const { readSettings } = require('./lib/settings.cjs');
const { loadResponseSchemas, bodySchemaText, keepRequiredHeaders } = require('./lib/response-schemas.cjs');
const { createVideoApi } = require('./lib/video-api.cjs');
const { drive } = require('./lib/drivers.cjs');

const settings = readSettings();
const ctx = { settings, api: createVideoApi(settings), state: {}, spec: undefined };

/** Dredd's async hook API is a callback; every hook here is an async function. */
const callback = (fn) => (data, done) => {
  fn(data).then(
    () => done(),
    (error) => {
      if (!Array.isArray(data)) data.fail = `hook failed: ${error.message}`;
      else hooks.log(`hook failed: ${error.stack}`);
      done();
    },
  );
};

function operationOf(transaction) {
  return ctx.spec.operations.get(`${transaction.request.method} ${transaction.origin.resourceName}`);
}

/**
 * Puts `GET (202)` right after `POST (200) /v1/videos/generations`: against the live API
 * the carried job is still pending then, and only then (dredd itself orders POST before
 * GET and keeps the spec's order otherwise).
 */
function pollPendingRightAfterCreate(transactions) {
  const index = (method, path, status) =>
    transactions.findIndex((t) => t.request.method === method && t.origin.resourceName === path && t.expected.statusCode === status);
  const pending = index('GET', '/v1/videos/{request_id}', '202');
  if (pending < 0) return;
  const [moved] = transactions.splice(pending, 1);
  transactions.splice(index('POST', '/v1/videos/generations', '200') + 1, 0, moved);
}

hooks.beforeAll(
  callback(async (transactions) => {
    ctx.spec = await loadResponseSchemas(settings.specPath);
    pollPendingRightAfterCreate(transactions);
    console.log(`xai-video dredd hooks: ${transactions.length} transactions, target ${settings.target}`);
  }),
);

hooks.beforeEach(
  callback(async (transaction) => {
    const op = operationOf(transaction);
    const status = transaction.expected.statusCode;
    transaction.request.headers.Authorization = `Bearer ${settings.bearer}`;
    const schema = ctx.spec.schemas.get(`${op} ${status}`);
    if (schema) transaction.expected.bodySchema = bodySchemaText(schema);
    keepRequiredHeaders(transaction.expected.headers, ctx.spec.requiredHeaders.get(`${op} ${status}`) || []);
    const outcome = await drive(transaction, ctx, op, status);
    if (outcome.skip) {
      transaction.skip = true;
      console.log(`skip reason: ${transaction.id}: ${outcome.skip}`);
      return;
    }
    await ctx.api.pace(); // dredd's own request takes the next slot
  }),
);

// Live only: the carried job may finish between the hook's check and dredd's request.
hooks.beforeEachValidation((transaction) => {
  const isPendingPoll = transaction.request.method === 'GET' && transaction.expected.statusCode === '202';
  if (settings.target === 'live' && isPendingPoll && transaction.real && transaction.real.statusCode !== 202) {
    transaction.skip = true;
    console.log(`skip reason: ${transaction.id}: the live job finished before dredd's poll (${transaction.real.statusCode})`);
  }
});

hooks.afterEach(
  callback(async (transaction) => {
    const isGeneration = transaction.request.method === 'POST' && transaction.origin.resourceName === '/v1/videos/generations';
    if (!isGeneration || transaction.expected.statusCode !== '200' || !transaction.real) return;
    try {
      const id = JSON.parse(transaction.real.body).request_id;
      if (typeof id === 'string') ctx.state.generationId = id;
    } catch {
      // not JSON: the transaction itself fails on it
    }
  }),
);
