// `pnpm run token --org 202100-2841 --roles signatory,coordinator --sub anna` prints a token that
// the local server (`pnpm dev`) accepts. With `pnpm --silent run token …` the token is all it prints.
import { parseArgs } from "node:util";
import { localIssuer } from "@samverkan/core/local";
import { parseOrgNumber, Role } from "@samverkan/domain";
import { LOCAL_DATA_DIR } from "./paths";

function fail(message: string): never {
  console.error(`token: ${message}`);
  console.error(
    "usage: pnpm run token --org NNNNNN-NNNN --roles signatory,coordinator,viewer [--sub anna] [--name 'Anna A'] [--expires 12h]",
  );
  process.exit(2);
}

let values: Record<string, string | undefined>;
try {
  ({ values } = parseArgs({
    options: {
      org: { type: "string" },
      roles: { type: "string" },
      sub: { type: "string" },
      name: { type: "string" },
      expires: { type: "string" },
    },
  }));
} catch (error) {
  fail((error as Error).message);
}
if (!values.org) fail("--org is required");
const org = parseOrgNumber(values.org);
if (!org.ok) fail(org.violation.message);
const roles = (values.roles ?? "")
  .split(",")
  .map((r) => r.trim())
  .filter(Boolean);
const unknown = roles.filter((role) => !Role.safeParse(role).success);
if (roles.length === 0 || unknown.length > 0)
  fail(
    `--roles takes signatory, coordinator and viewer${unknown.length ? `, not ${unknown.join(", ")}` : ""}`,
  );

const issuer = await localIssuer(LOCAL_DATA_DIR);
console.log(
  await issuer.sign(
    {
      sub: values.sub ?? "local-user",
      org: org.value,
      roles,
      ...(values.name ? { name: values.name } : {}),
    },
    values.expires ?? "12h",
  ),
);
