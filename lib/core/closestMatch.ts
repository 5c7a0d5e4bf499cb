// "Did you mean …?" suggestions: the candidate closest to a mistyped name by edit distance.

/** Levenshtein distance: the fewest single-character insertions, deletions or substitutions turning `a` into `b`. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The candidate most similar to `target`, or null when none is close enough to be a plausible typo.
 * By default a third of the target's length may differ (at least 2 characters); ties go to the first candidate.
 */
export function closestMatch(target: string, candidates: Iterable<string>, maxDistance?: number): string | null {
  const limit = maxDistance ?? Math.max(2, Math.floor(target.length / 3));
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = editDistance(target, candidate);
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
