import type { GoalNode, GoalTreeInput } from './types';

// Goals form a tree through `parentId` (a personal goal serves a team goal, which serves a company one).
// The editor refuses a parent that would close a loop (`wouldCycle`), but two machines can still each make
// half of one offline (A under B here, B under A there) and sync, so the tree must survive loops in data.

/** The first live goal with each id (ids are unique in practice; a duplicate still shows, childless). */
function liveIndex<T extends GoalTreeInput>(live: readonly T[]): Map<string, number> {
  const index = new Map<string, number>();
  live.forEach((goal, at) => {
    if (!index.has(goal.id)) index.set(goal.id, at);
  });
  return index;
}

/**
 * The goals as a forest, roots and children in input order. Deleted goals (soft-deleted records) are
 * left out; a goal whose parent is missing, deleted or itself becomes a root.
 *
 * Loops are broken by making one goal of each loop a root: the one with the lowest id (string order).
 * Choosing by id rather than by position means every machine shows the same tree whatever order it loaded
 * the goals in, and the rest of the loop keeps its links, so only one link is ignored.
 */
export function goalTree<T extends GoalTreeInput>(goals: readonly T[]): GoalNode<T>[] {
  const live = goals.filter((goal) => !goal.deleted);
  const index = liveIndex(live);
  const parent = live.map((goal, at) => {
    const found = goal.parentId === null ? undefined : index.get(goal.parentId);
    return found === undefined || found === at ? null : found;
  });

  // Walk up from each goal until a root, a goal already placed, or a goal on this same walk (a loop).
  // Each goal is walked once, so this is linear however deep or tangled the data.
  const unseen = 0;
  const onWalk = 1;
  const placed = 2;
  const state = new Uint8Array(live.length);
  for (let first = 0; first < live.length; first++) {
    const walk: number[] = [];
    let at = first as number | null;
    while (at !== null && state[at] === unseen) {
      state[at] = onWalk;
      walk.push(at);
      at = parent[at] ?? null;
    }
    if (at !== null && state[at] === onWalk) {
      const loop = walk.slice(walk.indexOf(at));
      const cut = loop.reduce((low, each) => (idOf(live, each) < idOf(live, low) ? each : low));
      parent[cut] = null;
    }
    for (const each of walk) state[each] = placed;
  }

  const nodes: GoalNode<T>[] = live.map((goal) => ({ goal, children: [] }));
  const roots: GoalNode<T>[] = [];
  nodes.forEach((node, at) => {
    const up = parent[at] ?? null;
    if (up === null) roots.push(node);
    else nodes[up]?.children.push(node);
  });
  return roots;
}

function idOf(goals: readonly GoalTreeInput[], at: number): string {
  return goals[at]?.id ?? '';
}

/**
 * Would making `newParentId` the parent of goal `id` close a loop? True when the new parent is the goal
 * itself or one of its descendants (walking up from the new parent reaches the goal). Deleted goals break
 * the walk, as they break the tree; a loop already in the data does not hang it.
 */
export function wouldCycle(goals: readonly GoalTreeInput[], id: string, newParentId: string | null): boolean {
  if (newParentId === null) return false;
  if (newParentId === id) return true;
  const live = goals.filter((goal) => !goal.deleted);
  const index = liveIndex(live);
  const seen = new Set<string>();
  let at = index.get(newParentId);
  while (at !== undefined) {
    const goal = live[at];
    if (goal === undefined || seen.has(goal.id)) return false;
    if (goal.id === id) return true;
    seen.add(goal.id);
    at = goal.parentId === null ? undefined : index.get(goal.parentId);
  }
  return false;
}

/** A progress capped to [0, 1]: overshooting one goal must not make up for a sibling behind. */
function capped(progress: number | null): number | null {
  if (progress === null || Number.isNaN(progress)) return null;
  return Math.min(1, Math.max(0, progress));
}

/**
 * A goal's progress with its children's: the plain mean of its own progress (when known) and each child's
 * rolled progress (when known), each capped to [0, 1] first. null when nothing is known. A child counts as
 * much as the goal itself, however many goals are under the child: each child is one part of the parent.
 * Iterative, so a very deep tree cannot overflow the stack.
 */
export function rolledProgress<T>(node: GoalNode<T>, progressOf: (goal: T) => number | null): number | null {
  const rolled = new Map<GoalNode<T>, number | null>();
  const entered = new Set<GoalNode<T>>();
  const stack: { node: GoalNode<T>; childrenDone: boolean }[] = [{ node, childrenDone: false }];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    if (!top.childrenDone) {
      // A hand-built node reachable twice (or in a loop) is rolled once; goalTree never builds one.
      if (entered.has(top.node)) continue;
      entered.add(top.node);
      stack.push({ node: top.node, childrenDone: true });
      for (const child of top.node.children) stack.push({ node: child, childrenDone: false });
      continue;
    }
    const values: number[] = [];
    const own = capped(progressOf(top.node.goal));
    if (own !== null) values.push(own);
    for (const child of top.node.children) {
      const value = capped(rolled.get(child) ?? null);
      if (value !== null) values.push(value);
    }
    rolled.set(top.node, values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length);
  }
  return rolled.get(node) ?? null;
}
