// What the package's two command-line tools (xai-video-mock in src/hosts, xai-video-contract
// in src/contract) share: the "did you mean" for a mistyped flag. Node-only (node:util).
export { suggestFlag } from './suggest-flag.js';
export { type FlagOptions, unknownFlag } from './unknown-flag.js';
