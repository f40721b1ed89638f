// The API as deployed: built from the stage's environment (SST links and secrets, infra/api.ts),
// for the buffered handler behind API Gateway (lambda.ts) and the streaming one (lambda-streaming.ts).
import {
  dynamoLayer,
  PersonKeyWrapping,
  readSettings,
  readTrustedIssuers,
  type TrustedIssuer,
  wrappingKeyOf,
} from "@samverkan/core";
import { LULEA_TEKNISKA_UNIVERSITET, NORRBOTTENS_KOMMUNER } from "@samverkan/domain";
import * as Layer from "effect/Layer";
import * as ManagedRuntime from "effect/ManagedRuntime";
import { createApp } from "./http/app";
import type { AppDeps } from "./http/app-deps";

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set for a deployed stage`);
  return value;
}

const settings = readSettings();

/**
 * The issuers this stage trusts (D-41): `SAMVERKAN_TRUSTED_ISSUERS` (docs/operations.md), https
 * only, so the local provider's tokens are never accepted. A stage configured before issue #21
 * gives one issuer in AUTH_ISSUER (and AUTH_JWKS_URL): it is bound to the letter's parties and
 * configured municipalities only, never to any organisation.
 */
function trustedIssuers(): TrustedIssuer[] {
  const json = process.env.SAMVERKAN_TRUSTED_ISSUERS;
  if (json) return readTrustedIssuers(json, { requireHttps: true });
  return readTrustedIssuers(
    JSON.stringify([
      {
        issuer: required("AUTH_ISSUER"),
        orgNumbers: [
          NORRBOTTENS_KOMMUNER.orgNumber,
          LULEA_TEKNISKA_UNIVERSITET.orgNumber,
          ...settings.municipalities.map((m) => m.orgNumber),
        ],
        ...(process.env.AUTH_JWKS_URL ? { jwksUrl: process.env.AUTH_JWKS_URL } : {}),
      },
    ]),
    { requireHttps: true },
  );
}

/**
 * The app from the stage's environment; `extra` adds what only one of the two handlers has (the
 * buffered one: where the archive package is streamed from).
 */
export const deployedApp = (extra: Partial<AppDeps> = {}) =>
  createApp({
    runtime: ManagedRuntime.make(
      Layer.merge(
        dynamoLayer({ tableName: settings.tableName }),
        // Every instance opens the names every other sealed (D-58).
        Layer.succeed(PersonKeyWrapping, wrappingKeyOf(required("SAMVERKAN_PERSON_KEY_WRAPPING"))),
      ),
    ),
    auth: { audience: required("AUTH_AUDIENCE"), issuers: trustedIssuers() },
    corsOrigins: settings.corsOrigins,
    municipalities: settings.municipalities,
    writesPerMinute: settings.writesPerMinute,
    // Every instance signs list cursors with the same key, so a cursor works on any of them (D-37).
    cursorKey: required("SAMVERKAN_CURSOR_KEY"),
    ...extra,
  });
