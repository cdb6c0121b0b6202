export interface CategoryNode {
  id: string;
  parentId: string | null;
}

/**
 * The ids of a category and all its descendants, so that filtering by 农产品 also finds
 * apples under 农产品 › 水果 › 苹果. Cycles in bad data cannot loop forever.
 */
export function descendantIds(categories: readonly CategoryNode[], rootId: string): string[] {
  const children = new Map<string, string[]>();
  for (const c of categories) {
    if (c.parentId) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c.id]);
  }
  const seen = new Set<string>();
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return [...seen];
}
