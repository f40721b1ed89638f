import { dynamoLayer, LOCAL_ISSUER, readSettings } from "@samverkan/core";
import * as ManagedRuntime from "effect/ManagedRuntime";
import { handle } from "hono/aws-lambda";
import { createRemoteJWKSet } from "jose";
import { createApp } from "./http/app";

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set for a deployed stage`);
  return value;
}

const settings = readSettings();
const issuer = required("AUTH_ISSUER");
// A deployed stage never accepts the local development issuer's tokens.
if (issuer === LOCAL_ISSUER)
  throw new Error("AUTH_ISSUER must be the identity provider's issuer, not the local one");

const app = createApp({
  runtime: ManagedRuntime.make(dynamoLayer({ tableName: settings.tableName })),
  auth: {
    issuer,
    audience: required("AUTH_AUDIENCE"),
    keys: createRemoteJWKSet(new URL(required("AUTH_JWKS_URL"))),
  },
  corsOrigins: settings.corsOrigins,
  municipalities: settings.municipalities,
  writesPerMinute: settings.writesPerMinute,
  // Every instance signs list cursors with the same key, so a cursor works on any of them (D-37).
  cursorKey: required("SAMVERKAN_CURSOR_KEY"),
});

/** The API as an AWS Lambda handler (API Gateway HTTP API or a function URL). */
export const handler = handle(app);
