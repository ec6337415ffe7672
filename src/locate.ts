import { pathKey, type DocPath, type Located, type PositionIndex } from './position.js';

/**
 * The range of the longest prefix of `path` that has a position, so a missing attribute
 * points at the block that should hold it. Undefined only when not even the root is located.
 */
export function locate(index: PositionIndex, path: DocPath): Located | undefined {
  for (let n = path.length; n >= 0; n--) {
    const range = index.get(pathKey(path.slice(0, n)));
    if (range) return range;
  }
  return undefined;
}
