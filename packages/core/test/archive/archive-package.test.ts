import { keys } from "@samverkan/table";
import type * as Effect from "effect/Effect";
import * as Exit from "effect/Exit";
import * as ManagedRuntime from "effect/ManagedRuntime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  letterArchivePackage,
  validateWithXmllint,
  verifyArchivePackage,
} from "../../src/archive/index";
import { type Dynamo, dynamoLayer, queryLetterItems } from "../../src/index";
import { createHarness, type Harness } from "../support/harness";
import { readAll, smallPdf, unzip } from "./package-files";

let h: Harness;
let runtime: ManagedRuntime.ManagedRuntime<Dynamo, never>;
const run = <A, E>(effect: Effect.Effect<A, E, Dynamo>) => runtime.runPromise(effect);
const NOK = "222000-0653";

beforeAll(async () => {
  h = await createHarness();
  runtime = ManagedRuntime.make(dynamoLayer({ tableName: h.tableName }, h.client));
  await h.seed("arch", "2025-10-01");
  for (const [index, raisedOn] of ["2026-01-10", "2026-02-11"].entries())
    await h.command("arch", raisedOn, {
      type: "RegisterNeed",
      need: {
        needId: `need-${index}`,
        title: `Behov ${index} <&>`,
        description: "Sjuksköterskor på distans",
        focusAreas: ["health-and-care"],
      },
      raisedBy: NOK,
      raisedOn,
    });
});
afterAll(async () => {
  await runtime.dispose();
  await h.close();
});

describe("the archive package (issue 22.3, D-56)", () => {
  it("finding: nothing can be handed to an archive — a letter's E-ARK SIP has a root METS.xml whose OBJID is its folder, valid METS, PREMIS and CITS ERMS, and every reference and SHA-256 holds (D-56)", async () => {
    const pdf = await smallPdf("Avsiktsförklaring LTU–NoK", ["Parter: LTU och NoK"]);
    const made = await run(
      letterArchivePackage("arch", { orgNumber: NOK }, [
        { path: "letter.pdf", title: "Avsiktsförklaringen", bytes: pdf, createdOn: "2025-10-01" },
      ]),
    );
    const entries = unzip(await readAll(made.stream));
    const root = made.packageId;
    expect(made.fileName).toBe(`${root}.zip`);
    expect([...entries.keys()].every((path) => path.startsWith(`${root}/`))).toBe(true);
    for (const path of [
      "METS.xml",
      "metadata/descriptive/ERMS.xml",
      "metadata/preservation/PREMIS.xml",
      "representations/rep1/METS.xml",
      "representations/rep1/data/letter.pdf",
      "representations/rep1/data/trail.jsonl",
      "schemas/mets.xsd",
      "schemas/premis.xsd",
      "schemas/ERMS.xsd",
    ])
      expect(entries.has(`${root}/${path}`), path).toBe(true);
    expect(verifyArchivePackage(entries)).toEqual([]);
    const xml = await validateWithXmllint(entries);
    expect(xml.problems).toEqual([]);
    expect(xml.validated).toHaveLength(4);

    // The PDF as given, byte for byte; the trail as stored, one JSON line per event, in order.
    expect(entries.get(`${root}/representations/rep1/data/letter.pdf`)).toEqual(pdf);
    const stored = await run(queryLetterItems("arch", keys.eventPrefix, 1000));
    const lines = new TextDecoder()
      .decode(entries.get(`${root}/representations/rep1/data/trail.jsonl`))
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.sequence)).toEqual(stored.items.map((item) => item.sequence));
    expect(lines.map((line) => line.data)).toEqual(
      stored.items.map((item) => JSON.parse(item.data as string)),
    );
    expect(lines.filter((line) => line.type === "NeedRegistered")).toHaveLength(2);

    // The letter as a case with its records; the parties as agents; escaped as XML must be.
    const erms = new TextDecoder().decode(entries.get(`${root}/metadata/descriptive/ERMS.xml`));
    expect(erms).toContain('aggregationType="caseFile"');
    expect(erms).toContain("Norrbottens Kommuner");
    expect(erms).toContain("Luleå tekniska universitet");
    expect(erms).toContain('path="representations/rep1/data/letter.pdf"');
    expect(erms).toContain('path="representations/rep1/data/trail.jsonl"');
    const mets = new TextDecoder().decode(entries.get(`${root}/METS.xml`));
    expect(mets).toContain(`OBJID="${root}"`);
    expect(mets).toContain('csip:OAISPACKAGETYPE="SIP"');
  });

  it("finding: a changed file is caught — verifying a package whose PDF or trail was altered names the file whose SHA-256 no longer holds (D-56)", async () => {
    const pdf = await smallPdf("Avtal", ["rad"]);
    const made = await run(
      letterArchivePackage("arch", { orgNumber: NOK }, [
        { path: "letter.pdf", title: "Avtal", bytes: pdf, createdOn: "2025-10-01" },
      ]),
    );
    const entries = unzip(await readAll(made.stream));
    const trail = `${made.packageId}/representations/rep1/data/trail.jsonl`;
    const bytes = entries.get(trail) as Uint8Array;
    entries.set(trail, new Uint8Array([...bytes.slice(0, -2), 32, 10]));
    entries.set(`${made.packageId}/extra.txt`, new Uint8Array([1]));
    const problems = verifyArchivePackage(entries);
    expect(problems.some((p) => p.includes(`SHA-256 of ${trail}`))).toBe(true);
    expect(problems.some((p) => p.includes("extra.txt is in the package but nothing refers"))).toBe(
      true,
    );
  });

  it("finding: a package request for a letter the caller cannot see — the same not-found as any read, nothing written (D-56)", async () => {
    const outsider = await runtime.runPromiseExit(
      letterArchivePackage("arch", { orgNumber: "556036-0793" }),
    );
    const missing = await runtime.runPromiseExit(
      letterArchivePackage("no-such-letter", { orgNumber: NOK }),
    );
    for (const exit of [outsider, missing]) {
      expect(Exit.isFailure(exit)).toBe(true);
      if (Exit.isFailure(exit)) expect(JSON.stringify(exit.cause)).toContain("AgreementNotFound");
    }
  });
});
