// Billed input images (docs.x.ai pricing: per input image): the first frame, the last
// frame, every reference image and every keyframe image.
type Body = Record<string, unknown>;

const count = (body: Body, key: string) => (Array.isArray(body[key]) ? (body[key] as unknown[]).length : 0);

export function countInputImages(body: Body): number {
  const single = (key: string) => (body[key] === undefined ? 0 : 1);
  return single('image') + single('last_frame') + count(body, 'reference_images') + count(body, 'keyframes');
}
