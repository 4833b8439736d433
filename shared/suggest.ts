/** Edit distance between two short strings (keys, headers); used to suggest near matches. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] ?? 0;
      prev[j] = Math.min(up + 1, (prev[j - 1] ?? 0) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length] ?? 0;
}

/** Up to `max` candidates close to `input`: a shared prefix/substring or a small edit distance. */
export function suggest(input: string, candidates: Iterable<string>, max = 3): string[] {
  const needle = input.toLowerCase();
  const scored: Array<[string, number]> = [];
  for (const c of candidates) {
    const hay = c.toLowerCase();
    const d = editDistance(needle, hay);
    const close = d <= Math.max(2, Math.floor(hay.length / 3));
    const contains = needle.length >= 3 && (hay.includes(needle) || needle.includes(hay));
    if (close || contains) scored.push([c, contains ? Math.min(d, 1) : d]);
  }
  return scored
    .sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0]))
    .slice(0, max)
    .map(([c]) => c);
}
