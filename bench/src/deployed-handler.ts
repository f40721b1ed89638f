// A deployed handler as the bench runs it: its bundle written out, its stage's environment on the
// bench's table in DynamoDB Local, a token from an identity provider of its own, and API Gateway's
// event. Shared by the Lambda measure and the cold start through its first answer.
import { once } from "node:events";
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import type { HandlerBundle } from "../../infra/bundle-handler";
import type { BenchSystem } from "./system";

export const ISSUER = "https://issuer.bench.example";
export const AUDIENCE = "samverkan-api";

/** An identity provider's signing key and its JWKS on a local HTTP server, as a stage has. */
export async function identityProvider() {
  const { privateKey, publicKey } = await generateKeyPair("RS256");
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: "bench", alg: "RS256" }] };
  const server = createServer((_, res) => res.end(JSON.stringify(jwks)));
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  const token = await new SignJWT({ org: "202100-2841", roles: ["viewer"] })
    .setProtectedHeader({ alg: "RS256", kid: "bench" })
    .setSubject("bench")
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime("1h")
    .sign(privateKey);
  return { jwksUrl: `http://127.0.0.1:${port}/jwks`, token, close: () => server.close() };
}

/** API Gateway's HTTP API event (payload 2.0) for a GET. */
export const getEvent = (path: string, token: string, n: number) => ({
  version: "2.0",
  routeKey: "$default",
  rawPath: path,
  rawQueryString: "",
  headers: { authorization: `Bearer ${token}`, host: "api.bench.example" },
  requestContext: {
    accountId: "bench",
    apiId: "bench",
    domainName: "api.bench.example",
    domainPrefix: "api",
    http: {
      method: "GET",
      path,
      protocol: "HTTP/1.1",
      sourceIp: "127.0.0.1",
      userAgent: "bench",
    },
    requestId: `bench-${n}`,
    routeKey: "$default",
    stage: "$default",
    time: new Date().toISOString(),
    timeEpoch: Date.now(),
  },
  isBase64Encoded: false,
});

/** A deployed handler's environment, on the bench's table in DynamoDB Local. */
export const handlerEnv = (system: BenchSystem, endpoint: string, jwksUrl: string) => ({
  ...process.env,
  SAMVERKAN_LOG: "silent",
  SAMVERKAN_TABLE: system.tableName,
  AWS_REGION: "eu-north-1",
  AWS_ACCESS_KEY_ID: "local",
  AWS_SECRET_ACCESS_KEY: "local",
  AWS_ENDPOINT_URL_DYNAMODB: endpoint,
  AUTH_ISSUER: ISSUER,
  AUTH_AUDIENCE: AUDIENCE,
  AUTH_JWKS_URL: jwksUrl,
  SAMVERKAN_CURSOR_KEY: "bench-cursor-key-not-a-secret-0123456789",
  SAMVERKAN_PERSON_KEY_WRAPPING: "bench-person-key-wrapping-not-a-secret",
  NODE_NO_WARNINGS: "1",
});

/** Writes `bundle`'s files into `dir` (made if absent) and gives the path of its entry. */
export function writeBundle(bundle: HandlerBundle, dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const [file, contents] of bundle.files) writeFileSync(join(dir, file), contents);
  return join(dir, bundle.entry);
}
