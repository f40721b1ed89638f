#!/usr/bin/env node
// Type-checks sst.config.ts and infra/ against SST's platform types. There is no AWS account
// here and SST cannot download Pulumi, but `sst install` still writes the types offline. SST's own
// sources (.sst/platform) do not always type-check cleanly (sst issue 5890): a diagnostic there is
// reported and tolerated, every diagnostic in our files fails the check.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");
const bin = (name) => join(root, "node_modules/.bin", name);

if (!existsSync(join(root, ".sst/platform/config.d.ts"))) {
  console.log("infra: installing SST's platform types (sst install) …");
  const install = spawnSync(bin("sst"), ["install"], {
    cwd: root,
    stdio: "inherit",
    env: {
      ...process.env,
      SST_SKIP_DEPENDENCY_CHECK: "1",
      SST_TELEMETRY_DISABLED: "1",
      SST_STAGE: process.env.SST_STAGE ?? "ci",
      SST_BUN_PATH: bin("bun"),
    },
  });
  if (install.status !== 0) {
    console.error("infra: `sst install` failed; see its output above");
    process.exit(1);
  }
}

console.log("infra: type-checking sst.config.ts and infra/ …");
const tsc = spawnSync(
  join(import.meta.dirname, "../node_modules/.bin/tsc"),
  ["-p", "tsconfig.json", "--pretty", "false"],
  {
    cwd: resolve(import.meta.dirname, ".."),
    encoding: "utf8",
  },
);
const diagnostics = `${tsc.stdout}${tsc.stderr}`
  .split("\n")
  .filter((line) => /error TS\d+/.test(line));
const theirs = diagnostics.filter(
  (line) => line.startsWith("../.sst/") || line.includes("/.sst/platform/"),
);
const ours = diagnostics.filter((line) => !theirs.includes(line));
if (theirs.length > 0)
  console.log(
    `infra: ${theirs.length} diagnostics in SST's own sources (.sst/platform), tolerated`,
  );
if (ours.length > 0) {
  console.error(ours.join("\n"));
  console.error(`infra: ${ours.length} type errors in sst.config.ts or infra/`);
  process.exit(1);
}
if (tsc.status !== 0 && diagnostics.length === 0) {
  console.error(tsc.stdout || tsc.stderr);
  process.exit(1);
}
console.log("infra: no type errors in sst.config.ts or infra/");
