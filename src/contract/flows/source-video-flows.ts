// Extension and edit of a finished video (docs.x.ai "Video Generation": extend and edit).
import type { ContractSession } from '../contract-session.js';
import { createJob, downloadVideo, pollUntilTerminal, type FinishedVideo } from '../video-jobs.js';
import type { ContractFlow, FlowContext } from './contract-flow.js';
import { expectDone } from './job-expectations.js';
import { editBody, extendBody } from './request-bodies.js';

async function withSource(ctx: FlowContext, use: (source: FinishedVideo) => Promise<void>): Promise<void> {
  const source = await ctx.sourceVideo(ctx.session);
  ctx.session.expect(source !== undefined, 'no finished source video to start from');
  if (source) await use(source);
}

async function runUntilDone(session: ContractSession, id: string | undefined, duration: number | undefined): Promise<void> {
  if (!id) return;
  const video = expectDone(session, id, await pollUntilTerminal(session, id), duration);
  if (video) await downloadVideo(session, video.url);
}

const toDataUri = (bytes: Uint8Array) => `data:video/mp4;base64,${Buffer.from(bytes).toString('base64')}`;

export const sourceVideoFlows: ContractFlow[] = [
  {
    name: 'extension of a finished video (output = input + added segment)',
    group: 'source-video',
    sends: 'valid',
    cost: 'cheap',
    run: (ctx) =>
      withSource(ctx, async (source) => {
        const body = extendBody(source);
        const id = await createJob(ctx.session, 'extendVideo', body);
        await runUntilDone(ctx.session, id, source.duration === undefined ? undefined : source.duration + body.duration);
      }),
  },
  {
    name: 'edit of a finished video (keeps the input duration)',
    group: 'source-video',
    sends: 'valid',
    cost: 'cheap',
    run: (ctx) =>
      withSource(ctx, async (source) => {
        const id = await createJob(ctx.session, 'editVideo', editBody(source.url));
        await runUntilDone(ctx.session, id, source.duration);
      }),
  },
  {
    name: 'edit of a video sent inline as a data: URI',
    group: 'source-video',
    sends: 'valid',
    cost: 'billed',
    run: (ctx) =>
      withSource(ctx, async (source) => {
        const bytes = await downloadVideo(ctx.session, source.url);
        if (!bytes) return;
        const id = await createJob(ctx.session, 'editVideo', editBody(toDataUri(bytes)));
        await runUntilDone(ctx.session, id, undefined);
      }),
  },
];
