/**
 * Splits `total` into integer shares proportional to `weights` (largest remainder method),
 * after first giving every share `minimum`. The shares always add up to `total` exactly.
 */
export function apportion(total: number, weights: readonly number[], minimum = 0): number[] {
  const rest = total - minimum * weights.length;
  if (rest < 0) throw new RangeError(`cannot give ${weights.length} shares at least ${minimum} each out of ${total}`);
  const sum = weights.reduce((a, b) => a + b, 0);
  if (!(sum > 0)) throw new RangeError('weights must add up to more than zero');
  const exact = weights.map((w) => (rest * w) / sum);
  const shares = exact.map((x) => Math.floor(x));
  let left = rest - shares.reduce((a, b) => a + b, 0);
  // Ties go to the earlier index, so the result does not depend on sort stability.
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left === 0) break;
    shares[i] += 1;
    left -= 1;
  }
  return shares.map((s) => s + minimum);
}
