// `pnpm run token --org 202100-2841 --roles signatory,coordinator --sub anna` prints a token of the
// local OpenID Provider that `pnpm dev` runs (D-40): asked for at its token endpoint with the CLI
// client and its extension grant. With `pnpm --silent run token …` the token is all it prints.
import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { parseOrgNumber, Role } from "@samverkan/domain";
import { DEV_STATE_FILE } from "./paths";
import { tokenFromProvider } from "./provider-token";

function fail(message: string): never {
  console.error(`token: ${message}`);
  console.error(
    "usage: pnpm run token --org NNNNNN-NNNN --roles signatory,coordinator,viewer [--sub anna] [--name 'Anna A'] [--expires 12h]",
  );
  process.exit(2);
}

/** "12h", "30m", "90s" or a number of seconds → seconds; at most 12 hours (the API's bound). */
function seconds(expires: string): number {
  const match = /^(\d+)([smh]?)$/.exec(expires);
  if (!match) fail(`--expires takes e.g. 12h, 30m or 90s, not ${expires}`);
  const value = Number(match[1]) * { "": 1, s: 1, m: 60, h: 3600 }[match[2] as "s"];
  if (value < 1 || value > 12 * 3600) fail("--expires must be between 1 second and 12 hours");
  return value;
}

let values: Record<string, string | boolean | undefined>;
try {
  ({ values } = parseArgs({
    options: {
      org: { type: "string" },
      roles: { type: "string" },
      sub: { type: "string" },
      name: { type: "string" },
      expires: { type: "string" },
      silent: { type: "boolean" },
    },
  }));
} catch (error) {
  fail((error as Error).message);
}
if (typeof values.org !== "string") fail("--org is required");
const org = parseOrgNumber(values.org);
if (!org.ok) fail(org.violation.message);
const roles = String(values.roles ?? "")
  .split(",")
  .map((r) => r.trim())
  .filter(Boolean);
const unknown = roles.filter((role) => !Role.safeParse(role).success);
if (roles.length === 0 || unknown.length > 0)
  fail(
    `--roles takes signatory, coordinator and viewer${unknown.length ? `, not ${unknown.join(", ")}` : ""}`,
  );
const expiresIn = seconds(String(values.expires ?? "12h"));

if (!existsSync(DEV_STATE_FILE)) fail("start the local system first: pnpm dev");
const state = JSON.parse(readFileSync(DEV_STATE_FILE, "utf8")) as {
  oidc?: { issuer: string; cliSecret: string };
};
if (!state.oidc) fail("the running pnpm dev has no local provider: restart it");
try {
  console.log(
    await tokenFromProvider(
      state.oidc,
      {
        sub: typeof values.sub === "string" ? values.sub : "local-user",
        org: org.value,
        roles,
        ...(typeof values.name === "string" ? { name: values.name } : {}),
      },
      expiresIn,
    ),
  );
} catch (error) {
  fail(
    `${(error as Error).message}; is pnpm dev running (its provider is at ${state.oidc.issuer})?`,
  );
}
