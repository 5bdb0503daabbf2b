// Debian's Chromium through playwright-core, headless, in a throw-away profile, with nothing
// phoning home; autoplay with sound is allowed so tests can play audible media without a gesture.
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, requireChromium, throwAwayProfile } from '../support/chromium-profile.js';

export interface Chromium {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<Chromium> {
  requireChromium();
  const profile = throwAwayProfile('media-chromium-');
  const context = await chromium.launchPersistentContext(profile.dir, {
    executablePath: CHROMIUM,
    headless: true,
    env: profile.env,
    args: [...CHROMIUM_ARGS, '--autoplay-policy=no-user-gesture-required'],
  });
  return {
    context,
    async close() {
      await context.close();
      profile.remove();
    },
  };
}
