import { ltuNokMembers, type Organisation } from "@samverkan/domain";
import { REQUEST_LIMITS } from "@samverkan/table";

export type { AuthSettings, TrustedIssuer } from "./trusted-issuers";

/** Configuration read from the environment, validated once at start-up. */
export interface Settings {
  readonly tableName: string;
  readonly dynamoEndpoint?: string;
  readonly corsOrigins: string[];
  readonly municipalities: Organisation[];
  /** Writes one organisation may make per minute (429 beyond). */
  readonly writesPerMinute: number;
}

function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1)
    throw new Error(`${name} must be a whole number ≥ 1, not ${value}`);
  return parsed;
}

/**
 * NoK's municipalities' organisation numbers come from configuration (R3): a JSON object of
 * municipality name → number in `SAMVERKAN_MUNICIPALITIES`, e.g. `{"Kiruna":"NNNNNN-NNNN"}`.
 */
export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const municipalitiesJson = env.SAMVERKAN_MUNICIPALITIES ?? "{}";
  let parsed: unknown;
  try {
    parsed = JSON.parse(municipalitiesJson);
  } catch {
    throw new Error(
      "SAMVERKAN_MUNICIPALITIES must be a JSON object of municipality name → organisation number",
    );
  }
  const members = ltuNokMembers(parsed as Record<string, string>);
  if (!members.ok) throw new Error(`SAMVERKAN_MUNICIPALITIES: ${members.violation.message}`);
  return {
    tableName: env.SAMVERKAN_TABLE ?? "samverkan-local",
    ...(env.DYNAMODB_ENDPOINT ? { dynamoEndpoint: env.DYNAMODB_ENDPOINT } : {}),
    corsOrigins: (env.CORS_ORIGINS ?? "")
      .split(",")
      .map((o) => o.trim())
      .filter(Boolean),
    municipalities: members.value,
    writesPerMinute: positiveInteger(
      "RATE_LIMIT_WRITES_PER_MINUTE",
      env.RATE_LIMIT_WRITES_PER_MINUTE,
      REQUEST_LIMITS.writesPerOrganisationPerMinute,
    ),
  };
}
