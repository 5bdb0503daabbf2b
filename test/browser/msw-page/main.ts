// A page as a frontend team would write it: the typed client talks to https://api.x.ai
// as it would in production, and MSW's service worker answers with the mock's handlers
// (the package's build output, bundled for the browser). No mock server runs anywhere.
import { setupWorker } from 'msw/browser';
import { createVideoHandlers } from '../../../dist/hosts/msw.js';
import { createVideoClient } from '../../../src/client/index.js';

const state = (value: string) => {
  document.body.dataset.state = value;
};

async function main(): Promise<void> {
  // polls: 3 → the job is pending for two polls and done on the third, whatever the clock.
  const worker = setupWorker(...createVideoHandlers({ polls: 3 }));
  await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true });
  const client = createVideoClient({ apiKey: 'browser-test-key', pollIntervalMs: 20 });
  const progress: number[] = [];
  state('generating');
  const video = await client.generate(
    { prompt: 'a paper boat drifting down a rain-soaked street', duration: 2, resolution: '480p' },
    { onProgress: (p) => progress.push(p.progress ?? -1) },
  );
  document.querySelector('#result')!.textContent = JSON.stringify({ url: video.url, duration: video.duration, progress });
  const player = document.querySelector('video')!;
  player.src = video.url;
  await player.play();
  state('playing');
}

main().catch((error: unknown) => {
  document.querySelector('#result')!.textContent = String((error as Error)?.stack ?? error);
  state('error');
});
