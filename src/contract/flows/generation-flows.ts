// POST /v1/videos/generations in its three modes (docs.x.ai "Video Generation"), polled to done.
import type { ContractSession } from '../contract-session.js';
import { createJob, downloadVideo, pollUntilTerminal } from '../video-jobs.js';
import { NEEDS, type ContractFlow } from './contract-flow.js';
import { expectDone } from './job-expectations.js';
import { everythingBody, imageToVideoBody, referenceToVideoBody, TINY_PNG_DATA_URI } from './request-bodies.js';

async function generateUntilDone(session: ContractSession, body: Record<string, unknown>, duration: number | undefined): Promise<void> {
  const id = await createJob(session, 'generateVideo', body);
  if (!id) return;
  const video = expectDone(session, id, await pollUntilTerminal(session, id), duration);
  if (video) await downloadVideo(session, video.url);
}

export const generationFlows: ContractFlow[] = [
  {
    name: 'text-to-video: create, poll to done, download an MP4',
    group: 'generation',
    sends: 'valid',
    cost: 'cheap',
    async run({ session, sourceVideo }) {
      // The shared source video is this flow's job: the live run pays for it once.
      const video = await sourceVideo(session);
      session.expect(video !== undefined, 'text-to-video produced no finished video');
      if (video) await downloadVideo(session, video.url);
    },
  },
  {
    name: 'image-to-video from an https URL (prompt omitted: optional with image)',
    group: 'generation',
    sends: 'valid',
    cost: 'billed',
    requires: NEEDS.placeholders,
    run: ({ session }) => generateUntilDone(session, imageToVideoBody('https://example.com/first-frame.jpg'), 1),
  },
  {
    name: 'image-to-video from a data: URI',
    group: 'generation',
    sends: 'valid',
    cost: 'billed',
    requires: { feature: 'mock-controls', why: 'sends a 1×1 PNG as the first frame, which only the mock is sure to take' },
    run: ({ session }) => generateUntilDone(session, { ...imageToVideoBody(TINY_PNG_DATA_URI), prompt: 'Gentle waves' }, 1),
  },
  {
    name: 'reference-to-video at its limits (10 s, 720p, url and file_id references)',
    group: 'generation',
    sends: 'valid',
    cost: 'billed',
    requires: NEEDS.placeholders,
    run: ({ session }) => generateUntilDone(session, referenceToVideoBody(), 10),
  },
  {
    name: '1.5 model at 1080p with first and last frame, keyframes, no audio and storage options',
    group: 'generation',
    sends: 'valid',
    cost: 'billed',
    requires: NEEDS.placeholders,
    run: ({ session }) => generateUntilDone(session, everythingBody(), 8),
  },
];
