// The project's .proto files keep xAI's wire contract: every message, field number, type
// and cardinality, enum number and method path below was read from the official Python
// SDK's generated stubs (xai-org/xai-sdk-python src/xai_sdk/proto/v6/*_pb2.py, 2026-08-14).
// A renumbered or retyped field would silently garble what the SDK sends.
import { describe, expect, it } from 'vitest';
import { loadVideoProto } from '../../../src/hosts/grpc/index.js';

const FIELDS: Record<string, string> = {
  GenerateVideoRequest:
    'prompt=1:string image=2:ImageUrlContent model=3:string duration=4:int32 video=6:VideoUrlContent aspect_ratio=7:VideoAspectRatio ' +
    'resolution=8:VideoResolution reference_images=13:ImageUrlContent[] storage_options=14:StorageOptions reference_audios=16:AudioUrlContent[] ' +
    'generate_audio=17:bool',
  ExtendVideoRequest: 'prompt=1:string video=2:VideoUrlContent model=3:string duration=4:int32 storage_options=6:StorageOptions',
  GetDeferredVideoRequest: 'request_id=1:string',
  GetDeferredVideoResponse: 'status=1:DeferredStatus response=2:VideoResponse',
  VideoResponse: 'video=1:GeneratedVideo model=2:string usage=3:SamplingUsage error=6:VideoError progress=7:int32',
  GeneratedVideo: 'url=1:string duration=4:int32 respect_moderation=5:bool file_output=6:FileOutput storage_error=7:string',
  VideoError: 'code=1:string message=2:string',
  VideoUrlContent: 'url=1:string file_id=2:string',
  AudioUrlContent: 'voice_id=2:string',
  StartDeferredResponse: 'request_id=1:string',
  ImageUrlContent: 'image_url=1:string detail=2:ImageDetail file_id=3:string',
  StorageOptions: 'filename=1:string expires_after=2:int64 public_url=3:PublicUrlOptions',
  PublicUrlOptions: 'expires_after=1:int64',
  FileOutput:
    'file_id=1:string filename=2:string public_url=4:string public_url_expires_at=5:google.protobuf.Timestamp ' +
    'expires_at=6:google.protobuf.Timestamp public_url_error=7:string',
  SamplingUsage:
    'completion_tokens=1:int32 prompt_tokens=2:int32 total_tokens=3:int32 prompt_text_tokens=4:int32 prompt_image_tokens=5:int32 ' +
    'reasoning_tokens=6:int32 cached_prompt_text_tokens=7:int32 num_sources_used=8:int32 server_side_tools_used=9:ServerSideTool[] ' +
    'cost_in_usd_ticks=11:int64',
};

const ENUMS: Record<string, string> = {
  DeferredStatus: 'INVALID_DEFERRED_STATUS=0 DONE=1 EXPIRED=2 PENDING=3 FAILED=4',
  VideoAspectRatio:
    'VIDEO_ASPECT_RATIO_UNSPECIFIED=0 VIDEO_ASPECT_RATIO_1_1=1 VIDEO_ASPECT_RATIO_16_9=2 VIDEO_ASPECT_RATIO_9_16=3 VIDEO_ASPECT_RATIO_4_3=4 ' +
    'VIDEO_ASPECT_RATIO_3_4=5 VIDEO_ASPECT_RATIO_3_2=6 VIDEO_ASPECT_RATIO_2_3=7',
  VideoResolution: 'VIDEO_RESOLUTION_UNSPECIFIED=0 VIDEO_RESOLUTION_480P=1 VIDEO_RESOLUTION_720P=2 VIDEO_RESOLUTION_1080P=3',
  ImageDetail: 'DETAIL_INVALID=0 DETAIL_AUTO=1 DETAIL_LOW=2 DETAIL_HIGH=3',
  ServerSideTool:
    'SERVER_SIDE_TOOL_INVALID=0 SERVER_SIDE_TOOL_WEB_SEARCH=1 SERVER_SIDE_TOOL_X_SEARCH=2 SERVER_SIDE_TOOL_CODE_EXECUTION=3 ' +
    'SERVER_SIDE_TOOL_VIEW_IMAGE=4 SERVER_SIDE_TOOL_VIEW_X_VIDEO=5 SERVER_SIDE_TOOL_COLLECTIONS_SEARCH=6 SERVER_SIDE_TOOL_MCP=7 ' +
    'SERVER_SIDE_TOOL_ATTACHMENT_SEARCH=8 SERVER_SIDE_TOOL_IMAGE_SEARCH=10 SERVER_SIDE_TOOL_IMAGE_GENERATION=11',
};

interface FieldDescriptor {
  name: string;
  number: number;
  label: string;
  type: string;
  typeName: string;
}

const proto = loadVideoProto() as unknown as Record<
  string,
  Record<string, { type: { field?: FieldDescriptor[]; value?: { name: string; number: number }[] } }>
>;

function fieldsOf(message: string): string {
  const fields = proto.xai_api?.[message]?.type.field ?? [];
  return [...fields]
    .sort((a, b) => a.number - b.number)
    .map(
      (f) => `${f.name}=${f.number}:${f.typeName || f.type.replace('TYPE_', '').toLowerCase()}${f.label === 'LABEL_REPEATED' ? '[]' : ''}`,
    )
    .join(' ');
}

const sorted = (spec: string) =>
  spec
    .split(' ')
    .sort((a, b) => Number(a.split(/[=:]/)[1]) - Number(b.split(/[=:]/)[1]))
    .join(' ');

describe('the xai_api wire contract', () => {
  it.each(Object.keys(FIELDS))('%s has xAI’s field names, numbers, types and cardinality', (message) => {
    expect(fieldsOf(message)).toBe(sorted(FIELDS[message]!));
  });

  it.each(Object.keys(ENUMS))('%s has xAI’s value numbers', (name) => {
    const values = (proto.xai_api?.[name]?.type.value ?? []).map((v) => `${v.name}=${v.number}`).join(' ');
    expect(values).toBe(ENUMS[name]);
  });

  it('the Video service has the three methods at xAI’s paths, all unary', () => {
    const service = loadVideoProto().xai_api.Video.service;
    expect(Object.values(service).map((m) => [m.path, m.requestStream, m.responseStream])).toEqual([
      ['/xai_api.Video/GenerateVideo', false, false],
      ['/xai_api.Video/ExtendVideo', false, false],
      ['/xai_api.Video/GetDeferredVideo', false, false],
    ]);
  });
});
