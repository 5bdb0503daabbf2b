// What the check learns about its target before a flow that depends on it: harmless
// requests (GETs that cost nothing anywhere) whose answers tell the kit's mock in its
// default mode, the mock with --api-key, the live API and a backend that proxies it
// apart. Each feature is probed once per run, on first need. Probe answers are not
// checked against the spec and never recorded: they ask a question, the flows judge.
import type { ContractSession } from './contract-session.js';
import type { TargetFacts, TargetFeature } from './flows/contract-flow.js';
import { UNKNOWN_REQUEST_ID, WRONG_API_KEY } from './flows/error-flows.js';
import { videoPath } from './video-jobs.js';

export interface FeatureFinding {
  feature: TargetFeature;
  available: boolean;
  /** What the target answered (or what the run was told), in a sentence. */
  evidence: string;
}

export interface TargetProber {
  find(feature: TargetFeature): Promise<FeatureFinding>;
  /** The findings so far, in the order they were made. */
  findings(): FeatureFinding[];
}

const MODELS_PATH = '/v1/video-generation-models';
/** A status the models list has no reason to answer by itself. */
const PROBE_STATUS = 403;

/** An unknown key on an unknown id: refused (400/401) where keys are checked, "not found" where any key goes. */
async function probeKeyCheck(session: ContractSession): Promise<FeatureFinding> {
  const answer = await session.send({ method: 'GET', path: videoPath(UNKNOWN_REQUEST_ID), auth: { header: `Bearer ${WRONG_API_KEY}` } });
  if (answer.status === 404) {
    return {
      feature: 'key-check',
      available: false,
      evidence:
        'the target accepts any key: an unknown key got 404 for an unknown request_id, not 400 or 401 (the mock checks keys only when started with --api-key)',
    };
  }
  return { feature: 'key-check', available: true, evidence: `an unknown key was answered ${answer.status}` };
}

/**
 * The models list asked twice, plainly and with `Prefer: create-status=403`: only a target
 * that honours the mock's controls changes its answer to exactly the status asked for.
 * Comparing with the plain answer keeps a target that always says 403 from passing.
 */
async function probeMockControls(session: ContractSession): Promise<FeatureFinding> {
  const plain = await session.send({ method: 'GET', path: MODELS_PATH });
  const asked = await session.send({ method: 'GET', path: MODELS_PATH, headers: { prefer: `create-status=${PROBE_STATUS}` } });
  const available = asked.status === PROBE_STATUS && plain.status !== PROBE_STATUS;
  const answers = `GET ${MODELS_PATH} answered ${plain.status}, and ${asked.status} with "Prefer: create-status=${PROBE_STATUS}"`;
  return {
    feature: 'mock-controls',
    available,
    evidence: available ? `the target honours the mock's controls (${answers})` : `the target ignores the mock's controls (${answers})`,
  };
}

function bodyLimitFinding(facts: TargetFacts): FeatureFinding {
  const limit = facts.bodyLimitBytes;
  return limit === undefined
    ? { feature: 'body-limit', available: false, evidence: "the target's request-body limit is unknown (--body-limit <bytes> tells it)" }
    : { feature: 'body-limit', available: true, evidence: `the body limit is ${limit} bytes (as told)` };
}

/** `session` carries the probes (paced with the run); it belongs to no flow. */
export function createTargetProber(session: ContractSession, facts: TargetFacts): TargetProber {
  const pending = new Map<TargetFeature, Promise<FeatureFinding>>();
  const made: FeatureFinding[] = [];
  const probe = (feature: TargetFeature): Promise<FeatureFinding> => {
    if (feature === 'key-check') return probeKeyCheck(session);
    if (feature === 'mock-controls') return probeMockControls(session);
    return Promise.resolve(bodyLimitFinding(facts));
  };
  return {
    find(feature) {
      let finding = pending.get(feature);
      if (!finding) {
        finding = probe(feature).then((found) => {
          made.push(found);
          return found;
        });
        pending.set(feature, finding);
      }
      return finding;
    },
    findings: () => [...made],
  };
}
