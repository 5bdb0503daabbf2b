// The spec for the mock's hosts: the one module of spec/ that a browser bundle may import.
// This source version compiles the YAML with ajv in Node (vitest, tsx). The build
// overwrites dist/spec/spec-bundle.js with a portable module of the same exports
// (scripts/build-spec.mjs) that imports the precompiled request validators statically,
// loads the response validators (strict mode only) on demand and holds the capability
// table as data: no fs, no YAML parser, no ajv compiler in a bundle.
import { type ModelCapabilities, modelCapabilityTable } from './model-capabilities.js';
import { createSpecValidators, type SpecValidators } from './spec-validators.js';
import type { RequestValidators, ResponseValidators } from './validator-set.js';

let compiled: SpecValidators | undefined;

export function requestValidators(): RequestValidators {
  compiled ??= createSpecValidators();
  return compiled;
}

export function loadResponseValidators(): Promise<ResponseValidators> {
  compiled ??= createSpecValidators();
  return Promise.resolve(compiled);
}

/** The rows of `x-model-capabilities`, as src/capabilities reads them in every host. */
export function capabilityTable(): readonly ModelCapabilities[] {
  return modelCapabilityTable();
}
