/**
 * Which companies a member sees (DESIGN.md §2): their own; and, holding
 * `company:view_children`, every descendant in the group (集团 → 子公司). A child never sees
 * its parent or its siblings.
 */
export function visibleCompanyIds(
  activeCompanyId: string,
  parentOf: ReadonlyMap<string, string | null>,
  seesChildren: boolean,
): string[] {
  if (!seesChildren) return [activeCompanyId];
  const children = new Map<string, string[]>();
  for (const [id, parent] of parentOf) {
    if (parent) children.set(parent, [...(children.get(parent) ?? []), id]);
  }
  const out: string[] = [];
  const seen = new Set<string>();
  const queue = [activeCompanyId];
  while (queue.length) {
    const id = queue.shift() as string;
    if (seen.has(id)) continue; // a cycle in bad data must not loop forever
    seen.add(id);
    out.push(id);
    queue.push(...(children.get(id) ?? []));
  }
  return out;
}
