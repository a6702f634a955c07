import type { DraftRun } from '../draft/model';

export type MarkTreeNode = { type: 'run'; run: DraftRun } | { type: 'mark'; id: string; children: MarkTreeNode[] };

/**
 * A paragraph's runs as nested spans of proposals: each run names the marks around it, outermost
 * first, and runs that share a mark's id side by side form its span. A mark whose runs come apart
 * makes two spans, each shown with its mark's sponsors.
 */
export function markTree(runs: readonly DraftRun[]): MarkTreeNode[] {
  const root: MarkTreeNode[] = [];
  const open: { id: string; children: MarkTreeNode[] }[] = [];
  for (const run of runs) {
    const marks = run.marks ?? [];
    let shared = 0;
    while (shared < open.length && shared < marks.length && open[shared]!.id === marks[shared]) shared += 1;
    open.length = shared;
    for (const id of marks.slice(shared)) {
      const span = { type: 'mark' as const, id, children: [] as MarkTreeNode[] };
      (open.at(-1)?.children ?? root).push(span);
      open.push(span);
    }
    (open.at(-1)?.children ?? root).push({ type: 'run', run });
  }
  return root;
}

/** The runs of a tree, in order, with the marks they lie in restored. */
export function flattenMarkTree(nodes: readonly MarkTreeNode[], marks: string[] = []): DraftRun[] {
  return nodes.flatMap((node) => {
    if (node.type === 'mark') return flattenMarkTree(node.children, [...marks, node.id]);
    const { marks: _marks, ...run } = node.run;
    return [marks.length > 0 ? { ...run, marks } : run] as DraftRun[];
  });
}
