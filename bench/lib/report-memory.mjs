// The memory section of bench/RESULTS.md (lib/memory.mjs measures it).
import { table } from './markdown.mjs';
import { int, mib } from './stats.mjs';

export function memorySection(m) {
  const young = (x) => (x.newSpace === null || x.newSpace === undefined ? '–' : mib(x.newSpace));
  return [
    '## Memory',
    '',
    `The mock (\`startMockServer\` from \`${m.module ?? 'dist/hosts/index.js'}\`, the adapter's \`MOCK_ENTRY\`; timing \`${m.timing}\`) hosted by \`node --expose-gc --min-semi-space-size=${m.youngMib} --max-semi-space-size=${m.youngMib} bench/servers/mock-host.mjs\`: the young generation is fixed at V8's default maximum, to which sustained load grows it anyway, so that its growth (up to 30 MiB, whatever the requests) is not counted as the jobs'; RSS from \`/proc/<pid>/status\` (VmRSS), heap from \`process.memoryUsage()\`, each after two full GCs${m.gc ? '' : ' (**gc() was not available**)'}.`,
    `Baseline: after ${int(m.warmupJobs)} jobs and then ${int(m.warmupRequests)} requests that create none (invalid bodies, 422), sent in batches of 20,000 until two readings in a row agreed within 1 MiB, and ${m.settleMs} ms of quiet.`,
    `Then ${int(m.jobs)} jobs are created with \`POST\` over 64 connections (${int(m.createRate)} jobs/s, ${int(m.created)} answered 200), and after ${m.settleMs} ms of quiet the process is measured again.`,
    '',
    table(
      ['', 'RSS', 'Heap used', 'Young generation'],
      [
        ['Before', mib(m.before.rss), mib(m.before.heapUsed), young(m.before)],
        [`After ${int(m.jobs)} jobs`, mib(m.after.rss), mib(m.after.heapUsed), young(m.after)],
        [
          'Growth',
          `**${mib(m.growth.rss)}**`,
          mib(m.growth.heapUsed),
          m.before.newSpace === null ? '–' : mib(m.after.newSpace - m.before.newSpace),
        ],
        ['Per job', `${int(m.growth.rss / m.jobs)} B`, `${int(m.growth.heapUsed / m.jobs)} B`, ''],
      ],
    ),
  ].join('\n');
}
