// The CLI's flags for where the mock listens and what it serves (the Server group of
// --help, before the shared store's flags).
import { DEFAULT_GRPC_PORT, DEFAULT_HOST, DEFAULT_MAX_BODY_BYTES, DEFAULT_PORT } from '../../server/index.js';
import { type Flag, number } from './flag.js';

export const SERVER_FLAGS: readonly Flag[] = [
  {
    name: 'port',
    arg: 'n',
    group: 'Server',
    help: `Port (env PORT; default ${DEFAULT_PORT}; 0 = any free port)`,
    option: 'port',
    apply: (o, v) => (o.port = number('port', String(v))),
  },
  {
    name: 'host',
    arg: 'addr',
    group: 'Server',
    help: `Address to bind (env HOST; default ${DEFAULT_HOST})`,
    option: 'host',
    apply: (o, v) => (o.host = String(v)),
  },
  {
    name: 'grpc-port',
    arg: 'n|off',
    default: String(DEFAULT_GRPC_PORT),
    group: 'Server',
    help: `Port of the gRPC host: xAI's xai_api.Video, for the official Python SDK (api_host="localhost:<n>"; default ${DEFAULT_GRPC_PORT}; 0 = any free port; off = none)`,
    option: 'grpcPort',
    apply: (o, v) => (o.grpcPort = String(v).trim().toLowerCase() === 'off' ? false : number('grpc-port', String(v))),
  },
  {
    name: 'public-url',
    arg: 'url',
    group: 'Server',
    help: 'Base of video.url (default: the Host the client used; over gRPC, the HTTP address)',
    option: 'publicUrl',
    apply: (o, v) => (o.publicUrl = String(v)),
  },
  {
    name: 'max-body-bytes',
    arg: 'n',
    group: 'Server',
    help: `Largest accepted request body (default ${DEFAULT_MAX_BODY_BYTES})`,
    option: 'maxBodyBytes',
    apply: (o, v) => (o.maxBodyBytes = number('max-body-bytes', String(v))),
  },
  { name: 'quiet', group: 'Server', help: 'No access log', option: 'quiet', apply: (o) => (o.quiet = true) },
  {
    name: 'strict',
    group: 'Server',
    help: 'Validate every response against the spec (a violation is a 500)',
    option: 'strict',
    apply: (o) => (o.strict = true),
  },
];
