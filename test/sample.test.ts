// The bundled sample repository: what `npm run sample` reports, finding by finding. Its deliberate
// violations are listed in test/data/sample-findings.txt; a new rule that fires on a compliant part
// shows up here as a changed line (update with `npx vitest run test/sample.test.ts -u` only when the
// new finding is right).
import { describe, expect, it } from 'vitest';
import { tollgate } from './helpers/cli.js';

interface Finding {
  rule: string;
  file: string;
  line: number;
  column: number;
  message: string;
}

describe('the sample repository', () => {
  it('reports its deliberate violations and nothing on its compliant parts', async () => {
    const r = tollgate(['check', 'fixtures/sample', '--format', 'json']);
    expect(r.code).toBe(1);
    const { findings } = JSON.parse(r.stdout) as { findings: Finding[] };
    const lines = findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.message}`);
    await expect(lines.join('\n') + '\n').toMatchFileSnapshot('data/sample-findings.txt');
  });
});
