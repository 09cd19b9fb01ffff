import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type GoalNode, goalTree, rolledProgress, wouldCycle } from '../../../../shared/rules/goals';

interface Goal {
  id: string;
  parentId: string | null;
  deleted?: boolean;
  progress?: number | null;
}
const g = (id: string, parentId: string | null = null, extra: Partial<Goal> = {}): Goal => ({
  id,
  parentId,
  ...extra,
});

/** The tree as nested arrays of ids, easy to compare: ['a', ['b', 'c']] is a with children b and c. */
type Shape = string | [string, Shape[]];
const shape = (node: GoalNode<Goal>): Shape =>
  node.children.length === 0 ? node.goal.id : [node.goal.id, node.children.map(shape)];
const shapes = (goals: Goal[]) => goalTree(goals).map(shape);

/** Every node of a forest, depth first. */
function flatten<T>(roots: GoalNode<T>[]): GoalNode<T>[] {
  const all: GoalNode<T>[] = [];
  const stack = [...roots];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    all.push(node);
    stack.push(...node.children);
  }
  return all;
}

describe('the goal tree', () => {
  it('puts goals under their parents, in input order', () => {
    const goals = [
      g('company'),
      g('team-b', 'company'),
      g('alice', 'team-a'),
      g('team-a', 'company'),
      g('bob', 'team-a'),
    ];
    expect(shapes(goals)).toEqual([['company', ['team-b', ['team-a', ['alice', 'bob']]]]]);
  });

  it('makes a goal whose parent is missing, deleted or itself a root', () => {
    const goals = [
      g('a', 'gone'),
      g('b', 'deleted'),
      g('deleted', null, { deleted: true }),
      g('c', 'c'),
      g('d', 'a'),
    ];
    expect(shapes(goals)).toEqual([['a', ['d']], 'b', 'c']);
  });

  it('leaves deleted goals out, children and all links', () => {
    expect(shapes([g('a'), g('b', 'a', { deleted: true }), g('c', 'b')])).toEqual(['a', 'c']);
  });

  it('breaks a loop at its lowest id, whatever the input order', () => {
    const loop = [g('m', 'x'), g('x', 'b'), g('b', 'm')];
    expect(shapes(loop)).toEqual([['b', [['x', ['m']]]]]);
    expect(shapes([...loop].reverse())).toEqual([['b', [['x', ['m']]]]]);
    expect(shapes([loop[1], loop[2], loop[0]] as Goal[])).toEqual([['b', [['x', ['m']]]]]);
  });

  it('breaks a two-goal loop and keeps the goals hanging from it', () => {
    const goals = [g('tail', 'q'), g('q', 'p'), g('p', 'q'), g('other')];
    expect(shapes(goals)).toEqual([['p', [['q', ['tail']]]], 'other']);
  });

  it('keeps a duplicated id once as the parent, and shows the duplicate', () => {
    expect(shapes([g('a'), g('a'), g('b', 'a')])).toEqual([['a', ['b']], 'a']);
  });

  it('handles a chain of 50,000 goals', () => {
    const goals = Array.from({ length: 50_000 }, (_, at) => g(`g${at}`, at === 0 ? null : `g${at - 1}`));
    const roots = goalTree(goals);
    expect(roots).toHaveLength(1);
    expect(flatten(roots)).toHaveLength(50_000);
    expect(rolledProgress(roots[0] as GoalNode<Goal>, () => 0.5)).toBe(0.5);
  });

  it('shows every live goal exactly once, whatever the links (loops included)', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const goal = fc.record({
      id: fc.constantFrom(...ids),
      parentId: fc.option(fc.constantFrom(...ids, 'missing')),
      deleted: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.uniqueArray(goal, { selector: (each) => each.id, maxLength: ids.length }), (goals) => {
        const nodes = flatten(goalTree(goals));
        expect(nodes.map((node) => node.goal).sort((x, y) => x.id.localeCompare(y.id))).toEqual(
          goals.filter((each) => !each.deleted).sort((x, y) => x.id.localeCompare(y.id)),
        );
        // Each child is under the parent it names: only loop-breaking roots drop a link.
        for (const node of nodes)
          for (const child of node.children) expect(child.goal.parentId).toBe(node.goal.id);
      }),
      { numRuns: 500 },
    );
  });
});

describe('refusing a loop in the editor', () => {
  const goals = [g('company'), g('team', 'company'), g('alice', 'team'), g('bob', 'team'), g('other')];

  it('refuses the goal itself or any of its descendants as parent', () => {
    expect(wouldCycle(goals, 'team', 'team')).toBe(true);
    expect(wouldCycle(goals, 'team', 'alice')).toBe(true);
    expect(wouldCycle(goals, 'company', 'bob')).toBe(true);
  });

  it('allows anything else, and no parent', () => {
    expect(wouldCycle(goals, 'alice', 'bob')).toBe(false);
    expect(wouldCycle(goals, 'team', 'other')).toBe(false);
    expect(wouldCycle(goals, 'company', null)).toBe(false);
    expect(wouldCycle(goals, 'alice', 'company')).toBe(false);
    expect(wouldCycle(goals, 'new-goal', 'alice')).toBe(false);
    expect(wouldCycle(goals, 'alice', 'missing')).toBe(false);
  });

  it('follows links as the tree does: a deleted goal breaks the walk', () => {
    const withDeleted = [g('a'), g('b', 'a', { deleted: true }), g('c', 'b')];
    expect(wouldCycle(withDeleted, 'a', 'c')).toBe(false);
  });

  it('does not hang on a loop already in the data', () => {
    const looped = [g('p', 'q'), g('q', 'p'), g('x')];
    expect(wouldCycle(looped, 'x', 'p')).toBe(false);
    expect(wouldCycle(looped, 'p', 'q')).toBe(true);
  });

  it('keeps loop-free data loop-free: after an allowed change the tree drops no link', () => {
    const size = 8;
    // Parents always earlier in the list: loop-free by construction.
    const forest = fc
      .array(fc.option(fc.nat()), { minLength: size, maxLength: size })
      .map((picks) =>
        picks.map((pick, at) => g(`g${at}`, pick === null || at === 0 ? null : `g${pick % at}`)),
      );
    fc.assert(
      fc.property(forest, fc.nat(size - 1), fc.nat(size - 1), (goals, child, parent) => {
        const id = `g${child}`;
        const newParentId = `g${parent}`;
        const changed = goals.map((each) => (each.id === id ? { ...each, parentId: newParentId } : each));
        const roots = goalTree(changed).map((node) => node.goal.id);
        const linksKept = !roots.some((root) => changed.find((each) => each.id === root)?.parentId !== null);
        expect(linksKept).toBe(!wouldCycle(goals, id, newParentId));
      }),
      { numRuns: 500 },
    );
  });
});

describe('rolled-up progress', () => {
  const progressOf = (goal: Goal) => goal.progress ?? null;
  const root = (goals: Goal[]) => goalTree(goals)[0] as GoalNode<Goal>;

  it('is the goal’s own progress without children', () => {
    expect(rolledProgress(root([g('a', null, { progress: 0.4 })]), progressOf)).toBe(0.4);
  });

  it('averages the goal’s own progress with each child’s rolled progress', () => {
    const goals = [
      g('company', null, { progress: 0.2 }),
      g('team', 'company', { progress: 0.6 }),
      g('alice', 'team', { progress: 0.9 }),
      g('bob', 'team', { progress: 0.3 }),
      g('sales', 'company', { progress: 0.8 }),
    ];
    // team: (0.6 + 0.9 + 0.3) / 3 = 0.6; company: (0.2 + 0.6 + 0.8) / 3
    expect(rolledProgress(root(goals), progressOf)).toBeCloseTo(1.6 / 3, 12);
  });

  it('skips what is unknown, and is null when nothing is known', () => {
    const goals = [g('a'), g('b', 'a', { progress: 0.5 }), g('c', 'a'), g('d', 'c')];
    expect(rolledProgress(root(goals), progressOf)).toBe(0.5);
    expect(rolledProgress(root([g('a'), g('c', 'a'), g('d', 'c')]), progressOf)).toBeNull();
    expect(rolledProgress(root([g('a', null, { progress: Number.NaN })]), progressOf)).toBeNull();
  });

  it('caps each part to [0, 1], so overshooting one goal does not make up for another', () => {
    const goals = [
      g('a', null, { progress: 3 }),
      g('b', 'a', { progress: -0.5 }),
      g('c', 'a', { progress: 0.5 }),
    ];
    expect(rolledProgress(root(goals), progressOf)).toBe(0.5);
  });

  it('rolls a hand-built node reachable twice only once, and terminates on a hand-built loop', () => {
    const leaf: GoalNode<Goal> = { goal: g('leaf', null, { progress: 1 }), children: [] };
    const top: GoalNode<Goal> = { goal: g('top', null, { progress: 0 }), children: [leaf, leaf] };
    expect(rolledProgress(top, progressOf)).toBeCloseTo(2 / 3, 12);
    const a: GoalNode<Goal> = { goal: g('a', null, { progress: 1 }), children: [] };
    const b: GoalNode<Goal> = { goal: g('b', null, { progress: 0 }), children: [a] };
    a.children.push(b);
    expect(rolledProgress(a, progressOf)).toBe(0.5); // b cannot count a (still being rolled), so b is 0 and a is (1 + 0) / 2
  });
});
