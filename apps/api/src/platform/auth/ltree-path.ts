/** True when path equals ancestor or lies under it (ltree `path <@ ancestor`). */
export function isWithin(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}.`);
}

/** The path and every path above it: 'a.b.c' → ['a', 'a.b', 'a.b.c']. */
export function pathAndAncestors(path: string): string[] {
  const labels = path.split('.');
  return labels.map((_, i) => labels.slice(0, i + 1).join('.'));
}
