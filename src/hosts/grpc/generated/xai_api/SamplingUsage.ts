// Original file: src/hosts/grpc/proto/xai/api/v1/usage.proto

import type { ServerSideTool as _xai_api_ServerSideTool, ServerSideTool__Output as _xai_api_ServerSideTool__Output } from '../xai_api/ServerSideTool.js';
import type { Long } from '@grpc/proto-loader';

export interface SamplingUsage {
  'completion_tokens'?: (number);
  'prompt_tokens'?: (number);
  'total_tokens'?: (number);
  'prompt_text_tokens'?: (number);
  'prompt_image_tokens'?: (number);
  'reasoning_tokens'?: (number);
  'cached_prompt_text_tokens'?: (number);
  'num_sources_used'?: (number);
  'server_side_tools_used'?: (_xai_api_ServerSideTool)[];
  'cost_in_usd_ticks'?: (number | string | Long);
  '_cost_in_usd_ticks'?: "cost_in_usd_ticks";
}

export interface SamplingUsage__Output {
  'completion_tokens'?: (number);
  'prompt_tokens'?: (number);
  'total_tokens'?: (number);
  'prompt_text_tokens'?: (number);
  'prompt_image_tokens'?: (number);
  'reasoning_tokens'?: (number);
  'cached_prompt_text_tokens'?: (number);
  'num_sources_used'?: (number);
  'server_side_tools_used'?: (_xai_api_ServerSideTool__Output)[];
  'cost_in_usd_ticks'?: (number);
}
