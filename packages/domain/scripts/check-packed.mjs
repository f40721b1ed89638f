#!/usr/bin/env node
// Packs @samverkan/domain as it would be published, installs the tarball into a scratch project
// and imports it there with both `import` (ESM) and `require` (CJS): proof that what consumers get
// works, beyond what publint and attw read from package.json.
import { resolve } from "node:path";
import { checkPacked } from "../../../scripts/check-packed.mjs";

const probe = (load) => `
${load}
const end = domain.noticeEndDate(domain.date("2026-11-30"), 3);
const refused = domain.parseOrgNumber("202100-2847");
const letter = domain.foldLetter(domain.signedLtuNokLetterEvents({ letterId: "x" }));
const obligations = domain.letterObligations(letter, domain.date("2026-11-26"));
if (end !== "2027-02-28" || refused.ok || refused.violation.rule !== "R2" || obligations.length === 0) {
  console.error("unexpected results", { end, refused, count: obligations.length });
  process.exit(1);
}
console.log("ok", end, obligations.length, "obligations");
`;

checkPacked(resolve(import.meta.dirname, ".."), "@samverkan/domain", [
  { label: "ESM", file: "esm.mjs", source: probe('import * as domain from "@samverkan/domain";') },
  { label: "CJS", file: "cjs.cjs", source: probe('const domain = require("@samverkan/domain");') },
]);
