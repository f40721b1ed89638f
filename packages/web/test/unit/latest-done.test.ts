import { describe, expect, it } from "vitest";
import { type CommandForm, latestDone } from "../../src/forms/use-command-form";

// Pages whose forms give way to each other (the reminder policy's proposal, then its answer; an
// amendment's proposal, then its signature) show one banner: the last yes's, not the first's.

const form = (done: string | undefined, doneAt: number): CommandForm => ({
  errors: {},
  problem: undefined,
  busy: false,
  done,
  detail: undefined,
  doneAt,
  confirming: false,
  choice: undefined,
  back: () => {},
  reset: () => {},
  submit: async () => {},
});

describe("latestDone", () => {
  it("finding: after proposing, withdrawing and proposing again the banner said 'withdrawn' — the last yes is said", () => {
    const proposed = form("Förslaget är skickat", 3);
    const withdrawn = form("Förslaget är tillbakadraget", 2);
    expect(latestDone(withdrawn, proposed)?.done).toBe("Förslaget är skickat");
    expect(latestDone(proposed, withdrawn)?.done).toBe("Förslaget är skickat");
  });

  it("a form without a yes is passed over; none at all gives nothing", () => {
    expect(latestDone(form(undefined, 0), form("Klart", 1))?.done).toBe("Klart");
    expect(latestDone(form(undefined, 0), form(undefined, 0))).toBeUndefined();
  });
});
