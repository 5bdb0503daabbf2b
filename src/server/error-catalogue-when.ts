// When the mock sends each error of the catalogue (src/server/error-catalogue.ts): the
// README's "Mock error catalogue" table, row for row and word for word (a test keeps them
// in agreement both ways). Documentation only, so apart from the catalogue itself: no
// runtime code imports it, and a browser bundle of the core does not carry it.
import type { ErrorKey } from './error-catalogue.js';

export const ERROR_WHEN: Readonly<Record<ErrorKey, string>> = {
  '400 invalid-argument':
    'malformed JSON, a body that is not UTF-8, JSON nested deeper than 100 levels or with a key twice in one object; a request the model cannot serve (an edit or extension on a 1.5 model, an input or a combination with `image` it does not take, a resolution or ratio it does not render, reference-to-video over its length or above 720p, keyframes off the grid, a source video of the wrong length, a `data:` first frame that is not an image); an API key that is not accepted; a bad mock control; a request the HTTP parser refuses (a bad request line or header, `Transfer-Encoding` with `Content-Length`; the connection is closed)',
  '400 imagine:content-moderated': 'moderation reported on the poll (`Prefer: outcome=moderated-http`)',
  '401 unauthenticated': 'no `Authorization: Bearer <key>` header, or a malformed one',
  '403 permission-denied': 'injected (`create-status=403`, `poll-status=403`)',
  '404 not-found':
    'unknown `request_id`, unknown model (in a request or `GET /v1/video-generation-models/{id}`), unknown path, unknown video file',
  '405 method-not-allowed': 'a known path with another method (with `Allow`)',
  '408 request-timeout':
    'a request head slower than `--headers-timeout`, or a whole request slower than `--request-timeout` (the connection is closed)',
  '413 payload-too-large': 'a body over `--max-body-bytes` (64 MiB by default); chunk extensions over 16 KiB',
  '415 unsupported-media-type': 'no `Content-Type: application/json`, or an empty body',
  '416 range-not-satisfiable': 'a video byte range outside the file',
  '417 expectation-failed': 'an `Expect` header other than `100-continue`',
  '422 invalid-argument':
    "a field missing (a request with no mode's input among them), of the wrong type, out of range or unknown, or `duration` together with `seconds`, `image` together with `input_reference` (the message names them; tutorial fields such as `video_id` get a hint)",
  '429 resource-exhausted': '`--rate-limit`, injected faults or `create-status=429` (with `Retry-After`)',
  '431 request-header-fields-too-large':
    'a request line and headers over `--max-header-bytes` (16 KiB by default; the connection is closed)',
  '500 internal': "injected; or the mock's own unexpected error",
  '500 mock-contract-violation': 'strict mode: a response the mock was about to send violates the spec',
  '502 unavailable': 'injected',
  '503 unavailable': 'injected (with `Retry-After`); a connection over `--max-connections` (with `Retry-After`; the connection is closed)',
  '504 deadline-exceeded': 'injected',
  '505 http-version-not-supported':
    'a request line of another HTTP version than 1.0 or 1.1 (`HTTP/2.0`, `HTTP/0.9`), or the HTTP/2 connection preface (a gRPC client at the HTTP port); the connection is closed',
  '529 overloaded': 'injected (with `Retry-After`)',
};
