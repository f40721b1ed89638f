import {
  dynamoLayer,
  LOCAL_ISSUER,
  PersonKeyWrapping,
  readSettings,
  wrappingKeyOf,
} from "@samverkan/core";
import * as Layer from "effect/Layer";
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
  runtime: ManagedRuntime.make(
    Layer.merge(
      dynamoLayer({ tableName: settings.tableName }),
      // Every instance opens the names every other sealed (D-58).
      Layer.succeed(PersonKeyWrapping, wrappingKeyOf(required("SAMVERKAN_PERSON_KEY_WRAPPING"))),
    ),
  ),
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
