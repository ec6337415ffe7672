import {
  Add,
  Arg,
  Copy,
  DockerfileParser,
  Env,
  From,
  Healthcheck,
  JSONInstruction,
  Keyword,
  Label,
  ModifiableInstruction,
  Run,
  User,
  type Instruction,
} from 'dockerfile-ast';
import type { PositionIndex } from '../position.js';
import { pathKey } from '../position.js';
import { LineIndex, type ParsedDocuments, type SyntaxProblem } from './document.js';

/** A zero-based position, as dockerfile-ast (an LSP library) gives it. */
type LspRange = { start: { line: number; character: number }; end: { line: number; character: number } };
type Path = (string | number)[];

const KEYWORDS = new Set<string>(Object.values(Keyword));

/**
 * Parses a Dockerfile into the document rules see (global ARGs, then stages with their FROM and
 * instructions; shape in docs/inputs/dockerfile.md) and the position of every part. Never throws:
 * unknown instructions, instructions before the first FROM and a FROM without an image are
 * reported in `errors`, and the rest is still read.
 */
export function parseDockerfile(text: string): ParsedDocuments {
  const lines = new LineIndex(text);
  const index: PositionIndex = new Map();
  const errors: SyntaxProblem[] = [];
  const at = (r: LspRange | null | undefined, path: Path) => {
    if (!r) return;
    const start = lines.offset(r.start.line + 1, r.start.character + 1);
    const end = lines.offset(r.end.line + 1, r.end.character + 1);
    index.set(pathKey([0, ...path]), lines.range(start, Math.max(start, end)));
  };
  const problem = (r: LspRange, message: string) => errors.push({ message, line: r.start.line + 1, column: r.start.character + 1 });

  const dockerfile = DockerfileParser.parse(text);
  const args: Record<string, unknown>[] = [];
  const globals = new Map<string, string>();
  const stages: Record<string, unknown>[] = [];
  let current: { stage: Record<string, unknown>; instructions: Record<string, unknown>[]; path: Path } | undefined;

  for (const ins of dockerfile.getInstructions()) {
    const keyword = ins.getKeyword();
    if (!KEYWORDS.has(keyword)) {
      problem(ins.getInstructionRange(), `unknown instruction ${JSON.stringify(ins.getInstruction())}; Dockerfile instructions are ${[...KEYWORDS].join(', ')}`);
      continue;
    }
    if (ins instanceof From) {
      const path: Path = ['stages', stages.length];
      const stage = { name: ins.getBuildStage(), from: fromImage(ins, globals, stages, path, at), instructions: [] as Record<string, unknown>[] };
      if (!ins.getImage()) problem(ins.getInstructionRange(), 'FROM without an image; write FROM <image>[:tag][@digest] [AS <name>]');
      at(ins.getRange(), path);
      at(ins.getBuildStageRange(), [...path, 'name']);
      stages.push(stage);
      current = { stage, instructions: stage.instructions, path };
      continue;
    }
    if (!current) {
      if (ins instanceof Arg) {
        const path: Path = ['args', args.length];
        const [pair] = pairs(ins, path, at);
        if (pair) {
          args.push(pair);
          if (typeof pair.value === 'string') globals.set(String(pair.name), pair.value);
        }
        continue;
      }
      problem(ins.getInstructionRange(), `${keyword} before the first FROM; only ARG may come before FROM`);
      continue;
    }
    const path: Path = [...current.path, 'instructions', current.instructions.length];
    current.instructions.push(instruction(ins, keyword, path, at, text, lines));
    // A stage spans from its FROM to its last instruction.
    const from = index.get(pathKey([0, ...current.path]));
    const last = index.get(pathKey([0, ...path]));
    if (from && last) index.set(pathKey([0, ...current.path]), lines.range(from.start, last.end));
  }
  if (stages.length === 0 && errors.length === 0 && dockerfile.getInstructions().length > 0) {
    const first = dockerfile.getInstructions()[0] as Instruction;
    problem(first.getRange(), 'no FROM instruction; a Dockerfile starts its first build stage with FROM');
  }
  index.set(pathKey([0]), lines.range(0, text.length));
  return { documents: [{ args, stages }], index, errors, narrow: (within, snippet) => lines.narrow(within, snippet) };
}

/** The base image of a stage, with global ARG defaults substituted, split into its parts. */
function fromImage(ins: From, globals: ReadonlyMap<string, string>, stages: readonly Record<string, unknown>[], path: Path, at: (r: LspRange | null | undefined, p: Path) => void) {
  const raw = ins.getImage() ?? '';
  const { value, resolved: substituted } = substitute(raw, globals);
  // A FROM without an image is a syntax error: no rule should judge an image that is not there.
  const resolved = substituted && value !== '';
  const ref = parseImageRef(value);
  const platform = ins.getPlatformFlag();
  const parent = stages.findIndex((s) => typeof s.name === 'string' && s.name.toLowerCase() === value.toLowerCase());
  const from = [...path, 'from'];
  at(ins.getRange(), from);
  at(ins.getImageRange(), [...from, 'image']);
  // Parts are only located on the text when no variable stood in for them.
  const exact = raw === value;
  at(exact ? ins.getRegistryRange() : ins.getImageRange(), [...from, 'registry']);
  at(exact ? ins.getImageNameRange() : ins.getImageRange(), [...from, 'repository']);
  at(exact ? ins.getImageTagRange() : ins.getImageRange(), [...from, 'tag']);
  at(exact ? ins.getImageDigestRange() : ins.getImageRange(), [...from, 'digest']);
  at(platform?.getValueRange() ?? platform?.getRange(), [...from, 'platform']);
  return {
    image: value,
    raw,
    resolved,
    ...ref,
    platform: platform?.getValue() ?? null,
    // A FROM that names an earlier stage builds on it: its user, env and files carry over.
    stage: parent >= 0 ? parent : null,
    scratch: value.toLowerCase() === 'scratch',
  };
}

/** One instruction of a stage, with the parts its kind has. */
function instruction(ins: Instruction, keyword: string, path: Path, at: (r: LspRange | null | undefined, p: Path) => void, text: string, lines: LineIndex): Record<string, unknown> {
  at(ins.getRange(), path);
  at(ins.getInstructionRange(), [...path, 'cmd']);
  at(ins.getArgumentsRange(), [...path, 'value']);
  const out: Record<string, unknown> = { cmd: keyword, value: ins.getArgumentsContent() ?? '' };
  if (ins instanceof ModifiableInstruction) {
    const flags: Record<string, string | null> = {};
    for (const f of ins.getFlags()) {
      flags[f.getName()] = f.getValue();
      at(f.getValueRange() ?? f.getRange(), [...path, 'flags', f.getName()]);
    }
    out.flags = flags;
  }
  if (ins instanceof JSONInstruction && (ins instanceof Run || keyword === 'CMD' || keyword === 'ENTRYPOINT' || keyword === 'SHELL')) {
    const exec = ins.getOpeningBracket() !== null && ins.getClosingBracket() !== null;
    out.form = exec ? 'exec' : 'shell';
    if (exec) {
      out.exec = ins.getJSONStrings().map((s, i) => {
        const r = s.getRange();
        at(r, [...path, 'exec', i]);
        // dockerfile-ast's getJSONValue drops the spaces inside a string ("curl x | sh" reads
        // "curlx|sh"): decode the string's own text instead.
        return jsonString(text.slice(lines.offset(r.start.line + 1, r.start.character + 1), lines.offset(r.end.line + 1, r.end.character + 1))) ?? s.getJSONValue();
      });
    }
  }
  if (ins instanceof Run || ins instanceof Copy) {
    out.heredocs = heredocs(ins, path, at, text, lines);
  }
  if (ins instanceof Env || ins instanceof Arg || ins instanceof Label) out.pairs = pairs(ins, path, at);
  if (ins instanceof User) {
    const [user = '', group] = (ins.getArgumentsContent() ?? '').trim().split(':');
    out.user = user;
    out.group = group ?? null;
    at(ins.getArgumentsRange(), [...path, 'user']);
    at(ins.getArgumentsRange(), [...path, 'group']);
  }
  if (ins instanceof Copy || ins instanceof Add) {
    const argv = ins.getArguments().filter((a) => !a.getValue().startsWith('<<'));
    const last = argv.length - 1;
    out.sources = argv.slice(0, Math.max(last, 0)).map((a, i) => {
      at(a.getRange(), [...path, 'sources', i]);
      return a.getValue();
    });
    out.destination = last >= 0 ? (argv[last]?.getValue() ?? null) : null;
    at(argv[last]?.getRange(), [...path, 'destination']);
  }
  if (keyword === 'EXPOSE') {
    out.ports = ins.getArguments().map((a, i) => {
      at(a.getRange(), [...path, 'ports', i]);
      return a.getValue();
    });
  }
  if (ins instanceof Healthcheck) out.none = ins.getSubcommand()?.getValue().toUpperCase() === 'NONE';
  return out;
}

/** A JSON string literal's value, or undefined when the text is not one. */
function jsonString(raw: string): string | undefined {
  try {
    const v: unknown = JSON.parse(raw);
    return typeof v === 'string' ? v : undefined;
  } catch {
    return undefined;
  }
}

/** The here-documents of a RUN or COPY: their names and bodies. */
function heredocs(ins: Run | Copy, path: Path, at: (r: LspRange | null | undefined, p: Path) => void, text: string, lines: LineIndex) {
  return ins.getHeredocs().map((h, i) => {
    const r = h.getContentRange();
    at(r ?? h.getStartRange(), [...path, 'heredocs', i]);
    const content = r ? text.slice(lines.offset(r.start.line + 1, r.start.character + 1), lines.offset(r.end.line + 1, r.end.character + 1)) : '';
    return { name: h.getName(), content };
  });
}

/** The `name=value` pairs of ENV, ARG and LABEL (`value` null for `ARG NAME` without a default). */
function pairs(ins: Env | Arg | Label, path: Path, at: (r: LspRange | null | undefined, p: Path) => void) {
  const props = ins instanceof Arg ? [ins.getProperty()].filter((p) => p !== null) : ins.getProperties();
  return props.map((p, i) => {
    const base = ins instanceof Arg && path[0] === 'args' ? path : [...path, 'pairs', i];
    at(p.getRange(), base);
    at(p.getNameRange(), [...base, 'name']);
    at(p.getValueRange() ?? p.getRange(), [...base, 'value']);
    return { name: p.getName(), value: p.getValue() };
  });
}

/**
 * `$NAME`, `${NAME}` and `${NAME:-default}` replaced by the global ARG defaults; `resolved` is
 * false when a variable has no value, so rules can leave the image alone rather than guess.
 */
export function substitute(raw: string, vars: ReadonlyMap<string, string>): { value: string; resolved: boolean } {
  let resolved = true;
  const value = raw.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g, (_m, braced?: string, fallback?: string, bare?: string) => {
    const v = vars.get((braced ?? bare) as string) ?? fallback;
    if (v === undefined || v === '') resolved = false;
    return v ?? '';
  });
  return { value, resolved };
}

/** `registry/repository:tag@digest`, each part null when absent. */
export function parseImageRef(ref: string): { registry: string | null; repository: string; tag: string | null; digest: string | null } {
  const at = ref.indexOf('@');
  const digest = at >= 0 ? ref.slice(at + 1) : null;
  const named = at >= 0 ? ref.slice(0, at) : ref;
  const slash = named.indexOf('/');
  const first = slash >= 0 ? named.slice(0, slash) : '';
  // As Docker decides: the first component is a registry when it looks like a host.
  const registry = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost') ? first : null;
  const rest = registry !== null ? named.slice(slash + 1) : named;
  const colon = rest.lastIndexOf(':');
  const tag = colon > rest.lastIndexOf('/') ? rest.slice(colon + 1) : null;
  return { registry, repository: tag !== null ? rest.slice(0, colon) : rest, tag, digest };
}
