import {
  date,
  foldLetter,
  type LetterOfIntent,
  letterObligations,
  signedLtuNokLetterEvents,
} from "@samverkan/domain";

export interface DomainThroughput {
  readonly letters: number;
  readonly obligations: number;
  readonly lettersPerSecond: number;
}

/** Obligations of 10 000 letters as of one date, computed in one process: letters per second. */
export function measureDomain(letters = 10_000): DomainThroughput {
  const states: LetterOfIntent[] = Array.from(
    { length: letters },
    (_, i) =>
      foldLetter(
        signedLtuNokLetterEvents({
          letterId: `l-${i}`,
          signedOn: date(i % 2 ? "2025-10-01" : "2024-03-15"),
        }),
      ) as LetterOfIntent,
  );
  const asOf = date("2027-03-01");
  const started = performance.now();
  let obligations = 0;
  for (const state of states) obligations += letterObligations(state, asOf).length;
  const seconds = (performance.now() - started) / 1000;
  return { letters, obligations, lettersPerSecond: Math.round(letters / seconds) };
}
