/** True when path equals ancestor or lies under it (ltree `path <@ ancestor`). */
export function isWithin(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}.`);
}
