// "Did you mean …?": the existing key nearest to a misspelt one, by edit distance.

/** Levenshtein distance, case-insensitive (BibTeX keys ignore case); one row at a time. */
export function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) {
      row[j] = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[y.length] ?? 0;
}

/**
 * The candidate nearest to `key`, when it is near enough to be a slip: at most a third of the key's
 * length apart (so "ref1" suggests "ref01", but "intro" suggests nothing from unrelated keys).
 */
export function nearestKey(key: string, candidates: Iterable<string>): string | undefined {
  let best: { key: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(key, candidate);
    if (!best || distance < best.distance) best = { key: candidate, distance };
  }
  return best && best.distance > 0 && best.distance <= Math.max(1, Math.floor(key.length / 3)) ? best.key : undefined;
}

/** ' Did you mean "ref01"?' or nothing. */
export function didYouMean(key: string, candidates: Iterable<string>): string {
  const near = nearestKey(key, candidates);
  return near === undefined ? "" : ` Did you mean "${near}"?`;
}
