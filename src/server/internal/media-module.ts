// The media code (MP4 writer and readers, image headers): loaded only by the requests that
// need it, so a browser bundle's first chunk stays small, and loaded once.
import { lazyModule } from './lazy-module.js';

export const mediaModule = lazyModule(() => import('../../media/index.js'));
