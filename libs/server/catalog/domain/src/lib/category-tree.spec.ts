import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { descendantIds } from './category-tree';

const tree = [
  { id: 'agri', parentId: null },
  { id: 'fruit', parentId: 'agri' },
  { id: 'apple', parentId: 'fruit' },
  { id: 'steel', parentId: null },
  { id: 'rebar', parentId: 'steel' },
];

describe('descendantIds', () => {
  it('includes the root and every level below it, nothing else', () => {
    expect(descendantIds(tree, 'agri').sort()).toEqual(['agri', 'apple', 'fruit']);
    expect(descendantIds(tree, 'rebar')).toEqual(['rebar']);
  });

  it('terminates on a cycle', () => {
    const cyclic = [
      { id: 'a', parentId: 'b' },
      { id: 'b', parentId: 'a' },
    ];
    expect(descendantIds(cyclic, 'a').sort()).toEqual(['a', 'b']);
  });

  it('every returned id reaches the root by following parents', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 30 }), { minLength: 1, maxLength: 30 }), (parents) => {
        // node i's parent is a node with a smaller index: a forest without cycles
        const nodes = parents.map((p, i) => ({ id: `n${i}`, parentId: i === 0 ? null : `n${p % i}` }));
        const byId = new Map(nodes.map((n) => [n.id, n]));
        const root = nodes[Math.floor(nodes.length / 2)]?.id as string;
        for (const id of descendantIds(nodes, root)) {
          let cur: string | null = id;
          while (cur && cur !== root) cur = byId.get(cur)?.parentId ?? null;
          expect(cur).toBe(root);
        }
      }),
    );
  });
});
