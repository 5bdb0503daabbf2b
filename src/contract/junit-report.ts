// `--junit FILE`: the report as JUnit XML, the format CI systems show as test results
// (GitHub Actions reporters, GitLab, Jenkins). One <testsuite> per flow group, one
// <testcase> per flow: a drift is a <failure> listing its problems, a flow that did not
// run is <skipped> with its reason. The texts come from servers, so everything is
// escaped and characters XML 1.0 cannot carry are dropped.
import type { CheckReport, ReportedFlow } from './check-report.js';
import { FLOW_GROUPS } from './flows/contract-flow.js';
import { formatUsd } from './spend-meter.js';

/** XML 1.0 §2.2 Char: tab, newline, carriage return and the ranges below; nothing else may appear. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, '').replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

const attrs = (values: Record<string, string | number>) =>
  Object.entries(values)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');

const secondsOf = (ms: number) => (ms / 1000).toFixed(3);

function testcase(flow: ReportedFlow): string {
  const open = `    <testcase${attrs({ name: flow.name, classname: `xai-video-contract.${flow.group}`, time: secondsOf(flow.durationMs) })}`;
  const body: string[] = [];
  if (flow.outcome === 'skipped') body.push(`      <skipped${attrs({ message: flow.skipReason ?? '' })}/>`);
  if (flow.outcome === 'failed') {
    const count = flow.problems.length;
    const text = flow.problems.map((p) => `${p.exchange} ${p.where}: ${p.message}`).join('\n');
    body.push(
      `      <failure${attrs({ message: `${count} contract problem${count === 1 ? '' : 's'}`, type: 'ContractDrift' })}>${escapeXml(text)}</failure>`,
    );
  }
  if (flow.spentTicks > 0)
    body.push(`      <system-out>${escapeXml(`spent ${formatUsd(flow.spentTicks)} (${flow.spentTicks} ticks)`)}</system-out>`);
  return body.length === 0 ? `${open}/>` : `${open}>\n${body.join('\n')}\n    </testcase>`;
}

function testsuite(report: CheckReport, group: string, flows: readonly ReportedFlow[]): string {
  const count = (outcome: ReportedFlow['outcome']) => flows.filter((flow) => flow.outcome === outcome).length;
  const timeMs = flows.reduce((sum, flow) => sum + flow.durationMs, 0);
  const head = `  <testsuite${attrs({
    name: group,
    tests: flows.length,
    failures: count('failed'),
    errors: 0,
    skipped: count('skipped'),
    time: secondsOf(timeMs),
    timestamp: report.startedAt,
  })}>`;
  const properties = `    <properties><property${attrs({ name: 'base_url', value: report.baseUrl })}/></properties>`;
  return [head, properties, ...flows.map(testcase), '  </testsuite>'].join('\n');
}

export function toJUnitXml(report: CheckReport): string {
  const { totals } = report;
  const suites = FLOW_GROUPS.map((group) => [group, report.flows.filter((flow) => flow.group === group)] as const)
    .filter(([, flows]) => flows.length > 0)
    .map(([group, flows]) => testsuite(report, group, flows));
  const root = `<testsuites${attrs({
    name: 'xai-video-contract check',
    tests: totals.flows,
    failures: totals.failed,
    errors: 0,
    skipped: totals.skipped,
    time: secondsOf(report.durationMs),
  })}>`;
  return ['<?xml version="1.0" encoding="UTF-8"?>', root, ...suites, '</testsuites>', ''].join('\n');
}
