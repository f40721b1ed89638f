// The API on its own Node process for `pnpm bench`'s request overhead: the client that measures
// does not share the server's event loop. Serves the app on a free port against the table it is
// given, and prints one JSON line: the port and a viewer's token.
import { createApp } from "@samverkan/api";
import { dynamoLayer } from "@samverkan/core";
import { API_AUDIENCE, startLocalProvider } from "@samverkan/core/local";
import { serveApp } from "@samverkan/local";
import * as ManagedRuntime from "effect/ManagedRuntime";

const [endpoint, tableName] = process.argv.slice(2);
if (!endpoint || !tableName) throw new Error("usage: serve-app <dynamodb endpoint> <table>");
process.env.SAMVERKAN_LOG = "silent";
// Tokens of the local OpenID Provider (D-40), verified through its discovery document and JWKS.
const provider = await startLocalProvider({ accounts: [] });
const app = createApp({
  runtime: ManagedRuntime.make(dynamoLayer({ tableName, endpoint })),
  auth: {
    audience: API_AUDIENCE,
    issuers: [{ issuer: provider.issuer, orgNumbers: ["202100-2841"] }],
  },
  corsOrigins: [],
  municipalities: [],
});
const server = await serveApp(app, 0);
const address = server.address();
const port = typeof address === "object" && address ? address.port : 0;
const token = await provider.mint({ sub: "bench", org: "202100-2841", roles: ["viewer"] });
console.log(JSON.stringify({ port, token }));
