// The mutator orval's generated functions call (orval.dev/docs/guides/custom-client): the
// base URL and the bearer key are set once at run time, as a consumer points the same
// generated code at the live API, a staging server or this mock.
export interface OrvalFetchSettings {
  baseUrl: string;
  apiKey: string;
}

let settings: OrvalFetchSettings = { baseUrl: 'https://api.x.ai', apiKey: '' };

export function configureOrvalFetch(next: OrvalFetchSettings): void {
  settings = next;
}

/** What the generated response types expect: the parsed body (or undefined), the status and headers. */
export async function orvalFetch<T>(url: string, init: RequestInit): Promise<T> {
  const headers = new Headers(init.headers);
  headers.set('Authorization', `Bearer ${settings.apiKey}`);
  const response = await fetch(`${settings.baseUrl}${url}`, { ...init, headers });
  const text = await response.text();
  // A pending 202 may have an empty body (spec: VideoPending); that is no JSON to parse.
  const data: unknown = text === '' ? undefined : JSON.parse(text);
  return { data, status: response.status, headers: response.headers } as T;
}
