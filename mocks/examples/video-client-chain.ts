// This project's client (`createVideoClient`) against a base URL: generate a clip, extend
// it by its video URL, then edit the extension, printing progress and each result.
//
//   XAI_BASE_URL       default http://127.0.0.1:4010 (the mock); https://api.x.ai for the live API
//   XAI_API_KEY        required; the mock accepts any non-empty key
//   XAI_POLL_INTERVAL  seconds between polls, default 5
//
// From a checkout of this repository:  npx tsx mocks/examples/video-client-chain.ts
// In your own project, import from the package instead:
//   import { createVideoClient } from 'xai-video-contract';
import { createVideoClient, type VideoProgress } from '../../src/client/index.js';

const apiKey = process.env.XAI_API_KEY;
if (!apiKey) throw new Error('set XAI_API_KEY (the mock accepts any non-empty value)');
const baseUrl = process.env.XAI_BASE_URL ?? 'http://127.0.0.1:4010';
const pollIntervalMs = Number(process.env.XAI_POLL_INTERVAL ?? '5') * 1000;

const videos = createVideoClient({ apiKey, baseUrl, pollIntervalMs });
const onProgress = (p: VideoProgress) => console.log(`  ${p.status} ${p.progress ?? '?'}%`);

// A 2 s clip, so the extension (+6 s by default) stays within the 8.7 s an edit accepts.
console.log('generate');
const generated = await videos.generate({ prompt: 'A paper boat drifts across a pond', duration: 2 }, { onProgress });
console.log(JSON.stringify({ step: 'generate', url: generated.url, duration: generated.duration }));

console.log('extend');
const extended = await videos.extend({ prompt: 'The boat drifts under a stone bridge', video: { url: generated.url } }, { onProgress });
console.log(JSON.stringify({ step: 'extend', url: extended.url, duration: extended.duration }));

console.log('edit');
const edited = await videos.edit({ prompt: 'Make it an autumn scene', video: { url: extended.url } }, { onProgress });
console.log(JSON.stringify({ step: 'edit', url: edited.url, duration: edited.duration }));
