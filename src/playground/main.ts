/**
 * The playground: a reference integration of the typed client in a browser.
 *
 * 1. `createVideoClient({ apiKey, baseUrl, fetch })`: the injected `fetch` adds the mock's
 *    `Prefer` header (see `mock-controls-fetch.ts`); against the live API, leave it out.
 * 2. `client.generate / extend / edit(body, { onProgress, signal, pollIntervalMs })`:
 *    one call creates the job and polls it; `onProgress` drives the progress bar.
 * 3. Every failure is an error class: `describe-error.ts` turns each into a message.
 *
 * Served by the mock at `/` (bundled with esbuild); see README "Playground".
 */
import { createVideoClient, type FinishedVideo, type VideoClient, type WaitOptions } from '../client/index.js';
import { buildJobRequest, type JobRequest } from './build-request.js';
import { describeError } from './describe-error.js';
import { field, fillForm, readControls, readForm, updateForm, useAsSource } from './form-fields.js';
import { advanceClock, listJobs, mockVideoUrl } from './mock-admin.js';
import { preferHeader, withMockControls } from './mock-controls-fetch.js';
import { readPageOptions } from './page-options.js';
import { createPlaygroundView } from './playground-view.js';
import { readDataUri } from './read-data-uri.js';

const CLOCK_STEP_SECONDS = 10;
const options = readPageOptions(location.search, location.origin);
const form = document.querySelector<HTMLFormElement>('#job-form')!;
const view = createPlaygroundView();
/** The running call's controller: Cancel aborts the wait (the job itself keeps running). */
let running: AbortController | undefined;

/** One client per run: the key and base URL fields may have changed since the last one. */
function clientFromForm(): VideoClient {
  return createVideoClient({
    apiKey: field(form, 'apiKey').value,
    baseUrl: baseUrl(),
    fetch: withMockControls(() => preferHeader(readControls(form))),
    pollIntervalMs: options.pollIntervalMs,
  });
}

function baseUrl(): string {
  return field(form, 'baseUrl').value.replace(/\/+$/, '');
}

/** The three create-and-wait calls share their options; the body type picks the call. */
function runJob(client: VideoClient, job: JobRequest, wait: WaitOptions): Promise<FinishedVideo> {
  switch (job.operation) {
    case 'generate':
      return client.generate(job.body, wait);
    case 'extend':
      return client.extend(job.body, wait);
    case 'edit':
      return client.edit(job.body, wait);
  }
}

async function run(): Promise<void> {
  const values = readForm(form);
  const controller = new AbortController();
  running = controller;
  view.begin(values.operation);
  try {
    const job = await buildJobRequest(values, readDataUri);
    const video = await runJob(clientFromForm(), job, {
      signal: controller.signal,
      onProgress: (progress) => {
        view.progress(progress);
        void refreshJobs();
      },
    });
    view.done(video);
    // The finished video is the natural source of a follow-up extension or edit.
    field(form, 'sourceUrl').value = video.url;
  } catch (error) {
    view.failed(describeError(error));
  } finally {
    if (running === controller) running = undefined;
    view.end();
    void refreshJobs();
  }
}

async function refreshJobs(): Promise<void> {
  try {
    view.jobs(await listJobs(baseUrl()));
  } catch {
    // The admin surface exists only on the mock; against another server the list stays empty.
    view.jobs([]);
  }
}

function wire(): void {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  form.addEventListener('change', (event) => updateForm(form, event.target));
  document.getElementById('cancel')?.addEventListener('click', () => running?.abort());
  document.getElementById('refresh-jobs')?.addEventListener('click', () => void refreshJobs());
  document.getElementById('advance-clock')?.addEventListener('click', () => {
    void advanceClock(baseUrl(), CLOCK_STEP_SECONDS).then(refreshJobs);
  });
  // "use as source": the finished video becomes the input of an extension or an edit.
  document.getElementById('jobs-body')?.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-use-source]');
    const { useSource: id, operation } = button?.dataset ?? {};
    if (!id || (operation !== 'extend' && operation !== 'edit')) return;
    useAsSource(form, operation, mockVideoUrl(baseUrl(), id));
    form.scrollIntoView({ block: 'start' });
    field<HTMLTextAreaElement>(form, 'prompt').focus();
  });
}

fillForm(form, options);
wire();
void refreshJobs();
document.body.dataset.state = 'idle';
