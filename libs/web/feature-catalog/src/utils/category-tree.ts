import type { CategoryView } from '../data/types';

export interface CategoryNode {
  category: CategoryView;
  children: CategoryNode[];
}

/**
 * The flat category list as a tree (roots first, siblings by code); a category whose parent
 * is missing from the list is shown as a root rather than lost.
 */
export function categoryTree(categories: readonly CategoryView[]): CategoryNode[] {
  const nodes = new Map<string, CategoryNode>(categories.map((c) => [c.id, { category: c, children: [] }]));
  const roots: CategoryNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.category.parentId ? nodes.get(node.category.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const byCode = (a: CategoryNode, b: CategoryNode) => a.category.code.localeCompare(b.category.code);
  const sort = (list: CategoryNode[]) => {
    list.sort(byCode);
    for (const n of list) sort(n.children);
  };
  sort(roots);
  return roots;
}

/**
 * The products of a category and of every category under it: what choosing it shows (the
 * search takes the whole subtree), so a parent holding only subcategories is not "(0)".
 */
export function subtreeProductCount(node: CategoryNode): number {
  return node.children.reduce((n, child) => n + subtreeProductCount(child), node.category.productCount);
}

/** The ids from the root down to `id`, to open the tree on the chosen category. */
export function ancestorIds(categories: readonly CategoryView[], id: string | undefined): string[] {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const path: string[] = [];
  let current = id ? byId.get(id) : undefined;
  while (current && !path.includes(current.id)) {
    path.unshift(current.id);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return path;
}
