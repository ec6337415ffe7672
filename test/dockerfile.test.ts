// Dockerfiles: the document rules see, the position of each part, and the errors Docker would raise.
import { describe, expect, it } from 'vitest';
import { formatByName } from '../src/detect.js';
import { locate } from '../src/locate.js';
import { parseDockerfile, parseImageRef, substitute } from '../src/parse/dockerfile.js';

const DIGEST = `sha256:${'ab'.repeat(32)}`;
const TEXT = `# syntax=docker/dockerfile:1.7
ARG REGISTRY=nvcr.io
ARG TAG
FROM --platform=linux/amd64 \${REGISTRY}/nvidia/pytorch:24.05-py3 AS build
ENV PIP_NO_CACHE_DIR=1 HF_HOME="/opt/hf cache" \\
    TOKENIZERS_PARALLELISM=false
RUN --mount=type=cache,target=/root/.cache pip install \\
      -r requirements.txt
RUN <<EOF
apt-get update
curl -fsSL https://example.com/install.sh | sh
EOF
COPY --from=build --chown=10001:10001 src/ conf/ /app/

FROM gcr.io/distroless/python3@${DIGEST} AS runtime
COPY --from=build /app /app
USER nonroot:nonroot
EXPOSE 8080/tcp 9090
HEALTHCHECK NONE
ENTRYPOINT ["python3", "-m", "serve"]
CMD --help

FROM build
`;

type Doc = { args: Array<Record<string, unknown>>; stages: Array<{ name: string | null; from: Record<string, unknown>; instructions: Array<Record<string, unknown>> }> };

describe('Dockerfile parser', () => {
  const parsed = parseDockerfile(TEXT);
  const doc = parsed.documents[0] as Doc;
  const at = (...path: (string | number)[]) => {
    const r = locate(parsed.index, [0, ...path]);
    return r && TEXT.slice(r.start, r.end);
  };

  it('reads global ARGs and stages with their base image resolved and split', () => {
    expect(parsed.errors).toEqual([]);
    expect(doc.args).toEqual([
      { name: 'REGISTRY', value: 'nvcr.io' },
      { name: 'TAG', value: null },
    ]);
    expect(doc.stages.map((s) => s.name)).toEqual(['build', 'runtime', null]);
    expect(doc.stages[0]!.from).toEqual({
      image: 'nvcr.io/nvidia/pytorch:24.05-py3',
      raw: '${REGISTRY}/nvidia/pytorch:24.05-py3',
      resolved: true,
      registry: 'nvcr.io',
      repository: 'nvidia/pytorch',
      tag: '24.05-py3',
      digest: null,
      platform: 'linux/amd64',
      stage: null,
      scratch: false,
    });
    expect(doc.stages[1]!.from).toMatchObject({ registry: 'gcr.io', repository: 'distroless/python3', tag: null, digest: DIGEST });
    // FROM <stage> builds on that stage.
    expect(doc.stages[2]!.from).toMatchObject({ image: 'build', stage: 0 });
  });

  it('gives each instruction its parts: flags, pairs, exec or shell form, heredocs, sources', () => {
    const [env, run, heredoc, copy] = doc.stages[0]!.instructions;
    expect(env).toMatchObject({ cmd: 'ENV', pairs: [{ name: 'PIP_NO_CACHE_DIR', value: '1' }, { name: 'HF_HOME', value: '/opt/hf cache' }, { name: 'TOKENIZERS_PARALLELISM', value: 'false' }] });
    expect(run).toMatchObject({ cmd: 'RUN', form: 'shell', flags: { mount: 'type=cache,target=/root/.cache' } });
    expect(String(run!.value)).toMatch(/^pip install\s+-r requirements\.txt$/);
    expect(heredoc).toMatchObject({ cmd: 'RUN', heredocs: [{ name: 'EOF', content: 'apt-get update\ncurl -fsSL https://example.com/install.sh | sh' }] });
    expect(copy).toMatchObject({ cmd: 'COPY', flags: { from: 'build', chown: '10001:10001' }, sources: ['src/', 'conf/'], destination: '/app/' });
    const runtime = doc.stages[1]!.instructions;
    expect(runtime.map((i) => i.cmd)).toEqual(['COPY', 'USER', 'EXPOSE', 'HEALTHCHECK', 'ENTRYPOINT', 'CMD']);
    expect(runtime[1]).toMatchObject({ user: 'nonroot', group: 'nonroot' });
    expect(runtime[2]).toMatchObject({ ports: ['8080/tcp', '9090'] });
    expect(runtime[3]).toMatchObject({ none: true });
    expect(runtime[4]).toMatchObject({ form: 'exec', exec: ['python3', '-m', 'serve'] });
    expect(runtime[5]).toMatchObject({ form: 'shell', value: '--help' });
  });

  it('keeps the spaces and escapes inside an exec-form string', () => {
    const [run] = (parseDockerfile('FROM x\nRUN ["sh", "-c", "curl -fsSL https://x | sh", "a\\"b"]\n').documents[0] as typeof doc).stages[0]!.instructions;
    expect(run).toMatchObject({ form: 'exec', exec: ['sh', '-c', 'curl -fsSL https://x | sh', 'a"b'] });
  });

  it('locates each part on its own text', () => {
    expect(at('stages', 0, 'from', 'platform')).toBe('linux/amd64');
    expect(at('stages', 0, 'from', 'image')).toBe('${REGISTRY}/nvidia/pytorch:24.05-py3');
    // A part behind a variable is located on the whole image text.
    expect(at('stages', 0, 'from', 'tag')).toBe('${REGISTRY}/nvidia/pytorch:24.05-py3');
    expect(at('stages', 1, 'from', 'digest')).toBe(DIGEST);
    expect(at('stages', 1, 'from', 'registry')).toBe('gcr.io');
    expect(at('stages', 0, 'name')).toBe('build');
    expect(at('stages', 0, 'instructions', 0, 'pairs', 1, 'value')).toBe('"/opt/hf cache"');
    expect(at('stages', 0, 'instructions', 1, 'flags', 'mount')).toBe('type=cache,target=/root/.cache');
    expect(at('stages', 0, 'instructions', 2, 'heredocs', 0)).toBe('apt-get update\ncurl -fsSL https://example.com/install.sh | sh');
    expect(at('stages', 0, 'instructions', 3, 'sources', 1)).toBe('conf/');
    expect(at('stages', 1, 'instructions', 1, 'user')).toBe('nonroot:nonroot');
    expect(at('stages', 1, 'instructions', 4, 'exec', 2)).toBe('"serve"');
    expect(at('args', 0, 'value')).toBe('nvcr.io');
    // A missing part points at its instruction; a stage spans from FROM to its last instruction.
    expect(at('stages', 1, 'instructions', 1, 'missing')).toBe('USER nonroot:nonroot');
    expect(locate(parsed.index, [0, 'stages', 0])).toMatchObject({ line: 4, endLine: 13 });
  });

  it('reports what Docker rejects, with line and column, and still reads the rest', () => {
    const bad = parseDockerfile('RUN echo early\nFROM alpine:3.19\nRUNN apk add curl\n  FROM\nUSER app\n');
    expect(bad.errors).toEqual([
      { line: 1, column: 1, message: 'RUN before the first FROM; only ARG may come before FROM' },
      { line: 3, column: 1, message: expect.stringMatching(/^unknown instruction "RUNN"; Dockerfile instructions are ADD, ARG/) },
      { line: 4, column: 3, message: 'FROM without an image; write FROM <image>[:tag][@digest] [AS <name>]' },
    ]);
    expect((bad.documents[0] as Doc).stages[1]!.instructions).toEqual([expect.objectContaining({ cmd: 'USER', user: 'app' })]);
    expect(parseDockerfile('# only a comment\nARG X=1\n').errors).toEqual([{ line: 2, column: 1, message: 'no FROM instruction; a Dockerfile starts its first build stage with FROM' }]);
    expect(parseDockerfile('').errors).toEqual([]);
  });

  it('splits image references as Docker does', () => {
    expect(parseImageRef('python')).toEqual({ registry: null, repository: 'python', tag: null, digest: null });
    expect(parseImageRef('localhost:5000/ml/train:1.2')).toEqual({ registry: 'localhost:5000', repository: 'ml/train', tag: '1.2', digest: null });
    expect(parseImageRef('acme/train@sha256:00')).toEqual({ registry: null, repository: 'acme/train', tag: null, digest: 'sha256:00' });
    expect(substitute('${A:-x}/$B/${C}', new Map([['B', 'b']]))).toEqual({ value: 'x/b/', resolved: false });
  });

  it('is read by file name: Dockerfile, *.Dockerfile, Dockerfile.*, Containerfile', () => {
    for (const name of ['Dockerfile', 'docker/Dockerfile', 'gpu.Dockerfile', 'Dockerfile.cuda12', 'Containerfile', 'dockerfile', 'x/serve.containerfile']) {
      expect(formatByName(name), name).toBe('dockerfile');
    }
    for (const name of ['Dockerfile.dockerignore', 'Dockerfiles/README.md', 'notDockerfile', 'docker-compose.yaml']) {
      expect(formatByName(name), name).not.toBe('dockerfile');
    }
  });
});
