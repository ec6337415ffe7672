import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What reports say about tollgate itself: name, version, and where its sources are published. */
export interface ToolInfo {
  name: string;
  version: string;
  /** Web address of the source repository, from package.json `repository`. */
  repositoryUrl?: string;
  /** From package.json `homepage`. */
  homepage?: string;
}

interface PackageJson {
  name?: string;
  version?: string;
  homepage?: string;
  repository?: string | { url?: string };
}

/**
 * tollgate's own package.json, found from this module upward: the same from dist/ and from the
 * Action's bundle under action/dist/.
 */
export function toolInfo(from: string = fileURLToPath(import.meta.url)): ToolInfo {
  for (let dir = dirname(from); dir !== dirname(dir); dir = dirname(dir)) {
    let pkg: PackageJson;
    try {
      pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson;
    } catch {
      continue;
    }
    if (pkg.name === 'tollgate') return toolInfoOf(pkg);
  }
  return { name: 'tollgate', version: '0.0.0' };
}

/** The ToolInfo of a parsed package.json. */
export function toolInfoOf(pkg: PackageJson): ToolInfo {
  const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  const repositoryUrl = repo !== undefined ? webUrl(repo) : undefined;
  return {
    name: 'tollgate',
    version: pkg.version ?? '0.0.0',
    ...(repositoryUrl !== undefined ? { repositoryUrl } : {}),
    ...(pkg.homepage ? { homepage: pkg.homepage } : {}),
  };
}

/** `git+https://github.com/o/r.git` and `github:o/r` as a browsable https address. */
function webUrl(repo: string): string | undefined {
  const short = /^(?:github:)?([\w.-]+\/[\w.-]+)$/.exec(repo);
  if (short) return `https://github.com/${short[1]!.replace(/\.git$/, '')}`;
  const m = /^(?:git\+)?(https:\/\/[^\s]+?)(?:\.git)?\/?$/.exec(repo);
  return m?.[1];
}
