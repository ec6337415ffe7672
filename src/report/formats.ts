import { UserError } from '../errors.js';
import type { ScanResult } from '../scan.js';
import { formatGithubCommands } from './github-commands.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import type { ReportOptions } from './options.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

/** Report formats, as --format and --output name them. */
export const FORMATS = ['text', 'json', 'sarif', 'junit', 'github', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

/** The text of one format. */
export function render(format: Format, result: ScanResult, options: ReportOptions): string {
  switch (format) {
    case 'text':
      return formatText(result, options.color);
    case 'json':
      return formatJson(result);
    case 'sarif':
      return formatSarif(result, options);
    case 'junit':
      return formatJunit(result, options);
    case 'github':
      return formatGithubCommands(result, options);
    case 'markdown':
      return formatMarkdown(result, options);
  }
}

/** Where each requested format goes: at most one to standard output, the others to files. */
export interface OutputPlan {
  stdout?: Format;
  files: Array<{ format: Format; path: string }>;
}

/**
 * The plan for `--format` values (each may be a comma list) and `--output format=file` pairs. A
 * format named only in --output is added; one named in both goes to its file only.
 */
export function planOutputs(formatArgs: readonly string[], outputArgs: readonly string[]): OutputPlan {
  const formats = (formatArgs.length > 0 ? formatArgs : ['text']).flatMap((a) => a.split(',')).map((f) => parseFormat(f.trim(), '--format'));
  const files: OutputPlan['files'] = [];
  for (const arg of outputArgs) {
    const eq = arg.indexOf('=');
    if (eq <= 0 || eq === arg.length - 1) throw new UserError(`--output ${JSON.stringify(arg)}: expected format=file, for example --output sarif=tollgate.sarif`);
    const format = parseFormat(arg.slice(0, eq), '--output');
    const path = arg.slice(eq + 1);
    if (files.some((f) => f.path === path)) throw new UserError(`--output ${arg}: ${path} is already the output of another format; give each format its own file`);
    if (files.some((f) => f.format === format)) throw new UserError(`--output ${arg}: ${format} already has an output file; name each format once`);
    files.push({ format, path });
  }
  const toStdout = [...new Set(formats)].filter((f) => !files.some((o) => o.format === f));
  if (toStdout.length > 1) {
    throw new UserError(`--format ${toStdout.join(',')}: only one format can go to standard output; write the others to files with --output ${toStdout[1]}=<file>`);
  }
  return { ...(toStdout[0] !== undefined ? { stdout: toStdout[0] } : {}), files };
}

/** A format name, or a UserError naming the flag and the known formats. */
export function parseFormat(name: string, flag: string): Format {
  if ((FORMATS as readonly string[]).includes(name)) return name as Format;
  throw new UserError(`${flag} ${JSON.stringify(name)}: unknown format; use one of ${FORMATS.join(', ')}`);
}
