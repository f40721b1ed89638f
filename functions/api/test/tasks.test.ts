import { MAX_DUE_ITEMS_PER_LETTER } from "@samverkan/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_TASKS_PAGE } from "../src/routes/tasks";
import {
  createTestApp,
  LTU,
  NOK,
  OUTSIDER,
  signedAgreement,
  TEST_TODAY,
  type TestApp,
} from "./support/test-app";

// Issue 20, item 4 and 5: everything due across letters, from the due-items index (D-48).

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Every page of a caller's tasks, following the signed cursors. */
async function allTasks(as: ReturnType<TestApp["as"]>, query = "") {
  const items: Record<string, unknown>[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const sep = query ? "&" : "";
    const page = await as.get(
      `/v1/tasks?${query}${cursor ? `${sep}cursor=${encodeURIComponent(cursor)}` : ""}`,
    );
    expect(page.status).toBe(200);
    items.push(...page.json.items);
    cursor = page.json.nextCursor;
    pages++;
  } while (cursor && pages < 50);
  return items;
}

describe("GET /v1/tasks (D-48)", () => {
  it("finding: a coordinator with several letters had to open each to see what is due — R21 D-48 one list across letters, overdue first, each with its letter, rule, clause and action", async () => {
    const older = await signedAgreement(t, "2025-10-01");
    const newer = await signedAgreement(t, "2026-11-01");
    const nok = t.as(NOK, ["coordinator"]);
    const tasks = await allTasks(nok);
    const ofLetter = (id: string) =>
      tasks.filter((task) => (task.letter as { id: string }).id === id);
    expect(ofLetter(older).length).toBeGreaterThan(0);
    expect(ofLetter(newer).length).toBeGreaterThan(0);
    const days = tasks.map((task) => task.dueOn as string);
    expect(days).toEqual([...days].sort());
    // The older letter's first half-year passed without a dialog: overdue, and listed first.
    expect(tasks[0]?.status).toBe("overdue");
    expect((tasks[0]?.dueOn as string) < TEST_TODAY).toBe(true);
    for (const task of tasks) {
      const letter = task.letter as { id: string; title: string };
      expect(letter.title).toBe("Avsiktsförklaring LTU–NoK");
      expect(task.action as string).toMatch(new RegExp(`^/avtal/${letter.id}(/|$)`));
      expect(task.clause).toBeTruthy();
      expect(task.role).toBe("coordinator");
    }
    // Both principal parties owe the letter's duties: LTU sees the same ones.
    const ltu = await allTasks(t.as(LTU, ["coordinator"]));
    expect(ltu.filter((task) => (task.letter as { id: string }).id === newer)).toEqual(
      ofLetter(newer),
    );
  });

  it("D-48 filters by letter, rule and due date, and pages with signed cursors bound to the filter", async () => {
    const id = await signedAgreement(t, "2025-10-01");
    const nok = t.as(NOK, ["coordinator"]);
    const mine = await allTasks(nok, `letter=${id}`);
    expect(mine.length).toBeGreaterThan(1);
    expect(mine.every((task) => (task.letter as { id: string }).id === id)).toBe(true);
    const r15 = await allTasks(nok, `letter=${id}&rule=R15`);
    expect(r15.length).toBeGreaterThan(0);
    expect(r15.every((task) => task.rule === "R15")).toBe(true);
    const before = await allTasks(nok, `letter=${id}&dueBefore=${TEST_TODAY}`);
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((task) => (task.dueOn as string) < TEST_TODAY)).toBe(true);
    const first = await nok.get(`/v1/tasks?letter=${id}&limit=1`);
    expect(first.json.items).toHaveLength(1);
    expect(first.json.nextCursor).not.toBeNull();
    const cursor = encodeURIComponent(first.json.nextCursor);
    const second = await nok.get(`/v1/tasks?letter=${id}&limit=1&cursor=${cursor}`);
    expect(second.status).toBe(200);
    expect(second.json.items[0]).toEqual(mine[1]);
    // A cursor issued for one filter is not one of another list (D-37).
    const other = await nok.get(`/v1/tasks?rule=R15&limit=1&cursor=${cursor}`);
    expect(other.status).toBe(400);
  });

  it("D-48 bad input is 400, never 500: a page above the bound, an unknown rule, a date that is not one", async () => {
    const nok = t.as(NOK, ["coordinator"]);
    for (const query of [
      `limit=${MAX_TASKS_PAGE + 1}`,
      "rule=R99",
      "dueBefore=2026-02-30",
      "for=everyone",
      "letter=../x",
      "cursor=notacursor",
    ]) {
      const response = await nok.get(`/v1/tasks?${query}`);
      expect(response.status, query).toBe(400);
    }
    expect((await nok.get(`/v1/tasks?limit=${MAX_TASKS_PAGE}`)).status).toBe(200);
  });

  it("D-48 access follows the parties: an organisation in no letter sees nothing; a signatory sees the signature its organisation owes until it signs", async () => {
    expect(
      await allTasks(t.as(OUTSIDER, ["coordinator", "signatory"]), "for=organisation"),
    ).toEqual([]);
    const draft = await t.as(NOK, ["coordinator"]).post("/v1/agreements", {
      title: "Utkast att skriva under",
      parties: [NOK, LTU],
      terms: { noticeMonths: 3, dialogsPerYear: 2, basisLeadDays: 14, structureReviewsPerYear: 1 },
      focusAreas: ["education"],
    });
    expect(draft.status).toBe(201);
    const id = draft.json.id as string;
    const ltuSignatory = t.as(LTU, ["signatory"]);
    const owed = await allTasks(ltuSignatory, `letter=${id}`);
    expect(owed).toMatchObject([
      { kind: "letter-signature", rule: "R17", role: "signatory", action: `/avtal/${id}` },
    ]);
    // A coordinator acts on duties, not signatures: "me" is what the caller's roles do.
    expect(await allTasks(t.as(LTU, ["coordinator"]), `letter=${id}`)).toEqual([]);
    expect(
      await allTasks(t.as(LTU, ["coordinator"]), `letter=${id}&for=organisation`),
    ).toHaveLength(1);
    // Signing is a write: the index follows it at once (not at the next daily run).
    const signed = await ltuSignatory.post(`/v1/agreements/${id}/signatures`, {});
    expect(signed.status).toBe(201);
    expect(await allTasks(ltuSignatory, `letter=${id}`)).toEqual([]);
    expect(await allTasks(t.as(OUTSIDER, ["signatory"]), "for=organisation")).toEqual([]);
  });

  it(`D-48 bound: a letter years behind on every duty adds at most ${MAX_DUE_ITEMS_PER_LETTER} items to an organisation's list, the most overdue kept`, async () => {
    const id = await signedAgreement(t, "2012-01-10");
    const tasks = await allTasks(
      t.as(NOK, ["coordinator"]),
      `letter=${id}&limit=${MAX_TASKS_PAGE}`,
    );
    expect(tasks).toHaveLength(MAX_DUE_ITEMS_PER_LETTER);
    expect((tasks[0]?.dueOn as string) < "2013-01-01").toBe(true);
    expect(tasks.every((task) => task.status === "overdue")).toBe(true);
  });
});
