import type { Located, PositionIndex } from '../position.js';
import { pathKey } from '../position.js';
import { LineIndex, type ParsedDocuments, type SyntaxProblem } from './document.js';

/** Every short-form intrinsic function tag and the long-form key it stands for. */
export const INTRINSIC_TAGS: ReadonlyMap<string, string> = new Map([
  ['!Ref', 'Ref'],
  ['!Condition', 'Condition'],
  ...['And', 'Base64', 'Cidr', 'Equals', 'FindInMap', 'GetAtt', 'GetAZs', 'If', 'ImportValue', 'Join', 'Length', 'Not', 'Or', 'Select', 'Split', 'Sub', 'ToJsonString', 'Transform'].map(
    (f): [string, string] => [`!${f}`, `Fn::${f}`],
  ),
]);

/** A CloudFormation template read from YAML or JSON, with short-form intrinsics in long form. */
export interface CloudFormationTemplate {
  template: unknown;
  /** Positions of the normalised template's nodes, paths starting with the document index 0. */
  index: PositionIndex;
  /** Tags CloudFormation does not know; their values are kept as `{"!Tag": value}`. */
  problems: SyntaxProblem[];
}

/**
 * Rewrites every short-form intrinsic (`!GetAtt Role.Arn`) of a parsed template to its long form
 * (`{"Fn::GetAtt": ["Role", "Arn"]}`) and moves the position index along, so a rule path through
 * the long form lands on the short form in the file. A tag that is no intrinsic function is a
 * problem, never dropped: its value stays wrapped as `{"!Tag": value}`, so no rule reads it as a
 * literal.
 */
export function normalizeIntrinsics(parsed: ParsedDocuments, text: string): CloudFormationTemplate {
  const template = parsed.documents[0] ?? null;
  const tags = parsed.tags;
  if (!tags || tags.size === 0) return { template, index: parsed.index, problems: [] };
  const index: PositionIndex = new Map();
  const problems: SyntaxProblem[] = [];
  let lineIndex: LineIndex | undefined;
  const lines = () => (lineIndex ??= new LineIndex(text));

  const rebuild = (value: unknown, from: (string | number)[], to: (string | number)[]): unknown => {
    const fromKey = pathKey(from);
    const at = parsed.index.get(fromKey);
    if (at) index.set(pathKey(to), at);
    const tag = tags.get(fromKey);
    const key = tag ? (INTRINSIC_TAGS.get(tag.tag) ?? tag.tag) : undefined;
    if (tag && !INTRINSIC_TAGS.has(tag.tag)) {
      const known = [...INTRINSIC_TAGS.keys()].join(', ');
      problems.push({ message: `unknown tag ${tag.tag}: CloudFormation has no such intrinsic function (known: ${known}); write it in long form or fix the name`, line: tag.at.line, column: tag.at.column });
    }
    const inner = key !== undefined ? [...to, key] : to;
    if (key !== undefined && at) index.set(pathKey(inner), at);
    let out: unknown;
    if (key === 'Fn::GetAtt' && typeof value === 'string' && tag) {
      out = getAttParts(value, tag.at, at, lines, text, inner, index);
    } else if (Array.isArray(value)) {
      out = value.map((v, i) => rebuild(v, [...from, i], [...inner, i]));
    } else if (value !== null && typeof value === 'object') {
      out = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rebuild(v, [...from, k], [...inner, k])]));
    } else {
      out = value;
    }
    return key !== undefined ? { [key]: out } : out;
  };
  return { template: rebuild(template, [0], [0]), index, problems };
}

/** `!GetAtt Resource.Attr.Sub` is `["Resource", "Attr.Sub"]`; each part is located on its own text. */
function getAttParts(value: string, tagAt: Located, at: Located | undefined, lines: () => LineIndex, text: string, path: (string | number)[], index: PositionIndex): string[] {
  const dot = value.indexOf('.');
  const parts = dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)];
  // Search after the tag, not from the start of the pair, or the key could match first.
  const off = text.indexOf(value, tagAt.end);
  if (at && off >= 0 && off + value.length <= at.end) {
    let start = off;
    parts.forEach((part, i) => {
      index.set(pathKey([...path, i]), lines().range(start, start + part.length));
      start += part.length + 1;
    });
  }
  return parts;
}
