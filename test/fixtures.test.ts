// Every fixture (real report text) against its sidecar of expected diagnostics.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/lint.js';

const dir = new URL('../fixtures/', import.meta.url).pathname;
const reports = readdirSync(dir).filter((f) => /\.(md|markdown|txt)$/.test(f) && f !== 'README.md').sort();

/** The fields a sidecar pins down. */
export function expectedShape(messages: ReturnType<typeof lint>['messages']) {
  return messages.map((m) => ({
    ruleId: m.ruleId,
    severity: m.severity,
    messageId: m.messageId,
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    data: m.data ?? {},
  }));
}

describe('fixtures', () => {
  it('has fixtures', () => {
    expect(reports.length).toBeGreaterThanOrEqual(5);
  });
  it.each(reports.map((f) => [f]))('%s gives exactly its expected diagnostics', (name) => {
    const sidecar = join(dir, name.replace(/\.(md|markdown|txt)$/, '.expected.json'));
    expect(existsSync(sidecar), `${sidecar} must exist`).toBe(true);
    const expected = JSON.parse(readFileSync(sidecar, 'utf8'));
    const result = lint(readFileSync(join(dir, name), 'utf8'), { filePath: name });
    expect(expectedShape(result.messages)).toEqual(expected);
  });
});
