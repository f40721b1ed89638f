import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLetter, dynamoClient, dynamoLayer, ensureTable } from "@samverkan/core";
import { type DynamoDbLocal, startDynamoDbLocal } from "@samverkan/core/local";
import { date, signedLtuNokLetterEvents } from "@samverkan/domain";
import * as Effect from "effect/Effect";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ArchiveFileRefused, writeArchiveFile } from "../src/archive-file";

let local: DynamoDbLocal;
let layer: ReturnType<typeof dynamoLayer>;
const outDir = mkdtempSync(join(tmpdir(), "samverkan-archive-"));

beforeAll(async () => {
  local = await startDynamoDbLocal();
  const tableName = "archive-cli";
  await ensureTable(dynamoClient({ tableName, endpoint: local.endpoint }), tableName);
  layer = dynamoLayer({ tableName, endpoint: local.endpoint });
  await Effect.runPromise(
    createLetter(
      "ltu-nok",
      signedLtuNokLetterEvents({ letterId: "ltu-nok", signedOn: date("2025-10-01") }),
      {
        actor: { sub: "seed", orgNumber: "222000-0653" },
        requestId: "seed",
        recordedAt: "2025-10-01T10:00:00Z",
        reply: () => null,
      },
    ).pipe(Effect.provide(layer)),
  );
}, 120_000);
afterAll(async () => {
  await local?.stop();
  rmSync(outDir, { recursive: true, force: true });
}, 60_000);

describe("pnpm archive (issue 22.3)", () => {
  it("finding: nothing can be handed to an archive — pnpm archive writes the letter's package to a file and checks it read back: sizes, SHA-256s, METS, PREMIS and ERMS by xmllint (D-56)", async () => {
    const written = await writeArchiveFile({ layer, letterId: "ltu-nok", outDir });
    expect(existsSync(written.path)).toBe(true);
    expect(written.path).toMatch(/samverkan-ltu-nok-\d{8}T\d{6}Z\.zip$/);
    expect(written.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(written.problems).toEqual([]);
    expect(written.xml).toEqual({ validated: expect.any(Array), problems: [] });
    expect("validated" in written.xml && written.xml.validated).toHaveLength(4);
    // The documents travel as in the API's package: the letter the parties signed, as PDF/A.
    const names = Object.keys(unzipSync(readFileSync(written.path)));
    expect(
      names.filter((name) => name.endsWith(".pdf")).map((name) => name.split("/data/")[1]),
    ).toEqual(["documents/letter.pdf", "documents/letter-signatures.pdf"]);
  }, 60_000);

  it("finding: a package for a letter the organisation cannot see, or no letter — refused, nothing written (D-56)", async () => {
    await expect(
      writeArchiveFile({
        layer,
        letterId: "ltu-nok",
        orgNumber: "556036-0793",
        outDir: "/nonexistent",
      }),
    ).rejects.toBeInstanceOf(ArchiveFileRefused);
    await expect(
      writeArchiveFile({ layer, letterId: "no-such-letter", outDir: "/nonexistent" }),
    ).rejects.toThrow("there is no letter no-such-letter");
  }, 60_000);
});
