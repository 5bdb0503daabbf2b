// A Debian program a test drives (redis-server, nginx), found on PATH or in the sbin
// folders a non-root PATH often lacks, or at the path its environment variable names.
// Missing in CI (.ci/run installs it) is a failure; missing on a laptop is a skip that
// says what to install.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface SystemTool {
  name: string;
  /** Set: use it. */
  path: string | undefined;
  /** Why it is skipped, and what to install (undefined when found). */
  missing: string | undefined;
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** `envVar` overrides the search; `debianPackage` is what .ci/run installs. */
export function findSystemTool(name: string, envVar: string, debianPackage: string): SystemTool {
  const override = process.env[envVar];
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/local/sbin', '/usr/sbin', '/sbin'].filter(Boolean);
  const path = override ?? dirs.map((dir) => join(dir, name)).find(executable);
  if (path !== undefined && executable(path)) return { name, path, missing: undefined };
  const missing = `${name} not found${override ? ` at ${envVar}=${override}` : ''}: install it (Debian/Ubuntu: apt-get install ${debianPackage}; macOS: brew install ${debianPackage.replace('-server', '')}) or set ${envVar}`;
  if (process.env.CI) throw new Error(`${missing} (CI must run these tests)`);
  console.warn(`skipping: ${missing}`);
  return { name, path: undefined, missing };
}
