// The check CLI's help text (`xai-video-contract --help`).
import { LIVE_PACING } from './pacing.js';

const s = (ms: number) => Number((ms / 1000).toFixed(3));

export const USAGE = `Usage: xai-video-contract check --base-url <url> [options]
       xai-video-contract check --list [--only <pattern>]...

Runs the contract flows of xAI's video API (generate, extend, edit, poll, download,
errors) against a target: the live API, a backend that proxies it, a staging
deployment or the mock. Every response is checked against the spec. The key comes
from XAI_API_KEY and is never printed, reported or recorded.

Target
  --base-url <url>          The API host, without /v1 (env XAI_BASE_URL)
  --body-limit <bytes>      The target's request-body limit: enables the 413 flow
Flows
  --list                    Print the flows (cost, what they need, group, name) and exit
  --only <pattern>          Run only flows whose group or name matches (repeatable)
  --skip <pattern>          Leave out matching flows, reported as skipped (repeatable)
  --include-billed          Also run the flows that bill more jobs (free on the mock)
  --free-only               Run only the flows that cost nothing (not even the
                            minimal billed chain: about $0.30 on the live API)
Pace (defaults suit the live API)
  --poll-interval <s>       Seconds between two polls of a job (default ${s(LIVE_PACING.pollIntervalMs)})
  --min-gap <s>             Seconds between any two requests (default ${s(LIVE_PACING.minRequestGapMs)})
  --job-timeout <s>         Seconds to wait for one job (default ${s(LIVE_PACING.jobTimeoutMs)})
  --request-timeout <s>     Seconds to wait for one response (default ${s(LIVE_PACING.requestTimeoutMs)})
Output
  --junit <file>            Write JUnit XML (one test case per flow)
  --json <file>             Write the JSON report
  --record <dir>            Record one response of each kind seen (status and body;
                            no headers, no key)
Other
  -h, --help                This help
  --version                 The version

By default the check runs the free flows and the minimal billed chain (one 2 s 480p
generation, its extension and its edit). Flows that need the mock's Prefer controls or
a target that refuses unknown keys are skipped, with the reason, where the target does
not offer that (it is probed with free GETs).

Exit status: 0 every flow that ran passed; 1 drift (a flow failed); 2 usage error;
3 the check itself failed (say, a report file it could not write).`;
