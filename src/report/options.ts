import type { ToolInfo } from '../project.js';

/** What reporters need besides the scan result; all of it plain data, so reporters stay pure. */
export interface ReportOptions {
  /** Colour for the terminal (text only). */
  color: boolean;
  tool: ToolInfo;
  /** Base of browsable file links, e.g. `https://github.com/o/r/blob/<sha>`; Markdown links lines to it. */
  blobUrl?: string;
}

/** A finding's text on one line: control characters (newlines from a scanned value) are escaped. */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
