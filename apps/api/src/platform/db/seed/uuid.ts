import { createHash } from 'node:crypto';
import type { Rng } from './prng';

function format(bytes: Uint8Array): string {
  const hex = Buffer.from(bytes.buffer, bytes.byteOffset, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * A name-based (v5-style) UUID from a stable key such as `org_unit:UA-32-01-001`: the same
 * unit or demo account has the same id in every seeded database, whatever the seed.
 */
export function stableUuid(key: string): string {
  const bytes = new Uint8Array(createHash('sha1').update(key).digest().subarray(0, 16));
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  return format(bytes);
}

/** A random (v4-shaped) UUID drawn from the seeded generator: cheap enough for a million rows. */
export function rngUuid(rng: Rng): string {
  const words = new Uint32Array([rng.uint32(), rng.uint32(), rng.uint32(), rng.uint32()]);
  const bytes = new Uint8Array(words.buffer);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  return format(bytes);
}
