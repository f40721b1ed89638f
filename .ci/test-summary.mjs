// Adds up the vitest JSON reports every package wrote and prints one closing line,
// "N passed, N failed", so that CI shows how many tests ran.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

let passed = 0;
let failed = 0;
let skipped = 0;
const packageDirs = ["packages", "functions"].flatMap((group) =>
  existsSync(group) ? readdirSync(group).map((name) => join(group, name)) : [],
);
for (const dir of [...packageDirs, "infra"]) {
  {
    const report = join(dir, ".test-results", "vitest.json");
    if (!existsSync(report)) continue;
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = JSON.parse(
      readFileSync(report, "utf8"),
    );
    passed += numPassedTests;
    failed += numFailedTests;
    skipped += numPendingTests + numTodoTests;
  }
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(passed === 0 || failed > 0 ? 1 : 0);
