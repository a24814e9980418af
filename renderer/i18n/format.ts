// Numbers as the interface writes them (no store, no React: usable anywhere).
/**
 * A count with thousands grouped ("24,995"), as both languages write it. Not toLocaleString:
 * its first call loads the number formatter (tens of ms, in the first view's group labels).
 */
export function formatCount(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
