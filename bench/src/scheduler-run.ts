import { enforce } from "@samverkan/core";
import { date } from "@samverkan/domain";
import { benchOrgNumber, createBenchSystem } from "./system";

export interface SchedulerRun {
  readonly letters: number;
  /** The organisations the letters are between: each letter has its own pair of them. */
  readonly organisations: number;
  readonly due: number;
  readonly itemsRead: number;
  readonly ms: number;
}

/** How many organisations the run's letters are spread over. */
export const ORGANISATIONS = 200;

/**
 * The daily run over `letters` letters of which the same 10 have something due: 10 signed in
 * 2025 (a half-year reminder due), the rest signed on 2026-06-01 (nothing due until December).
 * The letters are between many organisations (issue 20): letter n between organisations n mod
 * `ORGANISATIONS` and the next one, so every organisation's due-items index is in play.
 */
export async function measureSchedulerRun(
  endpoint: string,
  letters: number,
  onProgress: (line: string) => void,
): Promise<SchedulerRun> {
  const system = await createBenchSystem(endpoint);
  try {
    const batch = 32;
    for (let i = 0; i < letters; i += batch) {
      await Promise.all(
        Array.from({ length: Math.min(batch, letters - i) }, (_, j) => i + j).map((n) =>
          system.seed(`letter-${n}`, n < 10 ? "2025-10-01" : "2026-06-01", [
            benchOrgNumber(n % ORGANISATIONS),
            benchOrgNumber((n + 1) % ORGANISATIONS),
          ]),
        ),
      );
      if ((i / batch) % 50 === 0)
        onProgress(`seeding ${letters} letters: ${Math.min(i + batch, letters)}`);
    }
    const summary = await system.runtime.runPromise(enforce(date("2026-06-15")));
    return {
      letters,
      organisations: Math.min(letters, ORGANISATIONS),
      due: summary.lettersLookedAt,
      itemsRead: summary.itemsRead,
      ms: summary.ms,
    };
  } finally {
    await system.close();
  }
}
