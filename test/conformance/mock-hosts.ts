// The three hosts of the one mock core, behind one interface for the conformance suite:
// each starts a mock with the given options and offers a `fetch` that reaches it.
import { setupServer } from 'msw/node';
import { createMockFetchHandler, type MockOptions, startMockServer } from '../../src/hosts/index.js';
import { createVideoHandlers } from '../../src/hosts/msw.js';

export interface RunningHost {
  baseUrl: string;
  fetch(url: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

export interface MockHost {
  name: 'node' | 'fetch' | 'msw';
  start(options: MockOptions): Promise<RunningHost>;
}

export const NODE_HOST: MockHost = {
  name: 'node',
  async start(options) {
    const server = await startMockServer({ port: 0, quiet: true, ...options });
    return { baseUrl: server.url, fetch: (url, init) => fetch(url, init), close: () => server.close() };
  },
};

export const FETCH_HOST: MockHost = {
  name: 'fetch',
  async start(options) {
    const handler = createMockFetchHandler(options);
    return {
      baseUrl: 'http://fetch-host.test',
      // What a runtime does with Response.error(): the client's fetch fails.
      fetch: async (url, init) => {
        const response = await handler(new Request(url, init));
        if (response.type === 'error') throw new TypeError('network error');
        return response;
      },
      close: async () => {},
    };
  },
};

export const MSW_HOST: MockHost = {
  name: 'msw',
  async start(options) {
    const server = setupServer(...createVideoHandlers(options));
    server.listen({ onUnhandledRequest: 'error' });
    return { baseUrl: 'https://api.x.ai', fetch: (url, init) => fetch(url, init), close: async () => server.close() };
  },
};

export const HOSTS: readonly MockHost[] = [NODE_HOST, FETCH_HOST, MSW_HOST];
