// `--only` and `--skip`: which flows a run covers. A pattern names a group ("errors") or
// part of a flow's name, case-insensitively. A pattern that matches nothing is a usage
// error (a typo must not turn into a run that checks nothing).
import type { ContractFlow } from './flows/contract-flow.js';

export interface FlowPatterns {
  /** Empty: every flow. */
  only: readonly string[];
  skip: readonly string[];
}

export interface SelectedFlow {
  flow: ContractFlow;
  /** Set when --skip took it out: the run reports it as skipped, with this reason. */
  excludedBy: string | undefined;
}

export class FlowPatternError extends Error {
  override readonly name = 'FlowPatternError';
}

export function matchesPattern(flow: ContractFlow, pattern: string): boolean {
  const needle = pattern.trim().toLowerCase();
  return needle !== '' && (flow.group === needle || flow.name.toLowerCase().includes(needle));
}

function checkEveryPatternMatches(flag: string, patterns: readonly string[], flows: readonly ContractFlow[]): void {
  const unmatched = patterns.filter((pattern) => !flows.some((flow) => matchesPattern(flow, pattern)));
  if (unmatched.length > 0) {
    const list = unmatched.map((pattern) => JSON.stringify(pattern)).join(', ');
    throw new FlowPatternError(`${flag} ${list} matches no flow (--list shows them; a pattern is a group or part of a name)`);
  }
}

/** The flows --only keeps, in catalogue order, each marked when --skip takes it out. */
export function selectFlows(flows: readonly ContractFlow[], patterns: FlowPatterns): SelectedFlow[] {
  checkEveryPatternMatches('--only', patterns.only, flows);
  checkEveryPatternMatches('--skip', patterns.skip, flows);
  const wanted = flows.filter((flow) => patterns.only.length === 0 || patterns.only.some((pattern) => matchesPattern(flow, pattern)));
  return wanted.map((flow) => {
    const pattern = patterns.skip.find((candidate) => matchesPattern(flow, candidate));
    return { flow, excludedBy: pattern === undefined ? undefined : `excluded by --skip ${JSON.stringify(pattern)}` };
  });
}
