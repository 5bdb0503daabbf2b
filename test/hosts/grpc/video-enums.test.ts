// Every value of the proto's enums has its spec counterpart, and the spec's values the
// proto lacks are exactly the documented REST-only ones.
import { describe, expect, it } from 'vitest';
import { ASPECT_RATIO_OF, loadVideoProto, REST_ONLY_ASPECT_RATIOS, RESOLUTION_OF } from '../../../src/hosts/grpc/index.js';
import { loadSpecDocument } from '../../../src/spec/index.js';

const spec = loadSpecDocument() as unknown as { components: { schemas: Record<string, { enum?: string[] }> } };
const proto = loadVideoProto().xai_api;

function protoValues(name: 'VideoAspectRatio' | 'VideoResolution'): string[] {
  const { value = [] } = proto[name].type as { value?: { name?: string }[] };
  return value.map((v) => v.name ?? '').filter((name) => !name.endsWith('_UNSPECIFIED'));
}

describe('VideoAspectRatio and VideoResolution', () => {
  it('every proto aspect ratio maps to one of the spec’s AspectRatio values', () => {
    const specValues = spec.components.schemas.AspectRatio?.enum ?? [];
    expect(protoValues('VideoAspectRatio').sort()).toEqual(Object.keys(ASPECT_RATIO_OF).sort());
    for (const value of Object.values(ASPECT_RATIO_OF)) expect(specValues).toContain(value);
  });

  it('spec aspect ratios without a proto value are only the REST-only ones (21:9, 5:2)', () => {
    const mapped = new Set(Object.values(ASPECT_RATIO_OF));
    const missing = (spec.components.schemas.AspectRatio?.enum ?? []).filter((value) => !mapped.has(value));
    for (const value of missing) expect(REST_ONLY_ASPECT_RATIOS).toContain(value);
  });

  it('every proto resolution maps to the spec’s Resolution values, and every spec value has one', () => {
    expect(protoValues('VideoResolution').sort()).toEqual(Object.keys(RESOLUTION_OF).sort());
    expect(Object.values(RESOLUTION_OF).sort()).toEqual([...(spec.components.schemas.Resolution?.enum ?? [])].sort());
  });
});
