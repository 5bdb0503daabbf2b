/**
 * The form, read and filled. Kept apart from the request building so that
 * `build-request.ts` stays free of DOM lookups (and easy to read as an example). The
 * choices it offers come from the capability table (model-choices.ts) and follow the
 * user: another operation, model or input changes what the others may be.
 */
import type { AspectRatio, Resolution, VideoModel } from '../client/index.js';
import type { FormValues, PlaygroundOperation } from './build-request.js';
import { type Choice, type FormChoices, formChoices, type InputChoice } from './model-choices.js';
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

/** The files of an input the model takes; a disabled one (the model does not) sends nothing. */
function files(form: HTMLFormElement, name: string): File[] {
  const input = field(form, name);
  return input.disabled ? [] : [...(input.files ?? [])];
}

/** A select's value, or undefined when it is disabled or left at its empty "default" option. */
function chosen(form: HTMLFormElement, name: string): string | undefined {
  const select = field<HTMLSelectElement>(form, name);
  return select.disabled || select.value === '' ? undefined : select.value;
}

export function readForm(form: HTMLFormElement): FormValues {
  const text = (name: string) => field<Field>(form, name).value;
  // The selects hold only values from the capability table, which the spec's enums are
  // generated from (make generate): these casts name what the table guarantees.
  return {
    operation: operationOf(form),
    prompt: text('prompt'),
    model: text('model') as VideoModel,
    duration: Number(text('duration')),
    resolution: text('resolution') as Resolution,
    aspectRatio: chosen(form, 'aspectRatio') as AspectRatio | undefined,
    image: files(form, 'image')[0],
    referenceImages: files(form, 'referenceImages'),
    sourceUrl: text('sourceUrl').trim(),
  };
}

export function readControls(form: HTMLFormElement): MockControlChoice {
  return { outcome: field(form, 'outcome').value, errorCode: field(form, 'errorCode').value, timing: field(form, 'timing').value };
}

/** Fills the connection defaults (zero setup against the mock) and the table's choices. */
export function fillForm(form: HTMLFormElement, options: PageOptions): void {
  field(form, 'apiKey').value = options.apiKey;
  field(form, 'baseUrl').value = options.baseUrl;
  updateForm(form);
}

/** The model the user picked for each operation: Extend switches to a model that extends, and Generate gets theirs back. */
const picked = new Map<PlaygroundOperation, string>();

/** Shows the fields the operation uses and the choices the table allows; `changed` is the control the user just set. */
export function updateForm(form: HTMLFormElement, changed?: EventTarget | null): void {
  const operation = operationOf(form);
  const model = field<HTMLSelectElement>(form, 'model');
  if (changed === model) picked.set(operation, model.value);
  const choices = formChoices({
    operation,
    model: picked.get(operation) ?? (model.value || undefined),
    image: (field(form, 'image').files?.length ?? 0) > 0,
    referenceImages: field(form, 'referenceImages').files?.length ?? 0,
  });
  applyChoices(form, choices);
  showFieldsFor(form, operation);
}

function applyChoices(form: HTMLFormElement, choices: FormChoices): void {
  fillSelect(field<HTMLSelectElement>(form, 'model'), choices.models, choices.model);
  const resolution = field<HTMLSelectElement>(form, 'resolution');
  fillSelect(resolution, choices.resolutions, resolution.value || undefined);
  const ratio = field<HTMLSelectElement>(form, 'aspectRatio');
  const ratios = choices.aspectRatios.map((value) => ({ value, label: value }));
  fillSelect(ratio, [{ value: '', label: 'default' }, ...ratios], ratio.value);
  ratio.disabled = choices.aspectRatioFromImage;
  hint(form, 'aspectRatio', choices.aspectRatioFromImage ? "the first frame's own ratio" : '');
  applyDuration(form, choices.duration);
  applyInput(form, 'image', choices.image);
  applyInput(form, 'referenceImages', choices.referenceImages);
}

/** Options with the ones the model refuses disabled (and saying why); keeps `value` when it is allowed. */
function fillSelect(select: HTMLSelectElement, choices: readonly Choice[], value: string | undefined): void {
  const options = choices.map((choice) => {
    const option = new Option(choice.off ? `${choice.label} — ${choice.off}` : choice.label, choice.value);
    option.disabled = choice.off !== undefined;
    return option;
  });
  select.replaceChildren(...options);
  const keep = choices.find((choice) => choice.value === value && !choice.off) ?? choices.find((choice) => !choice.off);
  select.value = keep?.value ?? '';
}

function applyDuration(form: HTMLFormElement, range: { min: number; max: number } | undefined): void {
  const input = field(form, 'duration');
  if (range === undefined) return;
  input.min = String(range.min);
  input.max = String(range.max);
  const value = Number(input.value);
  if (!(value >= range.min)) input.value = String(range.min);
  else if (value > range.max) input.value = String(range.max);
  hint(form, 'duration', `${range.min}–${range.max} s`);
}

function applyInput(form: HTMLFormElement, name: string, choice: InputChoice): void {
  field(form, name).disabled = !choice.allowed;
  const limit = choice.maxItems === undefined ? '' : `up to ${choice.maxItems}`;
  hint(form, name, choice.off ?? limit);
}

/** The short note beside a control: `<small data-hint="name">`. */
function hint(form: HTMLFormElement, name: string, text: string): void {
  const element = form.querySelector<HTMLElement>(`[data-hint="${name}"]`);
  if (element) element.textContent = text;
}

/** Shows the fields the operation uses: `data-ops="generate extend"` lists them. */
export function showFieldsFor(form: HTMLFormElement, operation: PlaygroundOperation): void {
  for (const group of form.querySelectorAll<HTMLElement>('[data-ops]')) {
    group.hidden = !(group.dataset.ops ?? '').split(' ').includes(operation);
  }
  // Only a failed job has an error code.
  field<HTMLSelectElement>(form, 'errorCode').disabled = field<HTMLSelectElement>(form, 'outcome').value !== 'failed';
}

/** Switches the form to extending or editing `sourceUrl`, with a model that does that. */
export function useAsSource(form: HTMLFormElement, operation: 'extend' | 'edit', sourceUrl: string): void {
  const radio = form.querySelector<HTMLInputElement>(`input[name="operation"][value="${operation}"]`);
  if (radio) radio.checked = true;
  field(form, 'sourceUrl').value = sourceUrl;
  updateForm(form);
}
