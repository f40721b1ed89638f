import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_ORGANISATION_CALENDAR_EVENTS } from "../src/routes/tasks-calendar";
import { createTestApp, KIRUNA, LTU, NOK, signedAgreement, type TestApp } from "./support/test-app";

// Issue 20, item 4: a calendar feed for an organisation across its letters (D-48, D-36).

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const events = (ics: string) => ics.split("BEGIN:VEVENT").length - 1;

describe("the organisation's calendar across its letters (D-48)", () => {
  it("finding: a calendar feed covered one letter only — R21 D-49 the organisation's feed has every letter's tasks, each event named with its letter; revoked, it is gone", async () => {
    const first = await signedAgreement(t, "2025-10-01");
    const second = await signedAgreement(t, "2026-11-01");
    const ics = await t.as(LTU, ["viewer"]).get("/v1/tasks/calendar.ics");
    expect(ics.status).toBe(200);
    expect(ics.headers.get("content-type")).toContain("text/calendar");
    expect(ics.text).toContain(`@${first}`);
    expect(ics.text).toContain(`@${second}`);
    expect(ics.text).toContain("Håll en ledningsdialog (R10) – Avsiktsförklaring LTU–NoK");
    const tasks = await t.as(LTU, ["coordinator"]).get("/v1/tasks?for=organisation&limit=100");
    expect(events(ics.text)).toBe(tasks.json.items.length);

    const feed = await t.as(LTU, ["viewer"]).post("/v1/tasks/calendar-feeds");
    expect(feed.status).toBe(201);
    expect(feed.json.url).toMatch(/^\/feeds\/organisation\//);
    const viaFeed = await t.call("GET", feed.json.url);
    expect(viaFeed.status).toBe(200);
    expect(events(viaFeed.text)).toBe(events(ics.text));
    // The feed is the organisation's: its URL with another organisation's number is no feed.
    const elsewhere = feed.json.url.replace(LTU.orgNumber, NOK.orgNumber);
    expect((await t.call("GET", elsewhere)).status).toBe(404);
    const list = await t.as(LTU, ["viewer"]).get("/v1/tasks/calendar-feeds");
    expect(list.json.items.map((f: { id: string }) => f.id)).toContain(feed.json.id);
    const revoke = await t.call("DELETE", `/v1/tasks/calendar-feeds/${feed.json.id}`, {
      token: await t.token(LTU, ["viewer"]),
    });
    expect(revoke.status).toBe(204);
    expect((await t.call("GET", feed.json.url)).status).toBe(404);
  });

  it(`D-49 D-36 bounded: at most ${MAX_ORGANISATION_CALENDAR_EVENTS} events; at most 3 feeds a person; an organisation in no letter gets an empty calendar`, async () => {
    const empty = await t.as(KIRUNA, ["viewer"]).get("/v1/tasks/calendar.ics");
    expect(empty.status).toBe(200);
    expect(events(empty.text)).toBe(0);
    for (let i = 0; i < 3; i++)
      expect((await t.as(NOK, ["viewer"]).post("/v1/tasks/calendar-feeds")).status).toBe(201);
    const fourth = await t.as(NOK, ["viewer"]).post("/v1/tasks/calendar-feeds");
    expect(fourth.status).toBe(400);
    expect(fourth.json.code).toBe("too-many-own-calendar-feeds");
    expect(
      (await t.as(NOK, ["viewer"]).post("/v1/tasks/calendar-feeds", undefined, { "if-match": "*" }))
        .status,
    ).toBe(412);
    // Letters years behind on every duty: 40 tasks each (D-48), more than the calendar holds.
    for (let i = 0; i < Math.ceil(MAX_ORGANISATION_CALENDAR_EVENTS / 40) + 1; i++)
      await signedAgreement(t, "2012-01-10");
    const full = await t.as(NOK, ["viewer"]).get("/v1/tasks/calendar.ics");
    expect(events(full.text)).toBe(MAX_ORGANISATION_CALENDAR_EVENTS);
    expect(full.text).toContain("DTSTART;VALUE=DATE:2012");
  });
});
