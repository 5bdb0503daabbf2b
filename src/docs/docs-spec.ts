/**
 * The document Redoc renders on GET /docs: the contract (unchanged, served as is at
 * /openapi.json) plus one trait tag, "Mock controls", whose description is the mock-only
 * section. A trait tag has no operations but gets a heading and an entry in Redoc's side
 * menu (Redoc's vendor extensions: `x-traitTag`), so the section is part of the reference,
 * in its menu, and reachable at `#mock-controls` once Redoc has rendered it.
 */
import { mockControlsSection } from './mock-controls-section.js';

export const MOCK_CONTROLS_TAG = 'Mock controls';

interface TaggedDocument {
  tags?: readonly unknown[];
}

export function docsSpec<T extends object>(contract: T, usage: string): T {
  const tags = (contract as TaggedDocument).tags ?? [];
  const mockTag = { name: MOCK_CONTROLS_TAG, 'x-traitTag': true, description: mockControlsSection(usage) };
  return { ...contract, tags: [...tags, mockTag] };
}
