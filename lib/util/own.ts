/**
 * A lookup table's entry for a key that came from data (a word, a site or kind read from a page, a backup or a
 * message), or undefined when the table has no such entry of its own. A plain `table[key]` answers keys such as
 * "constructor", "toString" or "__proto__" with Object.prototype's members instead.
 */
export function ownEntry<V>(table: { readonly [key: string]: V }, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
