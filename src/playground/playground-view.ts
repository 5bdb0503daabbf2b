/**
 * Everything the playground shows: status line, progress bar, the video, the error panel
 * and the recent-jobs table. `document.body.dataset.state` mirrors the phase
 * (`idle`, `creating`, `pending`, `done`, `error`) for styling and for the browser tests.
 */
import type { FinishedVideo, VideoProgress } from '../client/index.js';
import type { ErrorView } from './describe-error.js';
import type { MockJob } from './mock-admin.js';
import { sourceVideoProblem } from './model-choices.js';

const TICKS_PER_USD = 1e10;

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`#${id} is missing from index.html`);
  return element as T;
}

function facts(list: HTMLDListElement, rows: [string, string][]): void {
  list.replaceChildren(
    ...rows.flatMap(([label, value]) => {
      const dt = document.createElement('dt');
      const dd = document.createElement('dd');
      dt.textContent = label;
      dd.textContent = value;
      dd.dataset.fact = label;
      return [dt, dd];
    }),
  );
}

export interface PlaygroundView {
  begin(operation: string): void;
  progress(progress: VideoProgress): void;
  done(video: FinishedVideo): void;
  failed(error: ErrorView): void;
  end(): void;
  jobs(list: MockJob[]): void;
}

/** The page's fixed elements, looked up once. */
interface Parts {
  status: HTMLElement;
  bar: HTMLProgressElement;
  video: HTMLVideoElement;
  errorPanel: HTMLElement;
  result: HTMLDListElement;
  run: HTMLButtonElement;
  cancel: HTMLButtonElement;
}

function setState(parts: Parts, state: string, text: string): void {
  document.body.dataset.state = state;
  parts.status.textContent = text;
}

function begin(parts: Parts, operation: string): void {
  setState(parts, 'creating', `${operation}: creating the job…`);
  parts.bar.value = 0;
  parts.errorPanel.hidden = true;
  parts.video.hidden = true;
  parts.video.removeAttribute('src');
  parts.result.replaceChildren();
  // One job at a time: Run waits for this one; Cancel stops waiting for it.
  parts.run.disabled = true;
  parts.cancel.disabled = false;
}

export function createPlaygroundView(): PlaygroundView {
  const parts: Parts = {
    status: byId('status'),
    bar: byId('progress'),
    video: byId('video'),
    errorPanel: byId('error'),
    result: byId('result'),
    run: byId('run'),
    cancel: byId('cancel'),
  };
  return {
    begin: (operation) => begin(parts, operation),
    progress({ requestId, status, progress }) {
      if (status !== 'pending') return;
      parts.bar.value = progress ?? parts.bar.value;
      setState(parts, 'pending', `pending · ${progress ?? '?'} % · ${requestId}`);
    },
    done(finished) {
      parts.bar.value = 100;
      setState(parts, 'done', `done · ${finished.duration ?? '?'} s · ${finished.requestId}`);
      showVideo(parts.video, finished.url);
      facts(parts.result, resultFacts(finished));
    },
    failed(view) {
      setState(parts, 'error', view.title);
      showError(parts.errorPanel, view);
    },
    end() {
      parts.run.disabled = false;
      parts.cancel.disabled = true;
    },
    jobs: (list) => byId('jobs-body').replaceChildren(...list.map(jobRow)),
  };
}

function showVideo(video: HTMLVideoElement, url: string): void {
  video.hidden = false;
  video.src = url;
  // Autoplay needs `muted`; a rejected play() (a strict autoplay policy) leaves the controls.
  void video.play().catch(() => undefined);
}

function resultFacts(video: FinishedVideo): [string, string][] {
  const rows: [string, string | undefined][] = [
    ['request_id', video.requestId],
    ['duration', video.duration === undefined ? undefined : `${video.duration} s`],
    ['model', video.model],
    ['cost_in_usd_ticks', video.costInUsdTicks?.toString()],
    ['cost', video.costInUsdTicks === undefined ? undefined : `$${(video.costInUsdTicks / TICKS_PER_USD).toFixed(4)}`],
    ['video.url', video.url],
  ];
  return rows.filter((row): row is [string, string] => row[1] !== undefined);
}

function showError(panel: HTMLElement, view: ErrorView): void {
  panel.hidden = false;
  panel.dataset.kind = view.kind;
  const title = document.createElement('h3');
  const detail = document.createElement('p');
  const list = document.createElement('dl');
  title.textContent = view.title;
  detail.textContent = view.detail;
  facts(list, view.facts);
  panel.replaceChildren(title, detail, list);
}

function jobRow(job: MockJob): HTMLTableRowElement {
  const row = document.createElement('tr');
  row.dataset.requestId = job.request_id;
  row.dataset.status = job.status;
  const cells = [
    job.request_id,
    job.operation,
    job.status,
    `${job.progress} %`,
    job.duration === undefined ? '' : `${job.duration} s`,
    [job.resolution, job.aspect_ratio].filter(Boolean).join(' · '),
    new Date(job.created_at).toLocaleTimeString(),
  ];
  row.replaceChildren(...cells.map((text) => Object.assign(document.createElement('td'), { textContent: text })));
  row.append(actionCell(job));
  return row;
}

/** A finished video can be the source of the next extension or edit (within the table's source lengths). */
function actionCell(job: MockJob): HTMLTableCellElement {
  const cell = document.createElement('td');
  if (job.status !== 'done') return cell;
  for (const operation of ['extend', 'edit'] as const) {
    const problem = sourceVideoProblem(operation, job.duration);
    const button = Object.assign(document.createElement('button'), { type: 'button', textContent: operation, disabled: !!problem });
    button.title = problem ?? `${operation} this video: switches the form to ${operation === 'extend' ? 'Extend' : 'Edit'}`;
    button.dataset.useSource = job.request_id;
    button.dataset.operation = operation;
    cell.append(button);
  }
  return cell;
}
