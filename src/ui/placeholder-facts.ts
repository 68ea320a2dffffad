// What the placeholder page shows: the images the simulated Docker Hub really holds,
// read from the engine's seed data rather than typed into the page.
import { hubImages } from '../engine/registry/hub/index.ts';

export function placeholderFacts(): { images: string[] } {
  const images = hubImages.map((spec) => `${spec.repository.replace(/^library\//, '')}:${spec.tags.join(', ')}`);
  return { images: [...new Set(images)] };
}
