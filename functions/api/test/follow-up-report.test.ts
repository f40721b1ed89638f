import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { FollowUpReportView } from "../src/schemas/follow-up-view";
import {
  createTestApp,
  KIRUNA,
  LTU,
  NOK,
  signedAgreement,
  TEST_TODAY,
  type TestApp,
  testOrg,
} from "./support/test-app";

// A year of facts built through the API, and every figure of the report checked against numbers
// worked out by hand (in the comments), then the CSV against the JSON.

const PITEA = testOrg("212000273", "Piteå");
const LULEA = testOrg("212000272", "Luleå");

let t: TestApp;
let id: string;
// biome-ignore lint/suspicious/noExplicitAny: the report's JSON, read field by field below.
let report: Record<string, any>;
let csv: string;
let csvEnglish: string;
let bytes = new Uint8Array();

const topics = {
  outsideWorld: "EU:s sammanhållningspolitik",
  trends: "AI i vården",
  futureChallenges: "Kompetensförsörjning",
  directionAdjustments: "Ingen justering",
};

beforeAll(async () => {
  t = await createTestApp({ municipalities: [KIRUNA, PITEA, LULEA] });
  // Recorded in time order, each dialog fact on its own day (D-32); the rest on TEST_TODAY.
  t.setToday("2026-07-10");
  id = await signedAgreement(t, "2025-10-01");
  const nok = t.as(NOK, ["coordinator", "signatory"]);
  const ltu = t.as(LTU, ["coordinator", "signatory"]);
  const path = `/v1/agreements/${id}`;
  // biome-ignore lint/suspicious/noExplicitAny: response bodies of many shapes.
  const must = async (res: Promise<{ status: number; json: any; text: string }>, status = 201) => {
    const done = await res;
    if (done.status !== status) throw new Error(`${done.status} ${done.text}`);
    return done.json;
  };
  await must(
    nok.put(`${path}/collaboration-group`, {
      members: [
        { name: "Nora", orgNumber: NOK.orgNumber },
        { name: "Lars", orgNumber: LTU.orgNumber },
      ],
      appointedOn: "2025-10-01",
    }),
    200,
  );
  // Dialog A: the first half-year's, held late on 20 July; its basis 10 days ahead (due 14): late.
  const a = await must(nok.post(`${path}/dialogs`, { scheduledOn: "2026-07-20" }));
  await must(
    nok.post(`${path}/dialogs/${a.id}/basis`, { submittedOn: "2026-07-10", summary: "Underlag A" }),
  );
  t.setToday("2026-07-20");
  await must(
    nok.post(`${path}/dialogs/${a.id}/record`, {
      heldOn: "2026-07-20",
      topics,
      needsReview: { needs: [] },
    }),
  );
  // Dialog B: held 20 November, its basis 19 days ahead: on time.
  t.setToday("2026-11-01");
  const b = await must(nok.post(`${path}/dialogs`, { scheduledOn: "2026-11-20" }));
  await must(
    nok.post(`${path}/dialogs/${b.id}/basis`, { submittedOn: "2026-11-01", summary: "Underlag B" }),
  );
  t.setToday("2026-11-20");
  await must(nok.post(`${path}/dialogs/${b.id}/record`, { heldOn: "2026-11-20", topics }));
  t.setToday(TEST_TODAY);
  // Needs from three municipalities and one party.
  const need = (raisedBy: string, title: string, focusAreas: string[]) =>
    must(nok.post(`${path}/needs`, { title, raisedBy, focusAreas, raisedOn: "2026-02-01" }));
  const kiruna1 = await need(KIRUNA.orgNumber, "Lärare på distans", ["education"]);
  await need(KIRUNA.orgNumber, "Sjuksköterskor", ["health-and-care", "education"]);
  const pitea = await need(PITEA.orgNumber, "Digitala tjänster", ["digitalisation"]);
  const lulea = await need(LULEA.orgNumber, "Lärarlyftet", ["education"]);
  const nokNeed = await need(NOK.orgNumber, "Forskning om glesbygd", [
    "research-development-innovation",
  ]);
  // Activities in every state.
  const activity = (title: string, kind: string, needId: string, focusAreas: string[]) =>
    must(
      ltu.post(`${path}/activities`, {
        title,
        kind,
        needIds: [needId],
        focusAreas,
        projectParties: [],
      }),
    );
  const signBoth = async (activityId: string) => {
    for (const who of [nok, ltu])
      await must(who.post(`${path}/activities/${activityId}/special-agreement/signatures`));
  };
  await activity("Distanskurs", "distance-education", kiruna1.id, ["education"]); // awaiting signatures
  const ready = await activity("Testbädd", "test-environment", pitea.id, ["digitalisation"]);
  await signBoth(ready.id); // ready to start
  const running = await activity("Uppdragsutbildning", "commissioned-education", lulea.id, [
    "education",
  ]);
  await signBoth(running.id);
  await must(ltu.post(`${path}/activities/${running.id}/start`)); // running
  const done = await activity("Forskning", "research", nokNeed.id, [
    "research-development-innovation",
  ]);
  await signBoth(done.id);
  await must(ltu.post(`${path}/activities/${done.id}/start`));
  await must(ltu.post(`${path}/activities/${done.id}/complete`, { outcome: "Rapport" })); // completed
  // Joint applications: planned, submitted, granted, rejected.
  const apply = (funder: string, submissionDeadline: string, amountRequestedSek: number) =>
    must(
      ltu.post(`${path}/funding-applications`, {
        funder,
        call: "Utlysning 2026",
        submissionDeadline,
        amountRequestedSek,
        applicantParties: [LTU.orgNumber, NOK.orgNumber],
      }),
    );
  await apply("Vinnova", "2027-03-01", 100_000);
  const submitted = await apply("Formas", "2027-01-31", 200_000);
  await must(
    ltu.patch(`${path}/funding-applications/${submitted.id}`, { status: "submitted" }),
    200,
  );
  const granted = await apply("Tillväxtverket", "2027-01-15", 800_000);
  await must(ltu.patch(`${path}/funding-applications/${granted.id}`, { status: "submitted" }), 200);
  await must(
    ltu.patch(`${path}/funding-applications/${granted.id}`, {
      status: "granted",
      amountGrantedSek: 500_000,
    }),
    200,
  );
  const rejected = await apply("Region Norrbotten", "2026-12-31", 300_000);
  await must(
    ltu.patch(`${path}/funding-applications/${rejected.id}`, { status: "submitted" }),
    200,
  );
  await must(ltu.patch(`${path}/funding-applications/${rejected.id}`, { status: "rejected" }), 200);
  await must(
    nok.post(`${path}/structure-reviews`, {
      year: 2026,
      reviewedOn: "2026-12-20",
      summary: "Strukturen ses över",
    }),
  );

  report = (await t.as(KIRUNA, ["viewer"]).get(`${path}/reports/follow-up?year=2026`)).json;
  // Read as bytes: a text decoder would drop the byte order mark the spreadsheet needs.
  const raw = await t.app.request(`http://localhost${path}/reports/follow-up?year=2026`, {
    headers: { authorization: `Bearer ${await t.token(KIRUNA, ["viewer"])}`, accept: "text/csv" },
  });
  bytes = new Uint8Array(await raw.arrayBuffer());
  expect(raw.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  csv = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  const english = await t.app.request(`http://localhost${path}/reports/follow-up?year=2026`, {
    headers: {
      authorization: `Bearer ${await t.token(KIRUNA, ["viewer"])}`,
      accept: "text/csv",
      "accept-language": "en-GB,en;q=0.9,sv;q=0.5",
    },
  });
  const englishBytes = new Uint8Array(await english.arrayBuffer());
  csvEnglish = new TextDecoder("utf-8", { ignoreBOM: true }).decode(englishBytes);
}, 120_000);
afterAll(() => t.close());

const counts = (tallies: Record<string, { count: number }>) =>
  Object.fromEntries(Object.entries(tallies).map(([key, tally]) => [key, tally.count]));

describe("the follow-up report of a year (R24)", () => {
  it("R24 R10 dialogs due against held: the first half-year late (held 20 July), the second on time", () => {
    expect(counts(report.dialogs.totals)).toEqual({
      due: 2,
      onTime: 1,
      late: 1,
      recordedLate: 0,
      missed: 0,
      open: 0,
    });
    expect(report.asOf).toBe("2026-12-31");
    expect(report.dialogs.periods.map((p: { outcome: string }) => p.outcome)).toEqual([
      "late",
      "on-time",
    ]);
  });

  it("R24 R12 bases: dialog A's 10 days ahead is late, dialog B's 19 days on time", () => {
    expect(counts(report.bases.totals)).toEqual({
      held: 2,
      onTime: 1,
      late: 1,
      recordedLate: 0,
      missing: 0,
    });
    expect(
      report.bases.dialogs.map((d: { daysBeforeDialog: number }) => d.daysBeforeDialog),
    ).toEqual([10, 19]);
  });

  it("R24 R6 needs per municipality and focus area: Kiruna 2, Piteå 1, Luleå 1, NoK 1", () => {
    expect(report.needs.raised.count).toBe(5);
    const row = (source: string) =>
      report.needs.bySource.find((r: { source: string }) => r.source === source);
    expect(row(KIRUNA.orgNumber).total.count).toBe(2);
    expect(row(KIRUNA.orgNumber).byFocusArea.education.count).toBe(2);
    expect(row(KIRUNA.orgNumber).byFocusArea["health-and-care"].count).toBe(1);
    expect(row(PITEA.orgNumber).byFocusArea.digitalisation.count).toBe(1);
    expect(row(LULEA.orgNumber).byFocusArea.education.count).toBe(1);
    expect(row(NOK.orgNumber).kind).toBe("party");
    expect(report.needs.ledToActivity.count).toBe(4);
  });

  it("R24 R14 activities in every state, three agreements signed, and the funnel 5 → 4 → 3 → 2 → 1", () => {
    expect(counts(report.activities.byStatus)).toEqual({
      "awaiting-signatures": 1,
      "ready-to-start": 1,
      running: 1,
      completed: 1,
    });
    expect(report.activities.defined.count).toBe(4);
    expect(report.activities.agreementsSigned).toHaveLength(3);
    expect(report.activities.funnel.map((s: { count: number }) => s.count)).toEqual([
      5, 4, 3, 2, 1,
    ]);
  });

  it("R24 R7 applications by status, 1 400 000 kronor asked and 500 000 granted", () => {
    expect(counts(report.funding.byStatus)).toEqual({
      planned: 1,
      submitted: 1,
      granted: 1,
      rejected: 1,
      withdrawn: 0,
    });
    expect(report.funding.total).toMatchObject({
      count: 4,
      requestedSek: 1_400_000,
      grantedSek: 500_000,
    });
  });

  it("R24 R21 the year's obligations met per rule", () => {
    const rule = (id: string) => {
      const o = report.obligations[id];
      return [
        o.due.count,
        o.onTime.count,
        o.late.count,
        o.missed.count,
        o.lapsed.count,
        o.open.count,
      ];
    };
    expect(rule("R10")).toEqual([2, 1, 1, 0, 0, 0]);
    expect(rule("R12")).toEqual([2, 1, 1, 0, 0, 0]);
    expect(rule("R13")).toEqual([1, 1, 0, 0, 0, 0]);
    expect(rule("R15")).toEqual([1, 1, 0, 0, 0, 0]);
    expect(rule("R7")).toEqual([1, 1, 0, 0, 0, 0]);
  });

  it("R24 the JSON is what the OpenAPI document says: every field of FollowUpReport, nothing else", () => {
    // Strict schemas: a field the domain adds or drops fails here before a client meets it.
    expect(() => z.parse(FollowUpReportView, report)).not.toThrow();
    expect(() => z.parse(FollowUpReportView, { ...report, extra: 1 })).toThrow();
    const { funding: _left, ...withoutFunding } = report;
    expect(() => z.parse(FollowUpReportView, withoutFunding)).toThrow();
  });

  it("R24 the CSV has the JSON's figures, one table each, Swedish characters intact", () => {
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const tables = csv
      .slice(1)
      .split("\r\n\r\n")
      .map((table) => table.split("\r\n").filter(Boolean));
    const table = (title: string) => tables.find((lines) => lines[0]?.startsWith(title)) ?? [];
    const RULE_NAMES: Record<string, string> = {
      R7: "Gemensamma ansökningar (R7)",
      // The rules' names carry no cadence: a letter's terms set it (D-45, D-63).
      R10: "Ledningsdialog varje period enligt villkoren (R10)",
      R12: "Underlag före varje dialog (R12)",
      R13: "Genomgång av behoven (R13)",
      R15: "Uppföljning av samverkansstrukturen (R15)",
    };
    expect(table("Åtaganden per regel").slice(2)).toEqual(
      // biome-ignore lint/suspicious/noExplicitAny: one rule's figure from the JSON.
      Object.values(report.obligations).map((o: any) =>
        [
          RULE_NAMES[o.rule],
          o.due.count,
          o.onTime.count,
          o.late.count,
          o.missed.count,
          o.lapsed.count,
          o.open.count,
          o.recordedLate.count,
        ].join(";"),
      ),
    );
    expect(table("Ledningsdialoger per halvår")).toHaveLength(2 + report.dialogs.periods.length);
    expect(
      table("Gemensamma ansökningar")
        .slice(2)
        .map((line) => line.split(";")[0]),
    ).toEqual(report.funding.applications.map((a: { funder: string }) => a.funder));
    expect(csv).toContain("Tillväxtverket");
    expect(
      table("Behov per källa och fokusområde")
        .slice(2)
        .map((line) => line.split(";")[2]),
    ).toEqual(
      report.needs.bySource.map((r: { total: { count: number } }) => String(r.total.count)),
    );
  });

  it("finding: the CSV has English headers and codes, ids instead of names, no BOM — R24 Swedish headers, organisations and activities by name, codes in words", () => {
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.slice(1).split("\r\n");
    expect(lines.slice(0, 2)).toEqual([
      "Ledningsdialoger per halvår (R10)",
      "Halvår;Från;Till;Ska hållas;Utfall;Hölls;Registrerad i efterhand",
    ]);
    expect(lines).toContain(
      "Vem tog upp behovet;Slag;Totalt;Kompetensutveckling;Hälsa och vård;Digitalisering;Utbildning;Forskning, utveckling och innovation",
    );
    expect(lines).toContain(
      "Finansiär;Utlysning;Sista ansökningsdag;Status;Sökt belopp (kronor);Beviljat belopp (kronor)",
    );
    // The first half-year's dialog was held late (20 July), the second on time.
    expect(lines).toContain("Första halvåret 2026;2026-01-01;2026-06-30;1;Sent;2026-07-20 (sent);");
    expect(lines.some((l) => l.startsWith("Andra halvåret 2026;") && l.includes(";I tid;"))).toBe(
      true,
    );
    // Needs by the municipality's name and kind; activities by title; statuses in words.
    expect(lines.some((l) => l.startsWith("Kiruna;Kommun;2;"))).toBe(true);
    expect(lines).toContain("Pågår;1;Uppdragsutbildning");
    expect(lines).toContain("Testverksamhet;1;Testbädd");
    expect(lines).toContain("Tillväxtverket;Utlysning 2026;2027-01-15;Beviljad;800000;500000");
    // No code, id or organisation number is left for a person to decode.
    for (const code of ["on-time", "health-and-care", "212000", "awaiting-signatures", "R10;"])
      expect(csv).not.toContain(code);
    for (const need of report.needs.bySource) expect(csv).not.toContain(`${need.source};`);
  });

  it("R24 the CSV in English when the request asks for English (Accept-Language: en), with the BOM", () => {
    expect(csvEnglish.charCodeAt(0)).toBe(0xfeff);
    const lines = csvEnglish.slice(1).split("\r\n");
    expect(lines.slice(0, 2)).toEqual([
      "Leadership dialogs per half-year (R10)",
      "Half-year;From;To;Due;Outcome;Held;Recorded late",
    ]);
    expect(lines).toContain("First half of 2026;2026-01-01;2026-06-30;1;Late;2026-07-20 (late);");
    expect(lines.some((l) => l.startsWith("Kiruna;Municipality;2;"))).toBe(true);
    expect(lines).toContain("Running;1;Uppdragsutbildning");
    expect(csvEnglish).not.toContain("on-time");
  });

  it("R24 a year before the letter was drafted or after today is 400; an outsider 404", async () => {
    expect(
      (await t.as(LTU, ["viewer"]).get(`/v1/agreements/${id}/reports/follow-up?year=2024`)).status,
    ).toBe(400);
    expect(
      (await t.as(LTU, ["viewer"]).get(`/v1/agreements/${id}/reports/follow-up?year=2027`)).status,
    ).toBe(400);
    expect((await t.as(LTU, ["viewer"]).get(`/v1/agreements/${id}/reports/follow-up`)).status).toBe(
      400,
    );
  });
});

describe("the follow-up report of a year in progress (R24, D-21)", () => {
  it("R24 on 27 November, the year's structure review and second dialog are open, not missed", async () => {
    const early = await createTestApp({ today: "2026-11-27" });
    try {
      const letter = await signedAgreement(early, "2025-10-01");
      const res = await early
        .as(LTU, ["viewer"])
        .get(`/v1/agreements/${letter}/reports/follow-up?year=2026`);
      expect(res.status).toBe(200);
      expect(res.json.asOf).toBe("2026-11-27");
      expect(res.json.obligations.R15.open.count).toBe(1);
      expect(res.json.obligations.R15.missed.count).toBe(0);
      // The first half-year ended with no dialog and is past its grace days: missed.
      expect(res.json.dialogs.periods.map((p: { outcome: string }) => p.outcome)).toEqual([
        "missed",
        "open",
      ]);
    } finally {
      await early.close();
    }
  });
});

describe("the report a structure review was held on (R15, R24, D-29)", () => {
  it("R24 D-29 a report as of a day leaves out the facts recorded after it; asOf outside the year or after today is 400", async () => {
    // Everything here is recorded on the test's today, 2026-12-31 (dated earlier, recorded now).
    const app = await createTestApp({ municipalities: [KIRUNA] });
    try {
      const letter = await signedAgreement(app, "2025-10-01");
      const nok = app.as(NOK, ["coordinator"]);
      const raised = await nok.post(`/v1/agreements/${letter}/needs`, {
        title: "Lärare på distans",
        raisedBy: KIRUNA.orgNumber,
        focusAreas: ["education"],
        raisedOn: "2026-02-01",
      });
      expect(raised.status).toBe(201);
      const reportOn = (asOf: string) =>
        nok.get(`/v1/agreements/${letter}/reports/follow-up?year=2026&asOf=${asOf}`);
      const today = await reportOn("2026-12-31");
      expect(today.status).toBe(200);
      expect(today.json.needs.raised.count).toBe(1);
      // On 30 December nothing of this letter was recorded yet: the need, raised "on 1 February"
      // but registered on 31 December, was not known then.
      const dayBefore = await reportOn("2026-12-30");
      expect(dayBefore.status).toBe(200);
      expect(dayBefore.json.asOf).toBe("2026-12-30");
      expect(dayBefore.json.needs.raised.count).toBe(0);
      for (const asOf of ["2027-01-01", "2025-12-31", "2026-02-30"])
        expect((await reportOn(asOf)).status, asOf).toBe(400);
    } finally {
      await app.close();
    }
  });

  it("R15 D-29 a structure review links to the report it was held on; a report after the review is 422", async () => {
    const app = await createTestApp();
    try {
      const letter = await signedAgreement(app, "2025-10-01");
      const nok = app.as(NOK, ["coordinator"]);
      const review = (reportAsOf: string) =>
        nok.post(`/v1/agreements/${letter}/structure-reviews`, {
          year: 2026,
          reviewedOn: "2026-12-30",
          summary: "Strukturen följdes upp på årets rapport",
          reportAsOf,
        });
      const late = await review("2026-12-31");
      expect(late.status).toBe(422);
      expect(late.json.code).toBe("review-report-after-review");
      const held = await review("2026-12-29");
      expect(held.status).toBe(201);
      expect(held.json.structureReviews).toEqual([
        expect.objectContaining({ year: 2026, reviewedOn: "2026-12-30", reportAsOf: "2026-12-29" }),
      ]);
      const linked = await nok.get(
        `/v1/agreements/${letter}/reports/follow-up?year=2026&asOf=${held.json.structureReviews[0].reportAsOf}`,
      );
      expect(linked.status).toBe(200);
      expect(linked.json.asOf).toBe("2026-12-29");
    } finally {
      await app.close();
    }
  });
});

describe("the report's bound on what it reads", () => {
  it("R24 a letter with more events than a report may read gets 400 report-too-large, not a slow reply", async () => {
    const app = await createTestApp({ maxReportEvents: 5 });
    try {
      // A signed letter is at most five events (the report reads them); two needs take it past.
      const letter = await signedAgreement(app, "2025-10-01");
      const nok = app.as(NOK, ["coordinator"]);
      const path = `/v1/agreements/${letter}/reports/follow-up?year=2026`;
      expect((await nok.get(path)).status).toBe(200);
      for (const title of ["Lärare på distans", "Sjuksköterskor"])
        expect(
          (
            await nok.post(`/v1/agreements/${letter}/needs`, {
              title,
              raisedBy: NOK.orgNumber,
              focusAreas: ["education"],
              raisedOn: "2026-02-01",
            })
          ).status,
        ).toBe(201);
      const tooLarge = await nok.get(path);
      expect(tooLarge.status).toBe(400);
      expect(tooLarge.json.code).toBe("report-too-large");
    } finally {
      await app.close();
    }
  });
});
