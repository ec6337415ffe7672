import { describe, expect, it } from 'vitest';
import { locate } from '../src/locate.js';
import { parseJson } from '../src/parse/json.js';
import { parseYaml } from '../src/parse/yaml.js';

const doc = `# leading comment
apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
    - name: a
      image: x:1
      command:
        - python
        - train.py
    - name: b
      securityContext: {privileged: true}
      args: |
        --epochs 3
        --lr 0.1
---
kind: Service
`;

describe('YAML positions', () => {
  const parsed = parseYaml(doc);

  it('locates keys from the key to the end of the value', () => {
    expect(locate(parsed.index, [0, 'spec', 'containers', 0, 'image'])).toMatchObject({ line: 9, column: 7, endLine: 9, endColumn: 17 });
  });

  it('locates sequence items and flow maps', () => {
    expect(locate(parsed.index, [0, 'spec', 'containers', 0, 'command', 1])).toMatchObject({ line: 12, column: 11 });
    expect(locate(parsed.index, [0, 'spec', 'containers', 1, 'securityContext', 'privileged'])).toMatchObject({ line: 14, column: 25, endLine: 14 });
  });

  it('ends a block scalar on its last text line', () => {
    expect(locate(parsed.index, [0, 'spec', 'containers', 1, 'args'])).toMatchObject({ line: 15, endLine: 17 });
  });

  it('points a missing attribute at the longest located prefix', () => {
    expect(locate(parsed.index, [0, 'spec', 'containers', 0, 'securityContext', 'runAsNonRoot'])).toMatchObject({ line: 8, column: 7 });
  });

  it('starts every path with the document index', () => {
    expect(parsed.documents).toHaveLength(2);
    expect(locate(parsed.index, [1, 'kind'])).toMatchObject({ line: 19, column: 1 });
    expect(locate(parsed.index, [0])).toMatchObject({ line: 2, column: 1 });
  });

  it('narrows a located value to a snippet inside it', () => {
    const args = locate(parsed.index, [0, 'spec', 'containers', 1, 'args'])!;
    expect(parsed.narrow(args, '--lr 0.1')).toEqual({ line: 17, column: 9, endLine: 17, endColumn: 17 });
    expect(parsed.narrow(args, 'kind: Service')).toBeUndefined();
  });

  it('reports syntax errors with the parser position and keeps the other documents', () => {
    const bad = parseYaml('a: 1\n---\nb: [1, 2\n---\nc: 3\n');
    expect(bad.errors).toHaveLength(1);
    expect(bad.errors[0]).toMatchObject({ line: 4, column: 1, message: expect.stringContaining('Flow sequence') });
    expect(bad.documents).toEqual([{ a: 1 }, null, { c: 3 }]);
  });

  it('reports duplicate keys with the key', () => {
    const dup = parseYaml('a: 1\nb: 2\na: 3\n');
    expect(dup.errors).toEqual([expect.objectContaining({ line: 3, column: 1, message: expect.stringContaining('duplicate key "a"') })]);
  });
});

describe('JSON positions', () => {
  const text = '{\n  "Resources": {\n    "Bucket": {"Type": "AWS::S3::Bucket", "Properties": {"Tags": [1, {"k": "v"}]}}\n  }\n}\n';
  const parsed = parseJson(text);

  it('locates members from the key to the end of the value, with paths under document 0', () => {
    expect(parsed.documents).toEqual([JSON.parse(text)]);
    expect(locate(parsed.index, [0, 'Resources', 'Bucket', 'Type'])).toMatchObject({ line: 3, column: 16, endLine: 3, endColumn: 41 });
    expect(locate(parsed.index, [0, 'Resources', 'Bucket', 'Properties', 'Tags', 1, 'k'])).toMatchObject({ line: 3, column: 71 });
    expect(locate(parsed.index, [0, 'Resources', 'Bucket', 'Properties', 'Missing'])).toMatchObject({ line: 3, column: 43 });
  });

  it('reports syntax errors, comments and duplicate keys with positions', () => {
    expect(parseJson('{\n  "a": 1,\n}\n').errors).toEqual([expect.objectContaining({ line: 3, column: 1 })]);
    expect(parseJson('{"a": 1, // no\n"b": 2}').errors).toEqual([expect.objectContaining({ message: 'InvalidCommentToken', line: 1, column: 10 })]);
    expect(parseJson('{\n"a": 1,\n"a": 2}').errors).toEqual([expect.objectContaining({ message: expect.stringContaining('duplicate key "a"'), line: 3, column: 1 })]);
  });
});
