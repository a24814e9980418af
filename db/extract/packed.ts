// Array.prototype.map's result is packed when the builtin runs it but holey when the optimising
// compiler inlines it, so an array read by code optimised for one kind drops that code when the
// other arrives: during warm-up the large recognisers were compiled again and again for it.
// A push loop gives a packed array either way.

/** xs.map(f) as a packed array. */
export function mapPacked<T, U>(xs: readonly T[], f: (x: T, i: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i] as T, i));
  return out;
}
