// The Node HTTP host: startMockServer, and the supervisor the CLI runs it under.
export { startMockServer } from './node-server.js';
export type { RunningMockServer, StopOptions, StopReport } from './node-server.js';
export { type SupervisedProcess, superviseProcess } from './process-supervisor.js';
