import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { findingAnnotationLimits, planAnnotations } from '../../src/report/annotations.js';
import type { Finding } from '../../src/report/finding.js';
import {
  emitAnnotations,
  emitNotices,
  emitRunAnnotations,
  logFileResults,
  logLine,
} from '../../src/github/workflow-log.js';

let written: string[];
let spy: { mockRestore(): void };

beforeEach(() => {
  written = [];
  spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
});
afterEach(() => spy.mockRestore());

/** The lines the runner would read: every one that starts with `::` is a workflow command. */
function commandLines(): string[] {
  return written
    .join('')
    .split(/\r?\n|\r/)
    .filter((line) => line.startsWith('::'));
}

const hostilePath = 'policies/we%ird, name: ünï\n::error::injected.json';
const hostileSid = 'Sid::error file=x::boom\nsecond line';

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    path: hostilePath,
    check: 'no-new-access',
    verdict: 'FAIL',
    severity: 'error',
    message: 'grants access that the base version does not',
    sid: hostileSid,
    statementIndex: 0,
    span: { line: 3, column: 5, endLine: 9, endColumn: 6, offset: 0, endOffset: 0 },
    ...overrides,
  };
}

describe('annotations as workflow commands', () => {
  it('escapes a file name with %, comma, colon, unicode and a newline so it stays one property', () => {
    emitAnnotations(planAnnotations([finding()]));
    expect(commandLines()).toEqual([
      '::error title=iam-proof FAIL%3A no-new-access,file=policies/we%25ird%2C name%3A ünï%0A%3A%3Aerror%3A%3Ainjected.json,line=3,endLine=9::' +
        'Statement "Sid::error file=x::boom%0Asecond line" (#1) grants access that the base version does not',
    ]);
  });

  it('cannot be made to issue a second command by a Sid or message with :: and newlines', () => {
    emitAnnotations(planAnnotations([finding({ message: 'x\n::warning::y\r::set-output name=result::pass' })]));
    expect(commandLines()).toHaveLength(1);
    expect(commandLines()[0]).toMatch(/^::error /);
  });

  it('says in the log how many findings were not annotated', () => {
    const many = Array.from({ length: 12 }, (_, i) => finding({ path: `p${i}.json`, sid: 'S' }));
    emitAnnotations(planAnnotations(many));
    expect(commandLines().filter((l) => l.startsWith('::error '))).toHaveLength(10);
    expect(written.join('')).toContain('2 error and 0 warning findings were not annotated');
  });
});

describe('log lines', () => {
  it('show line breaks of untrusted text instead of starting a new line', () => {
    logLine(`file: ${hostilePath}`);
    expect(commandLines()).toEqual([]);
    expect(written.join('')).toContain('policies/we%ird, name: ünï\\n::error::injected.json');
  });
});

describe('the step budget', () => {
  it("leaves one error annotation for the failed step's own message", () => {
    const many = Array.from({ length: 12 }, (_, i) => finding({ path: `p${i}.json`, sid: 'S' }));
    const plan = planAnnotations(many, findingAnnotationLimits(true));
    expect(plan.emitted).toHaveLength(9);
    expect(plan.notAnnotated).toEqual({ error: 3, warning: 0 });
  });

  it('gives file warnings what the findings left and counts the notices not shown', () => {
    const notices = [
      ...Array.from({ length: 3 }, (_, i) => ({
        path: `link${i}.json`,
        message: 'symlink not followed',
        level: 'warning' as const,
      })),
      ...Array.from({ length: 12 }, (_, i) => ({
        path: `new${i}.json`,
        message: 'new file',
        level: 'notice' as const,
      })),
    ];
    emitNotices(notices, { warning: 2, notice: 10 });
    expect(commandLines().filter((l) => l.startsWith('::warning '))).toHaveLength(2);
    expect(commandLines().filter((l) => l.startsWith('::notice '))).toHaveLength(10);
    expect(written.join('')).toContain(
      'iam-proof: 3 more notices about files were not annotated; they are in the job summary',
    );
  });

  it("lets file warnings use only what the warning findings left of the step's 10", () => {
    const warnings = Array.from({ length: 8 }, () => finding({ severity: 'warning', path: 'p.json', sid: 'S' }));
    const links = Array.from({ length: 4 }, (_, i) => ({
      path: `link${i}.json`,
      message: 'symlink not followed',
      level: 'warning' as const,
    }));
    emitRunAnnotations(planAnnotations(warnings, findingAnnotationLimits(false)), links);
    expect(commandLines().filter((l) => l.startsWith('::warning '))).toHaveLength(10);
    expect(commandLines().filter((l) => l.startsWith('::warning file=link'))).toHaveLength(2);
  });
});

describe('the log line of each file', () => {
  it('gives the status and every check with its rule and verdict, on one line whatever the file name', () => {
    logFileResults([
      {
        path: hostilePath,
        change: 'modified',
        status: 'checked',
        problems: [],
        outcomes: [
          { check: 'no-new-access', severity: 'error', verdict: 'PASS', reasons: [] },
          { check: 'access-not-granted', rule: 'no-iam-admin', severity: 'error', verdict: 'FAIL', reasons: [] },
        ],
      },
      { path: 'notes.json', change: 'added', status: 'not-a-policy', outcomes: [], problems: [] },
    ]);
    expect(commandLines()).toEqual([]);
    expect(written.join('')).toContain(
      '"policies/we%ird, name: ünï\\n::error::injected.json": checked — no-new-access: PASS, access-not-granted (no-iam-admin): FAIL\n',
    );
    expect(written.join('')).toContain('"notes.json": not-a-policy\n');
  });
});
