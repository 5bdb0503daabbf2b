// request_id <-> JobTicket. The id is UUID-shaped (8-4-4-4-12 hex, like the live API's,
// and like them not an RFC 4122 v4 UUID): 106 bits of ticket and a 22-bit HMAC tag, so an
// id the mock never issued (or one issued under another secret) is answered with 404.
// The payload is XORed with a keystream picked by the tag, so ids look random.
// HMAC-SHA-256 comes from @noble/hashes: synchronous and the same in Node, browsers and
// workers (node:crypto is Node-only; WebCrypto's subtle.sign is async only), and it gives
// byte for byte the digests node:crypto gave, so ids issued before stay valid.
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { JobTicket } from './job-ticket.js';
import { OUTCOMES, POLL_ERROR_STATUSES } from './outcome.js';
import { ASPECT_RATIOS, JOB_ERROR_CODES, MAX_POLLS, MODELS, OPERATIONS, RESOLUTIONS } from './vocabulary.js';

/** 2024-01-01T00:00:00Z: creation times are stored relative to it. */
const EPOCH_MS = 1_704_067_200_000;
const TAG_BITS = 22n;

/** Field widths in bits, most significant first; the sum plus TAG_BITS is 128. */
const WIDTHS = {
  created: 36n, // 10 ms units: 21.8 years, 2024 to October 2045
  run: 16n, // 100 ms units: 109 minutes
  operation: 2n,
  model: 3n, // 8 names: room for more rows in the capability table
  resolution: 2n,
  aspect: 4n, // 16 ratios
  audio: 1n,
  duration: 5n,
  billed: 5n,
  images: 4n,
  outcome: 3n,
  errorCode: 3n,
  pollError: 4n,
  dialect: 3n,
  polls: 6n,
  nonce: 9n, // 512 jobs per 10 ms per process
} as const;
type Field = keyof typeof WIDTHS;
type Fields = Record<Field, number>;
const FIELDS = Object.keys(WIDTHS) as Field[];

export const MAX_RUN_MS = (2 ** Number(WIDTHS.run) - 1) * 100;
/** How many jobs one process tells apart within one 10 ms tick of `created`. */
export const NONCES_PER_TICK = 2 ** Number(WIDTHS.nonce);
if (2 ** Number(WIDTHS.polls) - 1 !== MAX_POLLS) throw new Error('job-id: the polls field must hold MAX_POLLS');

/** Each field's largest value, as a Number (a BigInt conversion per field cost more than the clamp). */
const MAX_VALUE = Object.fromEntries(FIELDS.map((field) => [field, 2 ** Number(WIDTHS[field]) - 1])) as Fields;

function clamp(value: number, field: Field): number {
  return Math.min(Math.max(Math.round(value), 0), MAX_VALUE[field]);
}

function toFields(ticket: JobTicket, nonce: number): Fields {
  const { dialect, outcome } = ticket;
  return {
    // Floor: a creation time rounded up would put an instant job in the future.
    created: clamp(Math.floor((ticket.createdAtMs - EPOCH_MS) / 10), 'created'),
    run: clamp(Math.ceil(ticket.runMs / 100), 'run'),
    operation: OPERATIONS.indexOf(ticket.operation),
    model: MODELS.indexOf(ticket.model),
    resolution: RESOLUTIONS.indexOf(ticket.resolution),
    aspect: ASPECT_RATIOS.indexOf(ticket.aspectRatio),
    audio: ticket.generateAudio ? 1 : 0,
    duration: clamp(ticket.durationSeconds, 'duration'),
    billed: clamp(ticket.billedSeconds, 'billed'),
    images: clamp(ticket.inputImages, 'images'),
    outcome: OUTCOMES.indexOf(outcome.kind),
    errorCode: JOB_ERROR_CODES.indexOf(outcome.errorCode),
    pollError: POLL_ERROR_STATUSES.indexOf(outcome.pollErrorStatus),
    dialect: (dialect.legacyPending200 ? 1 : 0) | (dialect.finishedWithoutStatus ? 2 : 0) | (dialect.emptyPendingBody ? 4 : 0),
    polls: clamp(ticket.pollsToFinish, 'polls'),
    nonce: nonce & MAX_VALUE.nonce,
  };
}

/**
 * Consecutive fields grouped into runs of at most 52 bits: a run is packed with exact
 * Number arithmetic and the runs are joined as one BigInt (a BigInt per field cost about
 * 2 µs a create). The bits are the same as one BigInt shift per field.
 */
const groups: Field[][] = [[]];
let groupBits = 0n;
for (const field of FIELDS) {
  if (groupBits + WIDTHS[field] > 52n) {
    groups.push([]);
    groupBits = 0n;
  }
  groups.at(-1)!.push(field);
  groupBits += WIDTHS[field];
}
const RUNS = groups.map((fields) => {
  const bits = fields.reduce((sum, field) => sum + WIDTHS[field], 0n);
  return { fields, spans: fields.map((field) => MAX_VALUE[field] + 1), bits, mask: (1n << bits) - 1n };
});

function pack(fields: Fields): bigint {
  let bits = 0n;
  for (const run of RUNS) {
    let value = 0;
    for (let i = 0; i < run.fields.length; i++) value = value * run.spans[i]! + fields[run.fields[i]!];
    bits = (bits << run.bits) | BigInt(value);
  }
  return bits;
}

function unpack(bits: bigint): Fields {
  const fields = {} as Fields;
  for (let r = RUNS.length - 1; r >= 0; r--) {
    const run = RUNS[r]!;
    let value = Number(bits & run.mask);
    bits >>= run.bits;
    for (let i = run.fields.length - 1; i >= 0; i--) {
      const span = run.spans[i]!;
      fields[run.fields[i]!] = value % span;
      value = Math.floor(value / span);
    }
  }
  return fields;
}

/**
 * Bumped whenever WIDTHS change: it is part of the signed text, so an id packed under an
 * older layout fails the tag (404) instead of decoding into a wrong ticket.
 */
const LAYOUT = 'v2';

type KeyedHmac = ReturnType<typeof hmac.create>;
/** The HMAC keyed once per secret: each tag then clones it instead of hashing the key again. */
const keyedHmacs = new Map<string, KeyedHmac>();

/**
 * The keyed HMAC is cloned into this one state for each tag, and the digest written into
 * one array: noble's _cloneInto reuses the target's hashes, where clone() built two new
 * ones (with their DataViews) per create, 1.8 of the tag's 4.3 µs.
 */
let scratch: KeyedHmac | undefined;
const digest = new Uint8Array(32);

const encoder = new TextEncoder();
/** The signed text is ASCII, at most 31 bytes: written into one buffer, not a new array per tag. */
const signedText = new Uint8Array(64);

function tagOf(payload: bigint, secret: string): bigint {
  let keyed = keyedHmacs.get(secret);
  // Stryker disable next-line ConditionalExpression: a cache; keying the HMAC again gives the same tag
  if (keyed === undefined) {
    keyed = hmac.create(sha256, utf8ToBytes(secret));
    keyedHmacs.set(secret, keyed);
  }
  scratch = keyed._cloneInto(scratch) as KeyedHmac;
  scratch.update(signedText.subarray(0, encoder.encodeInto(`${LAYOUT}:${payload.toString(16)}`, signedText).written)).digestInto(digest);
  const first32 = ((digest[0]! << 24) | (digest[1]! << 16) | (digest[2]! << 8) | digest[3]!) >>> 0;
  return BigInt(first32) >> (32n - TAG_BITS);
}

const PAYLOAD_MASK = (1n << 106n) - 1n;

const M64 = (1n << 64n) - 1n;
const secretSeeds = new Map<string, bigint>();

function seedOf(secret: string): bigint {
  let seed = secretSeeds.get(secret);
  // Stryker disable next-line ConditionalExpression: a cache; hashing the secret again gives the same seed
  if (seed === undefined) {
    seed = BigInt(`0x${bytesToHex(sha256(utf8ToBytes(secret))).slice(0, 16)}`);
    secretSeeds.set(secret, seed);
  }
  return seed;
}

/**
 * A keystream chosen by the tag (splitmix64 seeded by the secret and the tag), XORed over
 * the payload so ids look as random as the live API's: jobs created a moment apart would
 * otherwise share long runs of digits. Cosmetic, so no second HMAC: the tag is the check.
 */
function maskOf(tag: bigint, secret: string): bigint {
  let state = (seedOf(secret) ^ tag) & M64;
  const next = (): bigint => {
    state = (state + 0x9e3779b97f4a7c15n) & M64;
    let z = state;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & M64;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & M64;
    return z ^ (z >> 31n);
  };
  return ((next() << 64n) | next()) & PAYLOAD_MASK;
}

function format(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Packs a ticket into a request_id. `nonce` tells apart jobs created in the same 10 ms. */
export function encodeJobId(ticket: JobTicket, secret: string, nonce: number): string {
  const payload = pack(toFields(ticket, nonce));
  const tag = tagOf(payload, secret);
  const bits = ((payload ^ maskOf(tag, secret)) << TAG_BITS) | tag;
  return format(bits.toString(16).padStart(32, '0'));
}

const ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function toTicket(f: Fields): JobTicket | undefined {
  const outcomeKind = OUTCOMES[f.outcome];
  const errorCode = JOB_ERROR_CODES[f.errorCode];
  const pollErrorStatus = POLL_ERROR_STATUSES[f.pollError];
  const [operation, model, resolution, aspectRatio] = [
    OPERATIONS[f.operation],
    MODELS[f.model],
    RESOLUTIONS[f.resolution],
    ASPECT_RATIOS[f.aspect],
  ];
  // Stryker disable next-line ConditionalExpression,LogicalOperator: an id whose tag checks was packed by encodeJobId, from these lists (LAYOUT guards older layouts)
  if (!outcomeKind || !errorCode || pollErrorStatus === undefined) return undefined;
  // Stryker disable next-line ConditionalExpression,LogicalOperator: as above
  if (!operation || !model || !resolution || !aspectRatio) return undefined;
  return {
    operation,
    model,
    resolution,
    aspectRatio,
    durationSeconds: f.duration,
    billedSeconds: f.billed,
    inputImages: f.images,
    generateAudio: f.audio === 1,
    outcome: { kind: outcomeKind, errorCode, pollErrorStatus },
    dialect: { legacyPending200: (f.dialect & 1) > 0, finishedWithoutStatus: (f.dialect & 2) > 0, emptyPendingBody: (f.dialect & 4) > 0 },
    createdAtMs: EPOCH_MS + f.created * 10,
    runMs: f.run * 100,
    pollsToFinish: f.polls,
  };
}

/** The ticket inside a request_id, or undefined for an id this mock did not issue. */
export function decodeJobId(id: string, secret: string): JobTicket | undefined {
  if (!ID_PATTERN.test(id)) return undefined;
  const bits = BigInt(`0x${id.replaceAll('-', '')}`);
  const tag = bits & ((1n << TAG_BITS) - 1n);
  const payload = (bits >> TAG_BITS) ^ maskOf(tag, secret);
  if (tag !== tagOf(payload, secret)) return undefined;
  return toTicket(unpack(payload));
}
