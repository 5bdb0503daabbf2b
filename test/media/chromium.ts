// Debian's Chromium through playwright-core, headless, in a throw-away profile, with nothing
// phoning home; autoplay with sound is allowed so tests can play audible media without a gesture.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Chromium {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<Chromium> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'media-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    // Playing audio loads libpulse, which keeps its runtime directory in TMPDIR (pulse-*)
    // when the machine has no XDG runtime dir: inside the profile, it goes with it. So does
    // Chromium's own scratch directory (.org.chromium.Chromium.*), left behind once in a
    // while when the browser is still shutting down as the suite ends.
    env: {
      ...process.env,
      XDG_RUNTIME_DIR: dirInProfile(profile, 'runtime'),
      PULSE_RUNTIME_PATH: join(profile, 'pulse'),
      TMPDIR: dirInProfile(profile, 'tmp'),
    },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A folder inside the throw-away profile (the runtime dir, Chromium's TMPDIR): nothing Chromium starts writes elsewhere. */
function dirInProfile(profile: string, name: string): string {
  const dir = join(profile, name);
  mkdirSync(dir, { mode: 0o700 });
  return dir;
}
