import { Writable } from "node:stream";
import { verifyArchivePackage } from "@samverkan/core/archive";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { archiveStreamingHandler } from "../src/archive-streaming";
import { contractViolation } from "./support/contract-check";
import { createTestApp, LTU, NOK, signedAgreement, type TestApp } from "./support/test-app";

// D-67: on AWS the API sits behind API Gateway, whose Lambda responses are buffered and stop at
// 6 MB; the archive package of a long-lived letter is larger. It is streamed by a function of its
// own (Lambda response streaming behind a function URL), and the buffered API redirects there.

/**
 * What the Lambda Node.js runtime provides as the global `awslambda` (its response-streaming
 * API), made here as the runtime does: the handler writes the response into a writable stream,
 * prefixed by the status and headers given to `HttpResponseStream.from`.
 */
interface Captured {
  metadata?: { statusCode: number; headers: Record<string, string> };
  chunks: Buffer[];
  ended: boolean;
}
function installLambdaStreamingRuntime() {
  (globalThis as Record<string, unknown>).awslambda = {
    streamifyResponse: (handler: unknown) => handler,
    HttpResponseStream: {
      from: (stream: Writable & { metadata?: unknown }, metadata: unknown) => {
        stream.metadata = metadata;
        return stream;
      },
    },
  };
}

function responseStream(captured: Captured) {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      captured.chunks.push(Buffer.from(chunk));
      done();
    },
    final(done) {
      captured.ended = true;
      done();
    },
  });
  Object.defineProperty(stream, "metadata", {
    set: (value) => {
      captured.metadata = value;
    },
  });
  return stream;
}

/** A Lambda function URL event (payload format 2.0), as AWS sends it. */
const functionUrlEvent = (path: string, token: string) => ({
  version: "2.0",
  routeKey: "$default",
  rawPath: path,
  rawQueryString: "",
  headers: { authorization: `Bearer ${token}`, host: "archive.lambda-url.eu-north-1.on.aws" },
  requestContext: {
    domainName: "archive.lambda-url.eu-north-1.on.aws",
    http: { method: "GET", path, protocol: "HTTP/1.1", sourceIp: "192.0.2.1", userAgent: "test" },
    requestId: "streaming-test",
    routeKey: "$default",
    stage: "$default",
    time: new Date().toUTCString(),
    timeEpoch: Date.now(),
  },
  isBase64Encoded: false,
});

let t: TestApp;
let deployed: TestApp;
let id: string;
beforeAll(async () => {
  t = await createTestApp();
  deployed = await createTestApp({ archiveUrl: "https://archive.lambda-url.eu-north-1.on.aws/" });
  id = await signedAgreement(t);
  await signedAgreement(deployed);
});
afterAll(async () => {
  await t.close();
  await deployed.close();
});

type StreamingHandler = (event: unknown, stream: Writable, context: unknown) => Promise<void>;

describe("D-67 the archive package streamed on AWS", () => {
  it("finding: on AWS a buffered Lambda cuts an archive package at 6 MB — the streaming function sends the package in chunks as it is made, and it verifies", async () => {
    installLambdaStreamingRuntime();
    const handler = archiveStreamingHandler(t.app) as unknown as StreamingHandler;
    const captured: Captured = { chunks: [], ended: false };
    const path = `/v1/agreements/${id}/archive-package`;
    await handler(
      functionUrlEvent(path, await t.token(NOK, ["viewer"])),
      responseStream(captured),
      {},
    );
    expect(captured.metadata?.statusCode).toBe(200);
    expect(captured.metadata?.headers["content-type"]).toBe("application/zip");
    expect(
      contractViolation("GET", path, 200, captured.metadata?.headers["content-type"] ?? null, null),
    ).toBeUndefined();
    expect(captured.ended).toBe(true);
    // Written as it is made: many writes, none the whole package.
    const bytes = Buffer.concat(captured.chunks);
    expect(captured.chunks.length).toBeGreaterThan(4);
    expect(Math.max(...captured.chunks.map((c) => c.length))).toBeLessThan(bytes.length / 2);
    expect(verifyArchivePackage(new Map(Object.entries(unzipSync(bytes))))).toEqual([]);
  });

  it("D-67 the streaming function serves the package only, with the app's own auth: another path is 404, no token 401", async () => {
    installLambdaStreamingRuntime();
    const handler = archiveStreamingHandler(t.app) as unknown as StreamingHandler;
    const other: Captured = { chunks: [], ended: false };
    await handler(
      functionUrlEvent(`/v1/agreements/${id}`, await t.token(LTU, ["signatory"])),
      responseStream(other),
      {},
    );
    expect(other.metadata?.statusCode).toBe(404);
    const anonymous: Captured = { chunks: [], ended: false };
    const event = functionUrlEvent(`/v1/agreements/${id}/archive-package`, "");
    event.headers = { host: event.headers.host } as typeof event.headers;
    await handler(event, responseStream(anonymous), {});
    expect(anonymous.metadata?.statusCode).toBe(401);
  });

  it("D-67 behind API Gateway the package route answers 307 to the streaming function, as the OpenAPI document declares", async () => {
    const letter = await signedAgreement(deployed);
    const response = await deployed
      .as(NOK, ["viewer"])
      .get(`/v1/agreements/${letter}/archive-package`);
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe(
      `https://archive.lambda-url.eu-north-1.on.aws/v1/agreements/${letter}/archive-package`,
    );
  });
});
