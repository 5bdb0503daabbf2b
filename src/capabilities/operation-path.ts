// The create operations by path and by the word the docs use for them: messages name the
// path a user posted to, so they can find it in their own code.
import type { CreateOperationId } from '../spec/index.js';

export const OPERATION_PATHS: Record<CreateOperationId, string> = {
  generateVideo: '/v1/videos/generations',
  extendVideo: '/v1/videos/extensions',
  editVideo: '/v1/videos/edits',
};

export const OPERATION_NOUNS: Record<CreateOperationId, string> = {
  generateVideo: 'generations',
  extendVideo: 'extensions',
  editVideo: 'edits',
};
