"""A Python gRPC client (C-core grpcio) set up the way the official xAI Python SDK sets up
its channel, for the gRPC host's tests: the SDK itself needs PyPI, which is not reachable
here. Mirrors xai-sdk-python 1.19.0:

* src/xai_sdk/client.py: for an api_host starting with "localhost:", local channel
  credentials (plaintext on loopback) composed with metadata call credentials that add
  ("authorization", "Bearer <key>") after the user's metadata; the SDK's own metadata
  (xai-sdk-version, xai-sdk-language); its channel options (20 MiB messages, retries on
  UNAVAILABLE, keepalive pings, the "XaiSdk/<version>" user agent); a 27-minute timeout.
* src/xai_sdk/video.py and sync/video.py: GenerateVideoRequest with prompt and model
  always set, images as ImageUrlContent(image_url, detail=DETAIL_AUTO), then
  GetDeferredVideo until DONE (return), EXPIRED or FAILED (raise), sleeping on PENDING.

Messages come from the descriptor set the test writes (the project's .proto files as
@grpc/proto-loader compiled them), so no generated code is needed.

usage: sdk_channel_client.py PORT DESCRIPTOR_SET API_KEY PREFER
Prints one JSON object: {"request_id", "statuses", "video" or "error"} or {"grpc_error": {code, details}}.
"""
import json
import sys
import time

import grpc
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory, timestamp_pb2

SDK_VERSION = "1.19.0"
SERVICE_CONFIG = json.dumps(
    {
        "methodConfig": [
            {
                "name": [{}],
                "retryPolicy": {
                    "maxAttempts": 5,
                    "initialBackoff": "0.1s",
                    "maxBackoff": "1s",
                    "backoffMultiplier": 2,
                    "retryableStatusCodes": ["UNAVAILABLE"],
                },
            }
        ]
    }
)
CHANNEL_OPTIONS = [
    ("grpc.max_send_message_length", 20 << 20),
    ("grpc.max_receive_message_length", 20 << 20),
    ("grpc.enable_retries", 1),
    ("grpc.service_config", SERVICE_CONFIG),
    ("grpc.keepalive_time_ms", 30000),
    ("grpc.keepalive_timeout_ms", 10000),
    ("grpc.keepalive_permit_without_calls", 1),
    ("grpc.http2.max_pings_without_data", 0),
    ("grpc.primary_user_agent", f"XaiSdk/{SDK_VERSION}"),
]
TIMEOUT_SECONDS = 27 * 60


def load_messages(path):
    """Message classes from the serialized FileDescriptorProtos (length-prefixed, 4 bytes big-endian)."""
    pool = descriptor_pool.DescriptorPool()
    timestamp = descriptor_pb2.FileDescriptorProto()
    timestamp_pb2.DESCRIPTOR.CopyToProto(timestamp)
    pool.Add(timestamp)
    data = open(path, "rb").read()
    offset = 0
    while offset < len(data):
        size = int.from_bytes(data[offset : offset + 4], "big")
        file = descriptor_pb2.FileDescriptorProto.FromString(data[offset + 4 : offset + 4 + size])
        offset += 4 + size
        if file.package != "xai_api":
            continue  # google.protobuf comes from the protobuf runtime itself
        if "google/protobuf/timestamp.proto" not in file.dependency:
            file.dependency.append("google/protobuf/timestamp.proto")
        pool.Add(file)

    def message(name):
        descriptor = pool.FindMessageTypeByName(f"xai_api.{name}")
        if hasattr(message_factory, "GetMessageClass"):
            return message_factory.GetMessageClass(descriptor)
        return message_factory.MessageFactory(pool).GetPrototype(descriptor)

    return pool, message


class ApiKeyPlugin(grpc.AuthMetadataPlugin):
    def __init__(self, api_key, metadata):
        self._api_key = api_key
        self._metadata = metadata

    def __call__(self, context, callback):
        callback((*self._metadata, ("authorization", f"Bearer {self._api_key}")), None)


def main():
    port, descriptor_set, api_key, prefer = sys.argv[1:5]
    pool, message = load_messages(descriptor_set)
    metadata = (("prefer", prefer),) if prefer else ()
    metadata += (("xai-sdk-version", f"python/{SDK_VERSION}"), ("xai-sdk-language", "python/3.11"))
    credentials = grpc.composite_channel_credentials(
        grpc.local_channel_credentials(), grpc.metadata_call_credentials(ApiKeyPlugin(api_key, metadata))
    )
    channel = grpc.secure_channel(f"localhost:{port}", credentials, options=CHANNEL_OPTIONS)
    generate = channel.unary_unary(
        "/xai_api.Video/GenerateVideo",
        request_serializer=message("GenerateVideoRequest").SerializeToString,
        response_deserializer=message("StartDeferredResponse").FromString,
    )
    get = channel.unary_unary(
        "/xai_api.Video/GetDeferredVideo",
        request_serializer=message("GetDeferredVideoRequest").SerializeToString,
        response_deserializer=message("GetDeferredVideoResponse").FromString,
    )
    status_name = pool.FindEnumTypeByName("xai_api.DeferredStatus").values_by_number

    # client.video.generate(prompt=..., model="grok-imagine-video", image_url=..., duration=6,
    #                       resolution="720p", aspect_ratio="16:9")
    request = message("GenerateVideoRequest")(prompt="Gentle waves move across the surface", model="grok-imagine-video")
    request.image.CopyFrom(message("ImageUrlContent")(image_url="https://example.com/landscape.jpg", detail=1))
    request.duration = 6
    request.resolution = 2  # VIDEO_RESOLUTION_720P
    request.aspect_ratio = 2  # VIDEO_ASPECT_RATIO_16_9
    try:
        start = generate(request, timeout=TIMEOUT_SECONDS)
        statuses = []
        while True:
            answer = get(message("GetDeferredVideoRequest")(request_id=start.request_id), timeout=TIMEOUT_SECONDS)
            statuses.append(status_name[answer.status].name)
            if statuses[-1] == "PENDING":
                time.sleep(0.05)
                continue
            result = {"request_id": start.request_id, "statuses": statuses}
            if statuses[-1] == "FAILED":
                # The SDK raises VideoGenerationError(error.code, error.message) (xai_sdk/sync/video.py).
                result["error"] = {"code": answer.response.error.code, "message": answer.response.error.message}
            if statuses[-1] == "DONE":
                response = answer.response
                result["video"] = {
                    "url": response.video.url,
                    "duration": response.video.duration,
                    "respect_moderation": response.video.respect_moderation,
                    "model": response.model,
                    "cost_in_usd_ticks": response.usage.cost_in_usd_ticks,
                }
            print(json.dumps(result))
            return
    except grpc.RpcError as error:
        print(json.dumps({"grpc_error": {"code": error.code().name, "details": error.details()}}))


main()
