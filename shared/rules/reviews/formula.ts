import jsep from 'jsep';
import { type ReviewSectionKind, reviewSectionKinds } from '../../schema/review';

// A template's own final-score formula, e.g. `0.5 * kpi + 0.3 * max(manager, competencies) + 0.2 * feedback`:
// the section names, numbers, + - * /, parentheses, min() and max(). The text is parsed into a syntax tree
// by jsep and only the nodes listed here are accepted; the tree is evaluated by this module, never by
// eval, so a formula can compute a number and nothing else.

export type Formula =
  | { kind: 'number'; value: number }
  | { kind: 'section'; name: ReviewSectionKind }
  | { kind: 'negate'; operand: Formula }
  | { kind: 'binary'; operator: '+' | '-' | '*' | '/'; left: Formula; right: Formula }
  | { kind: 'call'; name: 'min' | 'max'; args: Formula[] };

export type FormulaParse = { ok: true; formula: Formula } | { ok: false; detail: string };

const binaryOperators = ['+', '-', '*', '/'] as const;
type BinaryOperator = (typeof binaryOperators)[number];
const isBinaryOperator = (op: string): op is BinaryOperator =>
  (binaryOperators as readonly string[]).includes(op);
const isSection = (name: string): name is ReviewSectionKind =>
  (reviewSectionKinds as readonly string[]).includes(name);

/** Longer formulas are refused before parsing (the template field holds 300 characters). */
const MAX_LENGTH = 300;
/** Nesting deeper than this is refused, so evaluating can never exhaust the stack. */
const MAX_DEPTH = 32;

class FormulaError extends Error {}

function convert(node: jsep.Expression, depth: number): Formula {
  if (depth > MAX_DEPTH) throw new FormulaError('nested too deeply');
  switch (node.type) {
    case 'Literal': {
      const { value, raw } = node as jsep.Literal;
      if (typeof value !== 'number' || !Number.isFinite(value))
        throw new FormulaError(`not a number: ${raw}`);
      return { kind: 'number', value };
    }
    case 'Identifier': {
      const { name } = node as jsep.Identifier;
      if (!isSection(name))
        throw new FormulaError(`unknown name "${name}" (use ${reviewSectionKinds.join(', ')})`);
      return { kind: 'section', name };
    }
    case 'UnaryExpression': {
      const { operator, argument } = node as jsep.UnaryExpression;
      if (operator === '-') return { kind: 'negate', operand: convert(argument, depth + 1) };
      if (operator === '+') return convert(argument, depth + 1);
      throw new FormulaError(`unknown operator "${operator}"`);
    }
    case 'BinaryExpression': {
      const { operator, left, right } = node as jsep.BinaryExpression;
      if (!isBinaryOperator(operator)) throw new FormulaError(`unknown operator "${operator}"`);
      return { kind: 'binary', operator, left: convert(left, depth + 1), right: convert(right, depth + 1) };
    }
    case 'CallExpression': {
      const { callee, arguments: args } = node as jsep.CallExpression;
      const name = callee.type === 'Identifier' ? (callee as jsep.Identifier).name : '';
      if (name !== 'min' && name !== 'max') throw new FormulaError('only min() and max() can be called');
      if (args.length === 0) throw new FormulaError(`${name}() needs at least one value`);
      return { kind: 'call', name, args: args.map((a) => convert(a, depth + 1)) };
    }
    case 'Compound':
      throw new FormulaError('one expression only');
    default:
      throw new FormulaError(`not allowed: ${node.type}`);
  }
}

/** The formula in a template's text, or why it cannot be read (the detail, in English, for the message's parameter). */
export function parseFormula(text: string): FormulaParse {
  const source = text.trim();
  if (source === '') return { ok: false, detail: 'empty' };
  if (source.length > MAX_LENGTH) return { ok: false, detail: `longer than ${MAX_LENGTH} characters` };
  try {
    return { ok: true, formula: convert(jsep(source), 0) };
  } catch (error) {
    if (error instanceof FormulaError) return { ok: false, detail: error.message };
    // jsep's own syntax errors: "Unexpected ..." with the position.
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

/** The sections a formula reads, in the sections' order. */
export function formulaSections(formula: Formula): ReviewSectionKind[] {
  const found = new Set<ReviewSectionKind>();
  const walk = (f: Formula): void => {
    if (f.kind === 'section') found.add(f.name);
    else if (f.kind === 'negate') walk(f.operand);
    else if (f.kind === 'binary') {
      walk(f.left);
      walk(f.right);
    } else if (f.kind === 'call') for (const a of f.args) walk(a);
  };
  walk(formula);
  return reviewSectionKinds.filter((k) => found.has(k));
}

const finite = (value: number) => (Number.isFinite(value) ? value : null);

/**
 * The formula's value for some section scores: null when a section it reads has no score, when it divides
 * by zero, or when the result is not a finite number.
 */
export function evaluateFormula(
  formula: Formula,
  scores: Partial<Record<ReviewSectionKind, number | null>>,
): number | null {
  switch (formula.kind) {
    case 'number':
      return formula.value;
    case 'section': {
      const score = scores[formula.name];
      return typeof score === 'number' && Number.isFinite(score) ? score : null;
    }
    case 'negate': {
      const value = evaluateFormula(formula.operand, scores);
      return value === null ? null : -value;
    }
    case 'binary': {
      const left = evaluateFormula(formula.left, scores);
      const right = evaluateFormula(formula.right, scores);
      if (left === null || right === null) return null;
      switch (formula.operator) {
        case '+':
          return finite(left + right);
        case '-':
          return finite(left - right);
        case '*':
          return finite(left * right);
        case '/':
          return right === 0 ? null : finite(left / right);
      }
      return null;
    }
    case 'call': {
      const values: number[] = [];
      for (const arg of formula.args) {
        const value = evaluateFormula(arg, scores);
        if (value === null) return null;
        values.push(value);
      }
      return formula.name === 'min' ? Math.min(...values) : Math.max(...values);
    }
  }
}
