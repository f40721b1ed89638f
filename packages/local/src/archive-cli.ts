// `pnpm archive --letter ID [--as NNNNNN-NNNN] [--out DIR]`: the letter's archive package (an
// E-ARK SIP as a ZIP, D-56) from the database of the running `pnpm dev`, written to DIR (the
// directory it is run from by default) and then checked as an archive would: every file's size
// and SHA-256 against METS and PREMIS, and the XML against the vendored schemas with xmllint when
// it is installed. `--as` is the organisation making it (a party or member that may see the
// letter); the letter's first party by default.
import "./quiet-sdk-warning";
import { createHash } from "node:crypto";
import { createWriteStream, existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { dynamoLayer, readLetter } from "@samverkan/core";
import {
  letterArchivePackage,
  validateWithXmllint,
  verifyArchivePackage,
} from "@samverkan/core/archive";
import { parseOrgNumber } from "@samverkan/domain";
import * as Effect from "effect/Effect";
import { unzipSync } from "fflate";
import { DEV_STATE_FILE } from "./paths";

const USAGE = "usage: pnpm archive --letter ID [--as NNNNNN-NNNN] [--out DIR]";
function fail(message: string): never {
  console.error(`archive: ${message}`);
  process.exit(2);
}

let values: { letter?: string; as?: string; out?: string };
try {
  ({ values } = parseArgs({
    options: { letter: { type: "string" }, as: { type: "string" }, out: { type: "string" } },
  }));
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
if (!values.letter) fail(`--letter is required\n${USAGE}`);
const letterId = values.letter;
if (!existsSync(DEV_STATE_FILE))
  fail("no local system is running: start it with `pnpm dev` in another terminal first");
const dev = JSON.parse(readFileSync(DEV_STATE_FILE, "utf8")) as {
  endpoint: string;
  tableName: string;
};
const layer = dynamoLayer({ tableName: dev.tableName, endpoint: dev.endpoint });

const head = await Effect.runPromise(readLetter(letterId).pipe(Effect.provide(layer))).catch(
  (error: unknown) =>
    fail(`the database did not answer: ${String(error)}. Is \`pnpm dev\` still running?`),
);
if (!head) fail(`there is no letter ${letterId}`);
let orgNumber: string = head.letter.parties[0].orgNumber;
if (values.as) {
  const parsed = parseOrgNumber(values.as);
  if (!parsed.ok) fail(`--as: ${parsed.violation.message}`);
  orgNumber = parsed.value;
}

const made = await Effect.runPromise(
  letterArchivePackage(letterId, { orgNumber }).pipe(Effect.provide(layer)),
).catch((error: unknown) => fail(`${orgNumber} cannot see letter ${letterId} (${String(error)})`));
const outDir = resolve(values.out ?? process.env.INIT_CWD ?? process.cwd());
const path = join(outDir, made.fileName);
const hash = createHash("sha256");
let size = 0;
await pipeline(
  made.stream,
  new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      size += chunk.byteLength;
      done(null, chunk);
    },
  }),
  createWriteStream(path),
).catch((error: unknown) => fail(`the package could not be written: ${String(error)}`));
console.log(`archive: wrote ${path} (${size} bytes, SHA-256 ${hash.digest("hex")})`);

// Read back and checked as a receiving archive would.
const entries = new Map(Object.entries(unzipSync(readFileSync(path))));
const problems = verifyArchivePackage(entries);
if (problems.length > 0) fail(`the package does not hold together:\n  ${problems.join("\n  ")}`);
console.log(`archive: ${entries.size} files, every size and SHA-256 as METS and PREMIS say`);
try {
  const xml = await validateWithXmllint(entries);
  if (xml.problems.length > 0) fail(`invalid XML:\n  ${xml.problems.join("\n  ")}`);
  console.log(
    `archive: ${xml.validated.length} XML files valid (METS, PREMIS, CITS ERMS; xmllint)`,
  );
} catch (error) {
  console.log(`archive: XML not validated: ${(error as Error).message}`);
}
