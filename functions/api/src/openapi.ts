import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { dynamoLayer } from "@samverkan/core";
import * as ManagedRuntime from "effect/ManagedRuntime";
import { createApp } from "./http/app";
import { openApiDocument as documentOf } from "./http/openapi-document";

/**
 * The API's OpenAPI 3.1 document, made from the routes' definitions and zod schemas without a server, a table or
 * a token issuer: what `packages/client` generates its types from.
 *
 * @example writeFileSync("openapi.json", JSON.stringify(openApiDocument(), null, 2))
 */
export function openApiDocument() {
  // No request is handled: the app is built only to read its route registry.
  const unused = ManagedRuntime.make(dynamoLayer({ tableName: "unused" }, {} as DynamoDBClient));
  const app = createApp({
    runtime: unused,
    auth: { audience: "unused", issuers: [] },
    corsOrigins: [],
    municipalities: [],
  });
  return documentOf(app.definitions);
}
