import { createHash } from "node:crypto";
import { validateWithXmllint, verifyArchivePackage } from "@samverkan/core/archive";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getBytes } from "./support/get-bytes";
import {
  createTestApp,
  KIRUNA,
  LTU,
  NOK,
  OUTSIDER,
  signedAgreement,
  type TestApp,
} from "./support/test-app";

let t: TestApp;
let id: string;
beforeAll(async () => {
  t = await createTestApp();
  id = await signedAgreement(t);
});
afterAll(() => t.close());

describe("GET /v1/agreements/{id}/archive-package (issue 22.3)", () => {
  it("finding: nothing can be handed to an archive — a party downloads the letter's E-ARK SIP as a ZIP whose METS, PREMIS and ERMS are valid and whose references and checksums hold (D-56)", async () => {
    for (const [org, roles] of [
      [NOK, ["viewer"]],
      [LTU, ["signatory"]],
      [KIRUNA, ["viewer"]],
    ] as const) {
      const response = await getBytes(t, `/v1/agreements/${id}/archive-package`, org, [...roles]);
      const { bytes } = response;
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/zip");
      const disposition = response.headers.get("content-disposition") ?? "";
      const packageId = /filename="(.+)\.zip"/.exec(disposition)?.[1];
      expect(packageId).toMatch(new RegExp(`^samverkan-${id}-\\d{8}T\\d{6}Z$`));
      const entries = new Map(Object.entries(unzipSync(bytes)));
      expect(entries.has(`${packageId}/METS.xml`)).toBe(true);
      expect(verifyArchivePackage(entries)).toEqual([]);
      const xml = await validateWithXmllint(entries);
      expect(xml.problems).toEqual([]);
      expect(xml.validated).toHaveLength(4);
      // The one making the package is its submitting agent (SIP15).
      const mets = new TextDecoder().decode(entries.get(`${packageId}/METS.xml`));
      expect(mets).toContain(`<mets:name>${org.name}</mets:name>`);
      const trail = new TextDecoder()
        .decode(entries.get(`${packageId}/representations/rep1/data/trail.jsonl`))
        .trimEnd()
        .split("\n")
        .map((line) => JSON.parse(line));
      const signed = trail.filter((event) => event.type === "LetterSigned");
      expect(signed).toHaveLength(2);
      // The letter's PDF/A is in the package, the very document both parties signed (D-54).
      const letterPdf = entries.get(`${packageId}/representations/rep1/data/documents/letter.pdf`);
      expect(letterPdf && new TextDecoder().decode(letterPdf.slice(0, 5))).toBe("%PDF-");
      const hash = createHash("sha256")
        .update(letterPdf ?? new Uint8Array())
        .digest("hex");
      for (const event of signed) expect(event.data.documentSha256).toBe(hash);
      expect(
        entries.has(`${packageId}/representations/rep1/data/documents/letter-signatures.pdf`),
      ).toBe(true);
    }
  });

  it("finding: a package request for a letter the caller cannot see — 404 as for any read, the same as for no letter at all; without a token 401 (D-56)", async () => {
    const outsider = await t
      .as(OUTSIDER, ["coordinator"])
      .get(`/v1/agreements/${id}/archive-package`);
    expect(outsider.status).toBe(404);
    const none = await t
      .as(NOK, ["coordinator"])
      .get("/v1/agreements/no-such-letter/archive-package");
    expect(none.status).toBe(404);
    expect(outsider.json.type).toBe(none.json.type);
    const anonymous = await t.call("GET", `/v1/agreements/${id}/archive-package`);
    expect(anonymous.status).toBe(401);
  });
});
