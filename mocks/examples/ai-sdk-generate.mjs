#!/usr/bin/env node
// The Vercel AI SDK (`ai` + `@ai-sdk/xai`) generating a video, given only a base URL.
//
//   XAI_BASE_URL       default http://127.0.0.1:4010 (the mock); https://api.x.ai for the live API
//   XAI_API_KEY        read by @ai-sdk/xai itself; the mock accepts any non-empty key
//   XAI_POLL_INTERVAL  seconds between polls, default 5 (the SDK's own default)
//
//   node mocks/examples/ai-sdk-generate.mjs ["prompt"] [out.mp4]
//
// Prints one JSON line (file, bytes, mediaType and the provider metadata: videoUrl,
// duration, costInUsdTicks ...) and writes the MP4. A failed job is an error (exit 1):
// try the prompt "a cat [mock: outcome=failed, timing=instant]" against the mock.
import { writeFile } from 'node:fs/promises';
import { createXai } from '@ai-sdk/xai';
import { experimental_generateVideo as generateVideo } from 'ai';

const baseUrl = (process.env.XAI_BASE_URL ?? 'http://127.0.0.1:4010').replace(/\/+$/, '');
const pollIntervalMs = Number(process.env.XAI_POLL_INTERVAL ?? '5') * 1000;
const prompt = process.argv[2] ?? 'Gentle waves move across the surface, morning mist rises slowly';
const out = process.argv[3] ?? 'ai-sdk-video.mp4';

// The SDK's default download refuses loopback and private addresses (an SSRF guard:
// "URL with IP address 127.0.0.1 is not allowed"), so the mock's video URL needs a plain
// fetch. Against the live API (https://vidgen.x.ai/...) the default download is used.
function isLocalHost(url) {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host.endsWith('.local') ||
    host === '::1' ||
    /^(127|10|0)\.|^192\.168\.|^172\.(1[6-9]|2\d|3[01])\./.test(host)
  );
}

async function downloadWithFetch({ url, abortSignal }) {
  const response = await fetch(url, { signal: abortSignal });
  if (!response.ok) throw new Error(`download of ${url} failed: HTTP ${response.status}`);
  return { data: new Uint8Array(await response.arrayBuffer()), mediaType: response.headers.get('content-type') ?? undefined };
}

const xai = createXai({ baseURL: `${baseUrl}/v1` });

try {
  const { video, providerMetadata } = await generateVideo({
    model: xai.video('grok-imagine-video'),
    prompt,
    duration: 6,
    aspectRatio: '16:9',
    providerOptions: { xai: { resolution: '480p' } },
    poll: { intervalMs: pollIntervalMs },
    download: isLocalHost(baseUrl) ? downloadWithFetch : undefined,
  });
  await writeFile(out, video.uint8Array);
  console.log(JSON.stringify({ file: out, bytes: video.uint8Array.length, mediaType: video.mediaType, ...providerMetadata.xai }));
} catch (error) {
  console.error(`${error.name}: ${error.message}`);
  process.exitCode = 1;
}
