#!/usr/bin/env node
// Packs @samverkan/domain as it would be published, installs the tarball into a scratch project
// and imports it there with both `import` (ESM) and `require` (CJS): proof that what consumers get
// works, beyond what publint and attw read from package.json.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const packageDir = resolve(import.meta.dirname, "..");
const scratch = mkdtempSync(join(tmpdir(), "samverkan-domain-pack-"));
const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

// What a consumer checks: a rule with a date (D-6), a refusal (R2), and the preset's obligations.
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

try {
  console.log("check-packed: packing @samverkan/domain …");
  run("pnpm", ["pack", "--pack-destination", scratch], packageDir);
  const tarball = readdirSync(scratch).find((name) => name.endsWith(".tgz"));
  if (!tarball) throw new Error("pnpm pack wrote no tarball");
  writeFileSync(join(scratch, "package.json"), JSON.stringify({ name: "scratch", private: true }));
  console.log(`check-packed: installing ${tarball} into a scratch project …`);
  run(
    "npm",
    ["install", `./${tarball}`, "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"],
    scratch,
  );
  writeFileSync(join(scratch, "esm.mjs"), probe('import * as domain from "@samverkan/domain";'));
  writeFileSync(join(scratch, "cjs.cjs"), probe('const domain = require("@samverkan/domain");'));
  console.log(`check-packed: ESM ${run("node", ["esm.mjs"], scratch).trim()}`);
  console.log(`check-packed: CJS ${run("node", ["cjs.cjs"], scratch).trim()}`);
} catch (error) {
  console.error(`check-packed: FAILED: ${error.stderr || error.message}`);
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
