// Field positions come from the `yaml` package (yaml-index.ts), which is too slow to load on the cold-start path
// (bench B7). Its module is imported on demand, and ManifestSource.locate() — a sync API — builds an index only
// once the module is here: loadManifests loads it before returning (unless asked not to) and whenever a file has
// a problem, so a caller that will locate fields never meets a missing module.
import type { YamlFileIndex } from './yaml-index.js';

let yamlIndexModule: typeof import('./yaml-index.js') | undefined;

/** Load the position-keeping parser (once per process). */
export async function preparePositions(): Promise<void> {
  yamlIndexModule ??= await import('./yaml-index.js');
}

/** Lazily built, cached `yaml` index of one file: built at most once, whoever asks first. */
export function lazyIndex(text: string, existing?: YamlFileIndex): () => YamlFileIndex {
  let idx = existing;
  return () => {
    if (idx) return idx;
    if (!yamlIndexModule) {
      // A programming error, not a user's: the caller loaded manifests with `positions: 'lazy'` and then asked for one.
      throw new Error("manifest positions were not prepared: call preparePositions() (or loadManifests without positions: 'lazy') first");
    }
    return (idx = new yamlIndexModule.YamlFileIndex(text));
  };
}
