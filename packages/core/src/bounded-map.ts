// What a process keeps in memory to save work (person keys, directory entries, broken paragraphs,
// rendered documents) is bounded: at most `max` entries, the oldest leaving first, and each kept
// for at most `ttlMs` when that is given. Nothing a process keeps grows with what it is asked.

/** A map of at most `max` entries, the oldest leaving first; with `ttlMs`, each for that long. */
export class BoundedMap<K, V> {
  private readonly entries = new Map<K, { readonly value: V; readonly until: number }>();
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(
    private readonly max: number,
    options: { readonly ttlMs?: number; readonly now?: () => number } = {},
  ) {
    this.ttlMs = options.ttlMs ?? Number.POSITIVE_INFINITY;
    this.now = options.now ?? Date.now;
  }

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until > this.now()) return entry.value;
    this.entries.delete(key);
    return undefined;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    // A Map keeps insertion order: the first entry is the one kept longest.
    for (const oldest of this.entries.keys()) {
      if (this.entries.size < this.max) break;
      this.entries.delete(oldest);
    }
    this.entries.set(key, { value, until: this.now() + this.ttlMs });
  }

  delete(key: K): void {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}
