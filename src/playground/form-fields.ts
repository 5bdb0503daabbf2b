/**
 * The form, read and filled. Kept apart from the request building so that
 * `build-request.ts` stays free of DOM lookups (and easy to read as an example).
 */
import { ASPECT_RATIOS, MODELS, RESOLUTIONS, type FormValues, type PlaygroundOperation } from './build-request.js';
import type { MockControlChoice } from './mock-controls-fetch.js';
import type { PageOptions } from './page-options.js';

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** A named control of the form; a missing one is a bug in index.html, so it throws. */
export function field<T extends Field = HTMLInputElement>(form: HTMLFormElement, name: string): T {
  const element = form.elements.namedItem(name);
  if (element === null || element instanceof RadioNodeList) throw new Error(`form field "${name}" is missing`);
  return element as T;
}

export function operationOf(form: HTMLFormElement): PlaygroundOperation {
  const checked = form.querySelector<HTMLInputElement>('input[name="operation"]:checked');
  return (checked?.value ?? 'generate') as PlaygroundOperation;
}

/** Narrows a select's value to one of the typed choices (index.html is filled from them). */
function oneOf<T extends string>(value: string, choices: readonly T[]): T | undefined {
  return choices.find((choice) => choice === value);
}

export function readForm(form: HTMLFormElement): FormValues {
  const text = (name: string) => field<Field>(form, name).value;
  const files = (name: string) => [...(field(form, name).files ?? [])];
  return {
    operation: operationOf(form),
    prompt: text('prompt'),
    model: oneOf(text('model'), MODELS) ?? MODELS[0],
    duration: Number(text('duration')),
    resolution: oneOf(text('resolution'), RESOLUTIONS) ?? RESOLUTIONS[0],
    aspectRatio: oneOf(text('aspectRatio'), ASPECT_RATIOS),
    image: files('image')[0],
    referenceImages: files('referenceImages'),
    sourceUrl: text('sourceUrl').trim(),
  };
}

export function readControls(form: HTMLFormElement): MockControlChoice {
  return { outcome: field(form, 'outcome').value, errorCode: field(form, 'errorCode').value, timing: field(form, 'timing').value };
}

/** Fills the typed selects and the connection defaults (zero setup against the mock). */
export function fillForm(form: HTMLFormElement, options: PageOptions): void {
  fillSelect(field<HTMLSelectElement>(form, 'model'), MODELS);
  fillSelect(field<HTMLSelectElement>(form, 'resolution'), RESOLUTIONS);
  fillSelect(field<HTMLSelectElement>(form, 'aspectRatio'), ASPECT_RATIOS, 'default');
  field(form, 'apiKey').value = options.apiKey;
  field(form, 'baseUrl').value = options.baseUrl;
  showFieldsFor(form, operationOf(form));
}

function fillSelect(select: HTMLSelectElement, choices: readonly string[], emptyLabel?: string): void {
  const options = choices.map((choice) => new Option(choice, choice));
  if (emptyLabel !== undefined) options.unshift(new Option(emptyLabel, ''));
  select.replaceChildren(...options);
}

/** Shows the fields the operation uses: `data-ops="generate extend"` lists them. */
export function showFieldsFor(form: HTMLFormElement, operation: PlaygroundOperation): void {
  for (const group of form.querySelectorAll<HTMLElement>('[data-ops]')) {
    group.hidden = !(group.dataset.ops ?? '').split(' ').includes(operation);
  }
  // Only a failed job has an error code.
  field<HTMLSelectElement>(form, 'errorCode').disabled = field<HTMLSelectElement>(form, 'outcome').value !== 'failed';
}
