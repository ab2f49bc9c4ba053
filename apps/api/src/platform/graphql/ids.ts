const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed id can match nothing; answering null keeps it indistinguishable from a missing one. */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}
