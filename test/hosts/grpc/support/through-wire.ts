// A request as the gRPC host receives it: serialized with the project's proto and decoded
// with the host's own loader options, so tests see real field presence (an explicit 0 on
// an optional field survives; an empty string does not).
import { loadPackageDefinition } from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import { loadVideoProto, PROTO_ROOT, VIDEO_PROTO_FILE } from '../../../../src/hosts/grpc/index.js';
import type { ProtoGrpcType } from '../../../../src/hosts/grpc/generated/video.js';
import type { ExtendVideoRequest, ExtendVideoRequest__Output } from '../../../../src/hosts/grpc/generated/xai_api/ExtendVideoRequest.js';
import type {
  GenerateVideoRequest,
  GenerateVideoRequest__Output,
} from '../../../../src/hosts/grpc/generated/xai_api/GenerateVideoRequest.js';
import type {
  GetDeferredVideoResponse,
  GetDeferredVideoResponse__Output,
} from '../../../../src/hosts/grpc/generated/xai_api/GetDeferredVideoResponse.js';

const service = loadVideoProto().xai_api.Video.service;
const clientOptions = { includeDirs: [PROTO_ROOT], keepCase: true, enums: String, longs: Number, defaults: true, oneofs: true };
const clientService = (loadPackageDefinition(loadSync(VIDEO_PROTO_FILE, clientOptions)) as unknown as ProtoGrpcType).xai_api.Video.service;

export function generateRequest(request: GenerateVideoRequest): GenerateVideoRequest__Output {
  return service.GenerateVideo.requestDeserialize(service.GenerateVideo.requestSerialize(request));
}

export function extendRequest(request: ExtendVideoRequest): ExtendVideoRequest__Output {
  return service.ExtendVideo.requestDeserialize(service.ExtendVideo.requestSerialize(request));
}

/**
 * A poll answer as a client sees it after the wire: serialized by the host, decoded with
 * zero values filled in (as the Python SDK's messages read).
 */
export function deferredResponseAsSeen(message: GetDeferredVideoResponse): GetDeferredVideoResponse__Output {
  const bytes = service.GetDeferredVideo.responseSerialize(message);
  return clientService.GetDeferredVideo.responseDeserialize(bytes);
}
