import { UserError } from '../errors.js';
import { isSeverity, type Severity } from '../severity.js';

/** How findings reach the pull request. */
export const ANNOTATION_MODES = ['auto', 'check-run', 'workflow-commands', 'none'] as const;
export type AnnotationMode = (typeof ANNOTATION_MODES)[number];

/** The Action's inputs (action/action.yml), validated. */
export interface ActionInputs {
  paths: string[];
  config?: string;
  failOn?: Severity;
  /** undefined: the default, on for pull requests. */
  changedOnly?: boolean;
  annotations: AnnotationMode;
  sarifFile?: string;
  comment: boolean;
  token?: string;
}

/**
 * Parses the inputs, read through `get` (the runner passes them as INPUT_<NAME> variables). Paths
 * are separated by whitespace, or by newlines when the input has several lines (names with spaces).
 */
export function actionInputs(get: (name: string) => string): ActionInputs {
  const raw = get('paths').trim();
  const paths = raw === '' ? ['.'] : raw.includes('\n') ? raw.split('\n').map((p) => p.trim()).filter(Boolean) : raw.split(/\s+/);
  const failOn = get('fail-on').trim();
  if (failOn !== '' && !isSeverity(failOn)) throw new UserError(`input fail-on: "${failOn}" is not a severity; use critical, high, medium, low or info`);
  const annotations = get('annotations').trim() || 'auto';
  if (!(ANNOTATION_MODES as readonly string[]).includes(annotations)) throw new UserError(`input annotations: "${annotations}" is not a mode; use ${ANNOTATION_MODES.join(', ')}`);
  const changedOnly = get('changed-only').trim();
  const config = get('config').trim();
  const sarifFile = get('sarif-file').trim();
  const token = get('github-token').trim();
  return {
    paths,
    ...(config !== '' ? { config } : {}),
    ...(failOn !== '' ? { failOn: failOn as Severity } : {}),
    ...(changedOnly === '' || changedOnly === 'auto' ? {} : { changedOnly: bool('changed-only', changedOnly) }),
    annotations: annotations as AnnotationMode,
    ...(sarifFile !== '' ? { sarifFile } : {}),
    comment: bool('comment', get('comment').trim() || 'false'),
    ...(token !== '' ? { token } : {}),
  };
}

function bool(name: string, value: string): boolean {
  if (/^(true|yes|on)$/i.test(value)) return true;
  if (/^(false|no|off)$/i.test(value)) return false;
  throw new UserError(`input ${name}: "${value}" is not a boolean; use true or false`);
}
