// A count with its noun, as the interface says it: "1 claim", "1,204 claims", "no documents" is
// left to the caller (each screen words its empty case).

/** `n` with the noun in the singular for one and the plural otherwise, grouped in thousands: "1,204 claims". */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? singular : plural}`;
}
