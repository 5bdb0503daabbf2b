#!/usr/bin/env bash
# The tutorial's curl commands ("Grok 이미지-비디오 API 사용법", apidog / DEV Community),
# unchanged except that the host comes from XAI_BASE_URL, so they run against the mock.
#
#   XAI_BASE_URL       default http://127.0.0.1:4010 (the mock); https://api.x.ai for the live API
#   XAI_API_KEY        required; the mock accepts any non-empty key
#   XAI_POLL_INTERVAL  seconds between polls, default 5 (the tutorial's advice)
#
# Usage:
#   tutorial-curl.sh              the whole walk-through (same as "all")
#   tutorial-curl.sh generate     POST /v1/videos/generations with the tutorial's body
#   tutorial-curl.sh poll ID      GET /v1/videos/ID until done, failed or expired
#   tutorial-curl.sh extend ID    the tutorial's extension ("video_id"): the live API says 422
#   tutorial-curl.sh edit ID      the tutorial's edit ("video_id"): the live API says 422
#   tutorial-curl.sh extend-url URL   the extension as the live API takes it ("video": {"url"})
#   tutorial-curl.sh edit-url URL     the edit as the live API takes it
#
# Every response is printed as its body followed by a line "HTTP <status>".
set -euo pipefail

XAI_BASE_URL="${XAI_BASE_URL:-http://127.0.0.1:4010}"
XAI_BASE_URL="${XAI_BASE_URL%/}"
XAI_API_KEY="${XAI_API_KEY:?set XAI_API_KEY (the mock accepts any non-empty value)}"
XAI_POLL_INTERVAL="${XAI_POLL_INTERVAL:-5}"

# The first string value of a JSON field in a one-line response ("" when absent).
json_string() {
  sed -nE "s/.*\"$1\" *: *\"([^\"]*)\".*/\1/p" | head -n 1
}

generate() {
  curl -sS -w '\nHTTP %{http_code}\n' -X POST "$XAI_BASE_URL/v1/videos/generations" \
    -H "Authorization: Bearer $XAI_API_KEY" \
    -H "Content-Type: application/json" \
    -d '{
      "model": "grok-imagine-video",
      "prompt": "Gentle waves move across the surface, morning mist rises slowly",
      "image": {
        "url": "https://upload.wikimedia.org/wikipedia/commons/thumb/1/1a/24701-nature-natural-beauty.jpg/1280px-24701-nature-natural-beauty.jpg"
      },
      "duration": 6,
      "resolution": "720p",
      "aspect_ratio": "16:9"
    }'
}

# GET https://api.x.ai/v1/videos/{request_id} until the job is finished (the last
# response stays in $last_response). The tutorial says "processing" while running; the
# live API (and the mock) say "pending", with HTTP 202.
last_response=""
poll() {
  local request_id=$1 status
  while true; do
    last_response=$(curl -sS -w '\nHTTP %{http_code}' "$XAI_BASE_URL/v1/videos/$request_id" \
      -H "Authorization: Bearer $XAI_API_KEY")
    echo "$last_response"
    case "$(tail -n 1 <<<"$last_response")" in
      "HTTP 4"* | "HTTP 5"*) return 1 ;;
    esac
    status=$(json_string status <<<"$last_response")
    case "$status" in
      done) return 0 ;;
      failed | expired) return 1 ;;
    esac
    sleep "$XAI_POLL_INTERVAL"
  done
}

# The tutorial's extension: "video_id" is not a field of the live API (422).
extend() {
  curl -sS -w '\nHTTP %{http_code}\n' -X POST "$XAI_BASE_URL/v1/videos/extensions" \
    -H "Authorization: Bearer $XAI_API_KEY" \
    -H "Content-Type: application/json" \
    -d '{
      "model": "grok-imagine-video",
      "video_id": "'"$1"'",
      "prompt": "The mist continues to lift as sunlight breaks through",
      "duration": 5
    }'
}

# The tutorial's edit: "video_id" is not a field of the live API (422).
edit() {
  curl -sS -w '\nHTTP %{http_code}\n' -X POST "$XAI_BASE_URL/v1/videos/edits" \
    -H "Authorization: Bearer $XAI_API_KEY" \
    -H "Content-Type: application/json" \
    -d '{
      "model": "grok-imagine-video",
      "video_id": "'"$1"'",
      "prompt": "Change the sky to a dramatic sunset with deep orange tones"
    }'
}

# The same extension as the live API takes it: the source video's URL, not a request_id.
extend_url() {
  curl -sS -w '\nHTTP %{http_code}\n' -X POST "$XAI_BASE_URL/v1/videos/extensions" \
    -H "Authorization: Bearer $XAI_API_KEY" \
    -H "Content-Type: application/json" \
    -d '{
      "model": "grok-imagine-video",
      "video": { "url": "'"$1"'" },
      "prompt": "The mist continues to lift as sunlight breaks through",
      "duration": 5
    }'
}

edit_url() {
  curl -sS -w '\nHTTP %{http_code}\n' -X POST "$XAI_BASE_URL/v1/videos/edits" \
    -H "Authorization: Bearer $XAI_API_KEY" \
    -H "Content-Type: application/json" \
    -d '{
      "model": "grok-imagine-video",
      "video": { "url": "'"$1"'" },
      "prompt": "Change the sky to a dramatic sunset with deep orange tones"
    }'
}

all() {
  local response request_id video_url
  echo "== generate"
  response=$(generate)
  echo "$response"
  request_id=$(json_string request_id <<<"$response")
  [ -n "$request_id" ] || { echo "no request_id in the response" >&2; return 1; }
  echo "== poll $request_id"
  poll "$request_id"
  video_url=$(json_string url <<<"$last_response")
  echo "== extend (tutorial: video_id)"
  extend "$request_id"
  echo "== edit (tutorial: video_id)"
  edit "$request_id"
  echo "== extend (live API: video.url)"
  response=$(extend_url "$video_url")
  echo "$response"
  echo "== poll the extension"
  poll "$(json_string request_id <<<"$response")"
}

command=${1:-all}
case "$command" in
  all) all ;;
  generate) generate ;;
  poll | extend | edit | extend-url | edit-url)
    [ $# -ge 2 ] || { echo "usage: $0 $command <argument>" >&2; exit 2; }
    "${command//-/_}" "$2"
    ;;
  *) echo "unknown command: $command (all, generate, poll, extend, edit, extend-url, edit-url)" >&2; exit 2 ;;
esac
