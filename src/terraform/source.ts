/** What a module call's `source` says about where the module comes from. */
export interface ModuleSource {
  /** local | registry | git | mercurial | http | s3 | gcs | unknown */
  source_type: string;
  /** The `?ref=` of a git or mercurial source: a tag, branch or commit. */
  ref?: string;
}

/**
 * Classifies a module source the way Terraform's installer does
 * (https://developer.hashicorp.com/terraform/language/modules/sources). Pure string work: nothing
 * is fetched.
 */
export function parseModuleSource(source: string): ModuleSource {
  const ref = /[?&]ref=([^&#]+)/.exec(source)?.[1];
  const withRef = (t: string): ModuleSource => ({ source_type: t, ...(ref !== undefined ? { ref: decodeURIComponent(ref) } : {}) });
  if (/^\.\.?(\/|$)/.test(source)) return { source_type: 'local' };
  const forced = /^([a-z0-9]+)::/.exec(source)?.[1];
  if (forced === 'git') return withRef('git');
  if (forced === 'hg') return withRef('mercurial');
  if (forced === 's3' || forced === 'gcs') return { source_type: forced };
  if (/^(github\.com|bitbucket\.org)\//.test(source) || /^git@[^:]+:/.test(source)) return withRef('git');
  if (/^https?:\/\//.test(source)) return withRef('http');
  if (/^[a-z0-9-]+\.s3[a-z0-9.-]*\.amazonaws\.com\//.test(source)) return { source_type: 's3' };
  if (/^www\.googleapis\.com\/storage\//.test(source)) return { source_type: 'gcs' };
  // <namespace>/<name>/<provider>, optionally behind a registry host, optionally with //subdir.
  const [main] = source.split('//');
  if (main !== undefined && /^([a-z0-9.-]+\.[a-z]{2,}(:\d+)?\/)?[A-Za-z0-9][A-Za-z0-9_-]*\/[A-Za-z0-9][A-Za-z0-9_-]*\/[a-z0-9]+$/.test(main)) return { source_type: 'registry' };
  return { source_type: 'unknown' };
}
