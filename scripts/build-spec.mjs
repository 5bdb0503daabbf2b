// Build step: turns the spec into what the built mock loads at start-up without parsing
// YAML or compiling schemas (cold start): dist/spec/spec.json and dist/spec/validators.js,
// ajv standalone code for every request body and every JSON response of every operation.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createSpecValidators, loadSpecDocument } from '../dist/spec/index.js';
import { compileAll } from '../dist/spec/spec-validators.js';

const outDir = new URL('../dist/spec/', import.meta.url);
mkdirSync(outDir, { recursive: true });
const document = loadSpecDocument();
writeFileSync(new URL('spec.json', outDir), JSON.stringify(document));
const { code, count } = compileAll(document);
writeFileSync(new URL('validators.js', outDir), code);
createSpecValidators(document); // fails loudly here, not at run time, if the spec does not compile
console.log(`dist/spec: spec.json and ${count} precompiled validators`);
