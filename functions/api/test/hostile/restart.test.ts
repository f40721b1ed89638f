import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type DynamoDbLocal, freePort, startDynamoDbLocal } from "@samverkan/core/local";
import { afterAll, describe, expect, it } from "vitest";
import { createTestApp, LTU, signedAgreement, type TestApp } from "../support/test-app";

const dataDir = mkdtempSync(join(tmpdir(), "samverkan-restart-"));
let local: DynamoDbLocal | undefined;
let t: TestApp | undefined;
afterAll(async () => {
  await t?.close();
  await local?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("DynamoDB Local stopped and restarted under a running server", () => {
  it("requests fail cleanly with 503 while it is down, then work again without restarting the server", async () => {
    const port = await freePort();
    local = await startDynamoDbLocal({ port, dataDir });
    t = await createTestApp({ endpoint: local.endpoint });
    const id = await signedAgreement(t);
    expect((await t.as(LTU, ["viewer"]).get(`/v1/agreements/${id}`)).status).toBe(200);

    await local.stop();
    const started = performance.now();
    const down = await t.as(LTU, ["viewer"]).get(`/v1/agreements/${id}`);
    expect(down.status).toBe(503);
    expect(down.headers.get("retry-after")).toBe("1");
    expect(down.json.code).toBe("storage-unavailable");
    expect(performance.now() - started).toBeLessThan(10_000);
    const write = await t
      .as(LTU, ["signatory"])
      .post(`/v1/agreements/${id}/termination`, { receivedOn: "2026-11-30" });
    expect(write.status).toBe(503);

    local = await startDynamoDbLocal({ port, dataDir });
    const up = await t.as(LTU, ["viewer"]).get(`/v1/agreements/${id}`);
    expect(up.status).toBe(200);
    expect(up.json.notice).toBeNull();
    expect(
      (
        await t
          .as(LTU, ["signatory"])
          .post(`/v1/agreements/${id}/termination`, { receivedOn: "2026-11-30" })
      ).status,
    ).toBe(201);
  });
});
