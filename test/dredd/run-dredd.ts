// `make dredd`: dredd with the suite's hooks against the mock and, when XAI_API_KEY is
// set, against the live API (CONTRACT_BASE_URL, default https://api.x.ai) through a
// loopback auth proxy, so the key never reaches dredd (which prints failing requests).
// Exits non-zero when a run fails.
import { DEFAULT_BASE_URL } from '../../src/client/index.js';
import { redactSecrets } from '../../src/contract/index.js';
import { startAuthProxy, PLACEHOLDER_BEARER } from '../support/auth-proxy.js';
import { startContractMock } from '../support/contract-mock.js';
import { runDredd, type DreddReport } from '../support/dredd-run.js';

function print(title: string, report: DreddReport, secrets: string[]): boolean {
  console.log(`\n=== dredd against ${title} ===`);
  console.log(redactSecrets(report.output, secrets));
  for (const reason of report.skipReasons) console.log(`skipped: ${reason}`);
  const ok = report.code === 0 && report.hooksLoaded;
  if (!report.hooksLoaded) console.log('the hooks did not load: see the output above');
  return ok;
}

const mock = await startContractMock();
let ok: boolean;
try {
  ok = print('the mock', await runDredd({ serverUrl: mock.url, target: 'mock' }), []);
} finally {
  await mock.close();
}

const apiKey = process.env.XAI_API_KEY?.trim();
if (apiKey) {
  const upstream = (process.env.CONTRACT_BASE_URL?.trim() || DEFAULT_BASE_URL).replace(/\/+$/, '');
  const proxy = await startAuthProxy(upstream, apiKey);
  try {
    const report = await runDredd({ serverUrl: proxy.url, target: 'live', bearer: PLACEHOLDER_BEARER, timeoutMs: 30 * 60_000 });
    ok = print(`the live API (${upstream})`, report, [apiKey]) && ok;
  } finally {
    await proxy.close();
  }
} else {
  console.log('\ndredd: XAI_API_KEY is not set; the live run is skipped');
}
process.exit(ok ? 0 : 1);
