import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestApp,
  KIRUNA,
  LTU,
  NOK,
  signedAgreement,
  type TestApp,
} from "../support/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const CLIENTS = 16;
const REQUESTS = Number(process.env.LOAD_REQUESTS ?? 2000);
const LETTERS = 8;

describe("load", () => {
  it("R19 2 000 mixed requests from 16 concurrent clients: no 5xx, no lost or duplicated event, totals reconcile", async () => {
    const letters = await Promise.all(Array.from({ length: LETTERS }, () => signedAgreement(t)));
    const [nok, ltu, kiruna] = await Promise.all([
      t.token(NOK, ["signatory", "coordinator"]),
      t.token(LTU, ["signatory", "coordinator", "viewer"]),
      t.token(KIRUNA, ["coordinator"]),
    ]);
    // What the clients were told: successful writes per letter, by kind.
    const told = new Map(letters.map((id) => [id, { dialogs: 0, needs: 0, notices: 0 }]));
    const statuses = new Map<number, number>();
    let next = 0;
    const mix = async (i: number) => {
      const id = letters[i % LETTERS] as string;
      const kind = i % 10;
      if (kind < 4)
        return ["read", await t.call("GET", `/v1/agreements/${id}`, { token: ltu })] as const;
      if (kind === 4)
        return [
          "read",
          await t.call("GET", `/v1/agreements/${id}/obligations?asOf=2027-01-01`, { token: ltu }),
        ] as const;
      if (kind === 5)
        return [
          "read",
          await t.call("GET", `/v1/agreements/${id}/events?limit=20`, { token: ltu }),
        ] as const;
      if (kind < 8)
        return [
          "dialog",
          await t.call("POST", `/v1/agreements/${id}/dialogs`, {
            token: nok,
            body: { scheduledOn: "2026-04-15" },
          }),
        ] as const;
      if (kind === 8) {
        const body = { title: `Need ${i}`, raisedBy: KIRUNA.orgNumber, focusAreas: ["education"] };
        return [
          "need",
          await t.call("POST", `/v1/agreements/${id}/needs`, { token: kiruna, body }),
        ] as const;
      }
      return [
        "notice",
        await t.call("POST", `/v1/agreements/${id}/termination`, {
          token: ltu,
          body: { receivedOn: "2026-11-30" },
        }),
      ] as const;
    };
    const client = async () => {
      while (next < REQUESTS) {
        const i = next++;
        const [kind, res] = await mix(i);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        const counts = told.get(letters[i % LETTERS] as string);
        if (counts && res.status === 201) {
          if (kind === "dialog") counts.dialogs++;
          if (kind === "need") counts.needs++;
          if (kind === "notice") counts.notices++;
        }
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: CLIENTS }, client));
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `load: ${REQUESTS} requests in ${seconds.toFixed(1)} s (${Math.round(REQUESTS / seconds)}/s); statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
    );

    expect([...statuses.keys()].filter((status) => status >= 500)).toEqual([]);
    // Every answer is one the contract names: a success, a rule's refusal, a conflict or the rate
    // limit; and the load did write (a run where every write was refused would prove nothing).
    expect([...statuses.keys()].filter((s) => ![200, 201, 409, 422, 429].includes(s))).toEqual([]);
    expect(statuses.get(201) ?? 0).toBeGreaterThan(REQUESTS / 20);
    for (const id of letters) {
      const counts = told.get(id) as { dialogs: number; needs: number; notices: number };
      const events: Array<{ sequence: number; type: string }> = [];
      let cursor: string | null = null;
      do {
        const page = await t.call(
          "GET",
          `/v1/agreements/${id}/events?limit=200${cursor ? `&cursor=${cursor}` : ""}`,
          { token: ltu },
        );
        events.push(...page.json.items);
        cursor = page.json.nextCursor;
      } while (cursor);
      expect(events.map((e) => e.sequence)).toEqual(events.map((_, i) => i + 1));
      expect(events.filter((e) => e.type === "DialogScheduled")).toHaveLength(counts.dialogs);
      expect(events.filter((e) => e.type === "NeedRegistered")).toHaveLength(counts.needs);
      // Only the first notice of a letter succeeds (R19); the clients were told so.
      expect(counts.notices).toBeLessThanOrEqual(1);
      expect(events.filter((e) => e.type === "TerminationNoticeGiven")).toHaveLength(
        counts.notices,
      );
      const letter = (await t.call("GET", `/v1/agreements/${id}`, { token: ltu })).json;
      expect(letter.upcomingDialogs).toHaveLength(counts.dialogs);
      const dialogs = await t.call("GET", `/v1/agreements/${id}/dialogs?limit=200`, { token: ltu });
      expect(dialogs.json.items).toHaveLength(counts.dialogs);
    }
  }, 240_000);
});
