// GET pages outside the API: the index at `/` (the docs and playground pages of the
// mock are added here).
import { ApiError } from './api-error.js';
import type { Reply } from './reply.js';

export function pageRoute(path: string): Reply {
  if (path === '/') {
    return {
      status: 200,
      json: {
        name: 'xai-video-mock',
        api: ['POST /v1/videos/generations', 'POST /v1/videos/extensions', 'POST /v1/videos/edits', 'GET /v1/videos/{request_id}'],
        admin: ['GET /__mock/health', 'POST /__mock/reset', 'GET /__mock/jobs', 'GET /__mock/clock', 'POST /__mock/clock/advance'],
      },
    };
  }
  throw new ApiError('notFound', `No route for GET ${path.slice(0, 200)}.`);
}
