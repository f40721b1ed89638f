import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, LTU, NOK, signedAgreement, type TestApp } from "./support/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("obligations, events and notifications", () => {
  it("finding: after notice, duties past the end are shown as upcoming — R21 R10 R20 obligations as of a date: overdue, lapsing until the end, then lapsed", async () => {
    const id = await signedAgreement(t, "2025-10-01");
    const before = await t
      .as(LTU, ["viewer"])
      .get(`/v1/agreements/${id}/obligations?asOf=2026-07-01`);
    expect(before.status).toBe(200);
    expect(before.json.asOf).toBe("2026-07-01");
    expect(
      before.json.items.find((o: { id: string }) => o.id === "half-year-dialog:2026-H1"),
    ).toMatchObject({ rule: "R10", dueOn: "2026-06-30", status: "overdue" });
    await t
      .as(NOK, ["signatory"])
      .post(`/v1/agreements/${id}/termination`, { receivedOn: "2026-11-30" });
    // Dated a month back, it takes effect once the other party acknowledges it (D-33).
    await t.as(LTU, ["signatory"]).post(`/v1/agreements/${id}/termination/acknowledgement`);
    const lapsing = await t
      .as(LTU, ["viewer"])
      .get(`/v1/agreements/${id}/obligations?asOf=2027-02-28`);
    expect(
      lapsing.json.items.find((o: { id: string }) => o.id === "half-year-dialog:2027-H1"),
    ).toMatchObject({ dueOn: "2027-06-30", status: "lapsing" });
    const after = await t
      .as(LTU, ["viewer"])
      .get(`/v1/agreements/${id}/obligations?asOf=2027-03-01`);
    const statuses = Object.fromEntries(
      after.json.items.map((o: { id: string; status: string }) => [o.id, o.status]),
    );
    expect(statuses).toMatchObject({
      "half-year-dialog:2026-H2": "overdue",
      "half-year-dialog:2027-H1": "lapsed",
      "structure-review:2027": "lapsed",
    });
    expect(
      (await t.as(LTU, ["viewer"]).get(`/v1/agreements/${id}/obligations?asOf=2027-02-30`)).status,
    ).toBe(400);
  });

  it("the audit trail lists who did what, when, in order", async () => {
    const id = await signedAgreement(t);
    const events = await t.as(LTU, ["viewer"]).get(`/v1/agreements/${id}/events?limit=3`);
    expect(events.status).toBe(200);
    expect(events.json.items.map((e: { type: string }) => e.type)).toEqual([
      "LetterDrafted",
      "LetterSigned",
      "LetterSigned",
    ]);
    expect(events.json.items[1]).toMatchObject({
      sequence: 2,
      aggregate: "letter",
      // Named from the people directory; NoK's subject is not LTU's to see (D-34).
      actor: { kind: "person", name: "Test Person", orgNumber: NOK.orgNumber },
    });
    expect(events.json.items[1].actor).not.toHaveProperty("sub");
    const rest = await t
      .as(LTU, ["viewer"])
      .get(`/v1/agreements/${id}/events?cursor=${events.json.nextCursor}`);
    expect(rest.json.items.map((e: { type: string }) => e.type)).toEqual([
      "LetterEnteredIntoForce",
    ]);
  });

  it("R22 notifications: none are sent before the scheduled run exists", async () => {
    const id = await signedAgreement(t);
    expect((await t.as(LTU, ["viewer"]).get(`/v1/agreements/${id}/notifications`)).json).toEqual({
      items: [],
      nextCursor: null,
    });
  });
});

describe("concurrency", () => {
  it("R19 20 simultaneous notices: exactly one is given, the others refused with its end date; the stream is gapless", async () => {
    const id = await signedAgreement(t);
    const days = Array.from({ length: 20 }, (_, i) => `2026-11-${String(i + 1).padStart(2, "0")}`);
    const results = await Promise.all(
      days.map((receivedOn, i) =>
        t
          .as(i % 2 ? NOK : LTU, ["signatory"])
          .post(`/v1/agreements/${id}/termination`, { receivedOn }),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 422)).toHaveLength(19);
    const winner = results.find((r) => r.status === 201)?.json;
    for (const loser of results.filter((r) => r.status === 422))
      expect(loser.json.endsOn).toBe(winner.endsOn);
    const events = (await t.as(LTU, ["viewer"]).get(`/v1/agreements/${id}/events?limit=200`)).json
      .items;
    expect(events.map((e: { sequence: number }) => e.sequence)).toEqual(
      events.map((_: unknown, i: number) => i + 1),
    );
    expect(
      events.filter((e: { type: string }) => e.type === "TerminationNoticeGiven"),
    ).toHaveLength(1);
  });

  it("R17 20 simultaneous signatures on a draft: one per party lands, the rest are refused", async () => {
    const draft = await t.as(NOK, ["coordinator"]).post("/v1/agreements", {
      title: "Race",
      parties: [NOK, LTU],
      terms: { noticeMonths: 3, dialogsPerYear: 2, basisLeadDays: 14, structureReviewsPerYear: 1 },
      focusAreas: ["education"],
      draftedOn: "2025-09-01",
    });
    const id = draft.json.id;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t
          .as(i % 2 ? NOK : LTU, ["signatory"])
          .post(`/v1/agreements/${id}/signatures`, { signedOn: "2026-01-10" }),
      ),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(2);
    expect(
      results.filter((r) => r.status === 422).every((r) => r.json.code === "already-signed"),
    ).toBe(true);
    const events = (await t.as(LTU, ["viewer"]).get(`/v1/agreements/${id}/events`)).json.items;
    expect(events.map((e: { type: string }) => e.type)).toEqual([
      "LetterDrafted",
      "LetterSigned",
      "LetterSigned",
      "LetterEnteredIntoForce",
    ]);
  });

  it("concurrent requests with one Idempotency-Key give one write and the same answer", async () => {
    const id = await signedAgreement(t);
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        t
          .as(NOK, ["coordinator"])
          .post(
            `/v1/agreements/${id}/dialogs`,
            { scheduledOn: "2026-04-15" },
            { "idempotency-key": "dialog-1" },
          ),
      ),
    );
    const ok = results.filter((r) => r.status === 201);
    expect(ok).toHaveLength(5);
    expect(new Set(ok.map((r) => r.json.id)).size).toBe(1);
    const letter = (await t.as(NOK, ["viewer"]).get(`/v1/agreements/${id}`)).json;
    expect(letter.upcomingDialogs).toHaveLength(1);
    const dialogs = (await t.as(NOK, ["viewer"]).get(`/v1/agreements/${id}/dialogs`)).json;
    expect(dialogs.items).toHaveLength(1);
  });
});

describe("calendar", () => {
  it("R10 R18 calendar.ics lists dialogs, due dates and the end; a feed URL works without headers until revoked", async () => {
    const id = await signedAgreement(t);
    await t
      .as(NOK, ["coordinator"])
      .post(`/v1/agreements/${id}/dialogs`, { scheduledOn: "2026-04-15" });
    await t
      .as(NOK, ["signatory"])
      .post(`/v1/agreements/${id}/termination`, { receivedOn: "2026-12-31" });
    const ics = await t.as(LTU, ["viewer"]).get(`/v1/agreements/${id}/calendar.ics`);
    expect(ics.status).toBe(200);
    expect(ics.headers.get("content-type")).toContain("text/calendar");
    expect(ics.text).toContain("BEGIN:VCALENDAR");
    expect(ics.text).toContain("DTSTART;VALUE=DATE:20260415");
    expect(ics.text).toContain("DTSTART;VALUE=DATE:20270331");
    const feed = await t.as(LTU, ["viewer"]).post(`/v1/agreements/${id}/calendar-feeds`);
    expect(feed.status).toBe(201);
    const viaFeed = await t.call("GET", feed.json.url);
    expect(viaFeed.status).toBe(200);
    expect(viaFeed.text).toContain("BEGIN:VCALENDAR");
    expect(
      (
        await t.call(
          "GET",
          feed.json.url.replace(
            /\/[^/]+\/calendar\.ics$/,
            "/AAAAAAAAAAAAAAAAAAAAAAAA/calendar.ics",
          ),
        )
      ).status,
    ).toBe(404);
    const revoke = await t.call("DELETE", `/v1/agreements/${id}/calendar-feeds/${feed.json.id}`, {
      token: await t.token(LTU, ["viewer"]),
    });
    expect(revoke.status).toBe(204);
    expect((await t.call("GET", feed.json.url)).status).toBe(404);
  });
});

describe("idempotency races on creation", () => {
  it("concurrent drafts with one Idempotency-Key create one letter and all get its id", async () => {
    const body = {
      title: "Samma nyckel",
      parties: [NOK, LTU],
      terms: { noticeMonths: 3, dialogsPerYear: 2, basisLeadDays: 14, structureReviewsPerYear: 1 },
      focusAreas: ["education"],
    };
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        t
          .as(NOK, ["coordinator"])
          .post("/v1/agreements", body, { "idempotency-key": "draft-race" }),
      ),
    );
    const created = results.filter((r) => r.status === 201);
    expect(results.map((r) => r.status)).toEqual(results.map(() => 201));
    const ids = new Set(created.map((r) => r.json.id));
    expect(ids.size).toBe(1);
    for (const id of ids)
      expect((await t.as(NOK, ["viewer"]).get(`/v1/agreements/${id}`)).status).toBe(200);
  });

  it("concurrent calendar feeds with one Idempotency-Key make one feed and all get its URL", async () => {
    const id = await signedAgreement(t);
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        t.as(LTU, ["viewer"]).post(`/v1/agreements/${id}/calendar-feeds`, undefined, {
          "idempotency-key": "feed-race",
        }),
      ),
    );
    const made = results.filter((r) => r.status === 201);
    expect(results.map((r) => r.status)).toEqual(results.map(() => 201));
    expect(new Set(made.map((r) => r.json.url)).size).toBe(1);
    const feeds = await t.as(LTU, ["viewer"]).get(`/v1/agreements/${id}/calendar-feeds`);
    expect(feeds.json.items).toHaveLength(1);
  });
});
