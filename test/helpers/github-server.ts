// A local stand-in for the GitHub REST endpoints the Action uses, on 127.0.0.1. Every request is
// checked against GitHub's OpenAPI description (test/data/github-openapi.json, extracted by
// scripts/extract-github-openapi.mjs): path and query parameters and the JSON body.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

interface Operation {
  operationId: string;
  method: string;
  path: string;
  parameters: Array<{ name: string; in: 'path' | 'query'; required: boolean; schema: object }>;
  requestBody?: { required: boolean; schema: object };
  successStatus: number;
}

/** One request as the server saw it. */
export interface Recorded {
  operationId: string;
  method: string;
  url: string;
  authorization: string;
  body: unknown;
  /** Schema violations; empty for a request GitHub would accept. */
  errors: string[];
  status: number;
}

/** Faults to inject, by operationId: a status for every call, or for the first n calls. */
export type Faults = Record<string, { status: number; times?: number; echoAuthorization?: boolean }>;

const SPEC = JSON.parse(readFileSync('test/data/github-openapi.json', 'utf8')) as { operations: Operation[] };

/**
 * GitHub ignores unknown body fields; the test does not: a misspelt field would be dropped in
 * silence, so every object that lists its properties is closed here.
 */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) out[k] = k === 'properties' ? Object.fromEntries(Object.entries(v as object).map(([p, s]) => [p, closed(s)])) : closed(v);
  if ('properties' in out && !('additionalProperties' in out)) out.additionalProperties = false;
  return out;
}

export class GitHubServer {
  readonly requests: Recorded[] = [];
  readonly checkRuns = new Map<number, { create: Record<string, unknown>; updates: Array<Record<string, unknown>> }>();
  readonly comments: Array<{ id: number; issue: number; body: string }> = [];
  faults: Faults = {};
  private server: Server;
  private nextId = 1000;
  private validators = new Map<string, { body?: ValidateFunction; params: ValidateFunction }>();
  private routes: Array<{ op: Operation; pattern: RegExp; names: string[] }>;

  constructor() {
    const ajv = new Ajv({ allErrors: true, strict: false, coerceTypes: false });
    (addFormats as unknown as (a: Ajv) => void)(ajv);
    this.routes = SPEC.operations.map((op) => {
      const names: string[] = [];
      const pattern = new RegExp(`^${op.path.replace(/\{(\w+)\}/g, (_, n: string) => (names.push(n), '([^/]+)'))}$`);
      const params = { type: 'object', properties: Object.fromEntries(op.parameters.map((p) => [p.name, p.schema])), required: op.parameters.filter((p) => p.required).map((p) => p.name), additionalProperties: false };
      this.validators.set(op.operationId, { params: ajv.compile(params), ...(op.requestBody ? { body: ajv.compile(closed(op.requestBody.schema) as object) } : {}) });
      return { op, pattern, names };
    });
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  /** Starts listening on a free port of 127.0.0.1; returns the API base URL. */
  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Requests of one operation, in order. */
  calls(operationId: string): Recorded[] {
    return this.requests.filter((r) => r.operationId === operationId);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const route = this.routes.map((r) => ({ r, m: r.op.method === req.method ? r.pattern.exec(url.pathname) : null })).find((x) => x.m);
    const record: Recorded = { operationId: route?.r.op.operationId ?? `unknown ${req.method} ${url.pathname}`, method: req.method ?? '', url: req.url ?? '', authorization: String(req.headers.authorization ?? ''), body: undefined, errors: [], status: 0 };
    this.requests.push(record);
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(JSON.stringify(data));
    };
    if (!route) return send(404, { message: 'Not Found' });
    const { op, names } = route.r;
    const v = this.validators.get(op.operationId)!;
    const params: Record<string, unknown> = {};
    names.forEach((n, i) => (params[n] = typed(op, n, decodeURIComponent(route.m![i + 1]!))));
    for (const [k, val] of url.searchParams) params[k] = typed(op, k, val);
    if (!v.params(params)) record.errors.push(...(v.params.errors ?? []).map((e) => `params${e.instancePath} ${e.message}`));
    if (op.requestBody) {
      try {
        record.body = JSON.parse(text);
      } catch {
        record.errors.push('body is not JSON');
      }
      if (record.body !== undefined && !v.body!(record.body)) record.errors.push(...(v.body!.errors ?? []).map((e) => `body${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`));
    } else if (text !== '') record.errors.push('unexpected body');
    if (!/^(token|Bearer) \S+$/.test(record.authorization)) record.errors.push('no token');
    if (record.errors.length > 0) return send(422, { message: 'Validation Failed', errors: record.errors });
    const fault = this.faults[op.operationId];
    if (fault && (fault.times === undefined || fault.times > 0)) {
      if (fault.times !== undefined) fault.times--;
      // A misbehaving proxy may echo the request's credentials in its error message.
      const detail = fault.echoAuthorization ? ` (sent: ${record.authorization})` : '';
      return send(fault.status, { message: `${fault.status === 403 ? 'Resource not accessible by integration' : 'Server Error'}${detail}` });
    }
    send(op.successStatus, this.respond(op.operationId, params, record.body as Record<string, unknown>, url));
  }

  private respond(operationId: string, params: Record<string, unknown>, body: Record<string, unknown>, url: URL): unknown {
    switch (operationId) {
      case 'checks/create': {
        const id = this.nextId++;
        this.checkRuns.set(id, { create: body, updates: [] });
        return { id, head_sha: body.head_sha, name: body.name, status: body.status ?? 'queued', html_url: `https://github.example/runs/${id}` };
      }
      case 'checks/update': {
        const run = this.checkRuns.get(Number(params.check_run_id));
        run?.updates.push(body);
        return { id: params.check_run_id, status: body.status ?? run?.create.status };
      }
      case 'issues/list-comments': {
        const perPage = Number(url.searchParams.get('per_page') ?? 30);
        const page = Number(url.searchParams.get('page') ?? 1);
        const all = this.comments.filter((c) => c.issue === params.issue_number);
        return all.slice((page - 1) * perPage, page * perPage).map((c) => ({ id: c.id, body: c.body, user: { login: 'github-actions[bot]', type: 'Bot' } }));
      }
      case 'issues/create-comment': {
        const comment = { id: this.nextId++, issue: Number(params.issue_number), body: String(body.body) };
        this.comments.push(comment);
        return { id: comment.id, body: comment.body };
      }
      case 'issues/update-comment': {
        const comment = this.comments.find((c) => c.id === params.comment_id);
        if (comment) comment.body = String(body.body);
        return { id: params.comment_id, body: body.body };
      }
    }
    return {};
  }
}

/** A path or query value as its schema's type, so `type: integer` is checked for what it is. */
function typed(op: Operation, name: string, value: string): unknown {
  const schema = op.parameters.find((p) => p.name === name)?.schema as { type?: string } | undefined;
  return schema?.type === 'integer' && /^-?\d+$/.test(value) ? Number(value) : value;
}
