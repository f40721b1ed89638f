/** The q-quantile (0–1) of samples, nearest rank. */
export function quantile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return (
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN
  );
}

export const median = (samples: readonly number[]) => quantile(samples, 0.5);

/** Milliseconds, rounded for a table. */
export const ms = (value: number) => Math.round(value * 100) / 100;
