import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evaluateFormula,
  type Formula,
  formulaSections,
  parseFormula,
  type SectionScores,
} from '../../../../shared/rules/reviews';
import { reviewSectionKinds } from '../../../../shared/schema/review';

const scores: SectionScores = { kpi: 80, competencies: 70, self: 90, feedback: 65, manager: 60 };

function formulaOf(text: string): Formula {
  const parsed = parseFormula(text);
  if (!parsed.ok) throw new Error(`expected "${text}" to parse: ${parsed.detail}`);
  return parsed.formula;
}
const valueFor = (text: string, with_: Partial<SectionScores> = scores) =>
  evaluateFormula(formulaOf(text), with_);

describe('parsing a formula', () => {
  it('reads section names, numbers and operators into a tree', () => {
    expect(parseFormula('0.5 * kpi + max(manager, 60)')).toEqual({
      ok: true,
      formula: {
        kind: 'binary',
        operator: '+',
        left: {
          kind: 'binary',
          operator: '*',
          left: { kind: 'number', value: 0.5 },
          right: { kind: 'section', name: 'kpi' },
        },
        right: {
          kind: 'call',
          name: 'max',
          args: [
            { kind: 'section', name: 'manager' },
            { kind: 'number', value: 60 },
          ],
        },
      },
    });
  });

  it('accepts every section name, unary minus and plus, and surrounding spaces', () => {
    for (const name of reviewSectionKinds) expect(parseFormula(` ${name} `).ok).toBe(true);
    expect(parseFormula('-kpi')).toEqual({
      ok: true,
      formula: { kind: 'negate', operand: { kind: 'section', name: 'kpi' } },
    });
    expect(parseFormula('+kpi')).toEqual({ ok: true, formula: { kind: 'section', name: 'kpi' } });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['kpi * bonus', 'bonus'],
    ['Kpi', 'Kpi'],
    ['__proto__', '__proto__'],
    ['constructor', 'constructor'],
    ['kpi % 2', '%'],
    ['kpi > 50', '>'],
    ['kpi && self', '&&'],
    ['!kpi', '!'],
    ['abs(kpi)', 'min() and max()'],
    ['eval("1")', 'min() and max()'],
    ['min()', 'at least one'],
    ['Math.max(kpi)', 'min() and max()'],
    ['kpi.constructor', 'MemberExpression'],
    ['kpi ? 1 : 2', 'ConditionalExpression'],
    ['[kpi]', 'ArrayExpression'],
    ['this', 'ThisExpression'],
    ['"80"', 'not a number'],
    ['true', 'not a number'],
    ['1e999', 'not a number'],
    ['kpi, self', 'one expression'],
    ['kpi self', 'one expression'],
  ])('refuses %j, saying why', (text, detail) => {
    const parsed = parseFormula(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.detail).toContain(detail);
  });

  it("refuses broken syntax with jsep's message", () => {
    for (const text of ['kpi +', '(kpi', 'kpi)', '* kpi', 'max(kpi,', '1..2']) {
      const parsed = parseFormula(text);
      expect(parsed.ok, text).toBe(false);
      if (!parsed.ok) expect(parsed.detail.length, text).toBeGreaterThan(0);
    }
  });

  it('refuses a formula longer than the field holds, or nested deeper than it can evaluate', () => {
    const long = parseFormula(`kpi${' + 1'.repeat(80)}`);
    expect(long).toEqual({ ok: false, detail: 'longer than 300 characters' });
    const deep = parseFormula(`${'('.repeat(40)}kpi${')'.repeat(40)}`);
    expect(deep.ok).toBe(true); // parentheses alone add no node
    const deepCalls = parseFormula(`${'max('.repeat(40)}kpi${')'.repeat(40)}`);
    expect(deepCalls).toEqual({ ok: false, detail: 'nested too deeply' });
  });

  it('names the sections a formula reads, once each, in the sections order', () => {
    expect(formulaSections(formulaOf('manager + kpi * 2 + min(kpi, feedback)'))).toEqual([
      'kpi',
      'feedback',
      'manager',
    ]);
    expect(formulaSections(formulaOf('-(self) / 2'))).toEqual(['self']);
    expect(formulaSections(formulaOf('42'))).toEqual([]);
  });
});

describe('evaluating a formula', () => {
  it('computes with the usual precedence and left-to-right order', () => {
    expect(valueFor('0.5 * kpi + 0.5 * manager')).toBe(70);
    expect(valueFor('1 + 2 * 3')).toBe(7);
    expect(valueFor('(1 + 2) * 3')).toBe(9);
    expect(valueFor('10 - 4 - 3')).toBe(3);
    expect(valueFor('24 / 4 / 2')).toBe(3);
    expect(valueFor('-kpi + 100')).toBe(20);
    expect(valueFor('100 - -kpi')).toBe(180);
    expect(valueFor('(kpi + competencies + self + feedback + manager) / 5')).toBe(73);
  });

  it('takes the least or greatest of min() and max() arguments', () => {
    expect(valueFor('min(kpi, manager, 70)')).toBe(60);
    expect(valueFor('max(kpi, manager, 70)')).toBe(80);
    expect(valueFor('max(kpi)')).toBe(80);
    expect(valueFor('min(max(kpi, self), 85)')).toBe(85);
  });

  it('is null when a section it reads has no score, given as null or not given', () => {
    expect(valueFor('kpi + self', { ...scores, self: null })).toBeNull();
    expect(valueFor('kpi + self', { kpi: 80 })).toBeNull();
    expect(valueFor('max(kpi, self)', { kpi: 80, self: null })).toBeNull();
    expect(valueFor('-self', { self: null })).toBeNull();
    expect(valueFor('kpi * 0 + 50', { kpi: null })).toBeNull();
    expect(valueFor('kpi', { kpi: Number.NaN })).toBeNull();
  });

  it('is null on a division by zero, never Infinity or NaN', () => {
    expect(valueFor('kpi / 0')).toBeNull();
    expect(valueFor('kpi / (manager - 60)')).toBeNull();
    expect(valueFor('0 / (kpi - 80)')).toBeNull();
    expect(valueFor('kpi / (manager - 50)')).toBe(8);
  });

  it('is null when the result overflows', () => {
    expect(valueFor('1e300 * 1e300', {})).toBeNull();
    expect(valueFor('1e300 * 1e300 - 1e300 * 1e300', {})).toBeNull();
    expect(valueFor('max(1e300 * 1e300, kpi)')).toBeNull();
    expect(valueFor('1e300 * 10', {})).toBe(1e301);
  });

  // Random formulas, printed fully parenthesised: parsing the print gives back the tree, and the value is
  // always a finite number or null.
  const leaf: fc.Arbitrary<Formula> = fc.oneof(
    fc.integer({ min: 0, max: 1000 }).map((value): Formula => ({ kind: 'number', value })),
    fc.integer({ min: 0, max: 1000 }).map((n): Formula => ({ kind: 'number', value: n / 4 })),
    fc.constantFrom(...reviewSectionKinds).map((name): Formula => ({ kind: 'section', name })),
  );
  const { formula } = fc.letrec<{ formula: Formula }>((tie) => ({
    formula: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      tie('formula').map((operand): Formula => ({ kind: 'negate', operand })),
      fc
        .record({
          operator: fc.constantFrom('+' as const, '-' as const, '*' as const, '/' as const),
          left: tie('formula'),
          right: tie('formula'),
        })
        .map((b): Formula => ({ kind: 'binary', ...b })),
      fc
        .record({
          name: fc.constantFrom('min' as const, 'max' as const),
          args: fc.array(tie('formula'), { minLength: 1, maxLength: 3 }),
        })
        .map((c): Formula => ({ kind: 'call', ...c })),
    ),
  }));
  const print = (f: Formula): string => {
    switch (f.kind) {
      case 'number':
        return String(f.value);
      case 'section':
        return f.name;
      case 'negate':
        return `-(${print(f.operand)})`;
      case 'binary':
        return `(${print(f.left)} ${f.operator} ${print(f.right)})`;
      case 'call':
        return `${f.name}(${f.args.map(print).join(', ')})`;
    }
  };
  const someScores = fc.record(
    Object.fromEntries(
      reviewSectionKinds.map((k) => [
        k,
        fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }),
      ]),
    ) as Record<keyof SectionScores, fc.Arbitrary<number | null>>,
  );

  it('parses its own printed form back to the same tree, and evaluates to a finite number or null', () => {
    fc.assert(
      fc.property(formula, someScores, (f, s) => {
        const text = print(f);
        fc.pre(text.length <= 300);
        const parsed = parseFormula(text);
        if (!parsed.ok) {
          // Only nesting past the limit may be refused.
          expect(parsed.detail).toBe('nested too deeply');
          return;
        }
        expect(parsed.formula).toEqual(f);
        const value = evaluateFormula(parsed.formula, s);
        expect(value === null || Number.isFinite(value)).toBe(true);
        // A formula reading a section without a score has no value.
        if (formulaSections(f).some((k) => s[k] === null)) expect(value).toBeNull();
      }),
    );
  });
});
