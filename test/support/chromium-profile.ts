// What every headless Chromium of the suite shares: Debian's binary, the flags that keep it
// quiet on a closed network, and a throw-away profile that holds everything it writes.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
  }
}

export interface ChromiumProfile {
  /** The new, empty directory launchPersistentContext passes as --user-data-dir. */
  dir: string;
  /** The browser's environment: its scratch folders inside the profile. */
  env: NodeJS.ProcessEnv;
  remove(): void;
}

export function throwAwayProfile(prefix: string): ChromiumProfile {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const inProfile = (name: string) => {
    const folder = join(dir, name);
    mkdirSync(folder, { mode: 0o700 });
    return folder;
  };
  return {
    dir,
    // Playing audio loads libpulse, which keeps its runtime directory in TMPDIR (pulse-*)
    // when the machine has no XDG runtime dir: inside the profile, it goes with it. So does
    // Chromium's own scratch directory (.org.chromium.Chromium.*), left behind once in a
    // while when the browser is still shutting down as the suite ends.
    env: { ...process.env, XDG_RUNTIME_DIR: inProfile('runtime'), PULSE_RUNTIME_PATH: join(dir, 'pulse'), TMPDIR: inProfile('tmp') },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
