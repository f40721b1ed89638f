// `pnpm archive --letter ID [--as NNNNNN-NNNN] [--out DIR]`: the letter's archive package (an
// E-ARK SIP as a ZIP, D-56) from the database of the running `pnpm dev`, written to DIR (the
// directory it is run from by default) and then checked as an archive would: every file's size
// and SHA-256 against METS and PREMIS, and the XML against the vendored schemas with xmllint when
// it is installed. `--as` is the organisation making it (a party or member that may see the
// letter); the letter's first party by default.
import "./quiet-sdk-warning";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { dynamoLayer } from "@samverkan/core";
import { localPersonKeyWrapping } from "@samverkan/core/local";
import { parseOrgNumber } from "@samverkan/domain";
import { ArchiveFileRefused, writeArchiveFile } from "./archive-file";
import { DEV_STATE_FILE, LOCAL_DATA_DIR } from "./paths";

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
let orgNumber: string | undefined;
if (values.as) {
  const parsed = parseOrgNumber(values.as);
  if (!parsed.ok) fail(`--as: ${parsed.violation.message}`);
  orgNumber = parsed.value;
}
if (!existsSync(DEV_STATE_FILE))
  fail("no local system is running: start it with `pnpm dev` in another terminal first");
const dev = JSON.parse(readFileSync(DEV_STATE_FILE, "utf8")) as {
  endpoint: string;
  tableName: string;
};

const written = await writeArchiveFile({
  layer: dynamoLayer({ tableName: dev.tableName, endpoint: dev.endpoint }),
  letterId: values.letter,
  ...(orgNumber ? { orgNumber } : {}),
  outDir: resolve(values.out ?? process.env.INIT_CWD ?? process.cwd()),
  // D-58: `pnpm dev`'s wrapping key, so the names sealed in the trail open for the archive.
  personKeyWrapping: localPersonKeyWrapping(LOCAL_DATA_DIR),
}).catch((error: unknown) =>
  fail(
    error instanceof ArchiveFileRefused
      ? error.message
      : `the package could not be made: ${String(error)}. Is \`pnpm dev\` still running?`,
  ),
);
console.log(`archive: wrote ${written.path} (${written.size} bytes, SHA-256 ${written.sha256})`);
if (written.problems.length > 0)
  fail(`the package does not hold together:\n  ${written.problems.join("\n  ")}`);
console.log(`archive: ${written.files} files, every size and SHA-256 as METS and PREMIS say`);
if ("notValidated" in written.xml)
  console.log(`archive: XML not validated: ${written.xml.notValidated}`);
else if (written.xml.problems.length > 0)
  fail(`invalid XML:\n  ${written.xml.problems.join("\n  ")}`);
else
  console.log(
    `archive: ${written.xml.validated.length} XML files valid (METS, PREMIS, CITS ERMS; xmllint)`,
  );
