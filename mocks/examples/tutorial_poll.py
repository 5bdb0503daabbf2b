"""The tutorial's Python client ("Grok 이미지-비디오 API 사용법", apidog / DEV Community):
the `requests` POST and its `poll_video` loop, unchanged except that

  * the host comes from XAI_BASE_URL (default the mock, http://127.0.0.1:4010;
    https://api.x.ai for the live API), and
  * the poll interval comes from XAI_POLL_INTERVAL (seconds, default 5 as in the tutorial),
    so tests can poll a time-scaled mock quickly.

    export XAI_API_KEY=anything        # the mock accepts any non-empty key
    python3 mocks/examples/tutorial_poll.py

Note: the tutorial's loop calls response.json() on every poll. The live API may answer a
running job with an empty 202 (the mock does so with --dialect empty-202), and then this
loop crashes with a JSON decode error: a real pitfall of the tutorial, kept as it is.
"""
import os
import time

import requests

BASE_URL = os.environ.get("XAI_BASE_URL", "http://127.0.0.1:4010").rstrip("/")
POLL_INTERVAL = float(os.environ.get("XAI_POLL_INTERVAL", "5"))

api_key = os.environ["XAI_API_KEY"]

payload = {
    "model": "grok-imagine-video",
    "prompt": "Gentle waves move across the surface, morning mist rises slowly",
    "image": {
        "url": "https://upload.wikimedia.org/wikipedia/commons/thumb/1/1a/24701-nature-natural-beauty.jpg/1280px-24701-nature-natural-beauty.jpg"
    },
    "duration": 6,
    "resolution": "720p",
    "aspect_ratio": "16:9"
}

headers = {
    "Authorization": f"Bearer {api_key}",
    "Content-Type": "application/json"
}

response = requests.post(
    f"{BASE_URL}/v1/videos/generations",
    json=payload,
    headers=headers
)

data = response.json()
request_id = data["request_id"]
print(f"Job started: {request_id}")


def poll_video(request_id: str, api_key: str, interval: float = POLL_INTERVAL) -> dict:
    url = f"{BASE_URL}/v1/videos/{request_id}"
    headers = {"Authorization": f"Bearer {api_key}"}

    while True:
        response = requests.get(url, headers=headers)
        data = response.json()
        status = data.get("status")

        print(f"Status: {status} | Progress: {data.get('progress', 0)}%")

        if status == "done":
            return data["video"]
        elif status == "failed":
            raise RuntimeError(f"Video generation failed for {request_id}")

        time.sleep(interval)


# 사용 예시 (usage)
video = poll_video(request_id, api_key)
print(f"Video URL: {video['url']}")
print(f"Duration: {video['duration']}s")
