import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, LTU, NOK, signedAgreement, type TestApp } from "../support/test-app";

/** Wraps the real client: fails the n-th request before it is sent, or after it was applied. */
function faultInjector() {
  const state = {
    calls: 0,
    failAt: 0,
    when: "before" as "before" | "after",
    kind: "throttle" as "throttle" | "network",
  };
  const failure = () =>
    state.kind === "throttle"
      ? Object.assign(new Error("Rate of requests exceeds the allowed throughput"), {
          name: "ThrottlingException",
          $metadata: { httpStatusCode: 400 },
        })
      : Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" });
  const wrap = (client: DynamoDBClient) =>
    new Proxy(client, {
      get(target, property, receiver) {
        if (property !== "send") return Reflect.get(target, property, receiver);
        return async (...args: Parameters<DynamoDBClient["send"]>) => {
          state.calls++;
          const failing = state.calls === state.failAt;
          if (failing && state.when === "before") throw failure();
          const result = await (target.send as (...a: unknown[]) => Promise<unknown>)(...args);
          if (failing && state.when === "after") throw failure();
          return result;
        };
      },
    });
  return { state, wrap };
}

const faults = faultInjector();
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ wrapClient: faults.wrap });
});
afterAll(() => t.close());

const dialogsOf = async (id: string) =>
  (await t.as(NOK, ["viewer"]).get(`/v1/agreements/${id}/dialogs`)).json.items as unknown[];
const eventCount = async (id: string) =>
  (await t.as(NOK, ["viewer"]).get(`/v1/agreements/${id}/events?limit=200`)).json.items
    .length as number;

describe("faults in DynamoDB at each step of a command", () => {
  it("503 with Retry-After at every step; the stored state is all of the command or none; a retry completes it once", async () => {
    // How many DynamoDB requests does one POST /dialogs with an Idempotency-Key make?
    const probe = await signedAgreement(t);
    faults.state.failAt = 0;
    const before = faults.state.calls;
    await t
      .as(NOK, ["coordinator"])
      .post(
        `/v1/agreements/${probe}/dialogs`,
        { scheduledOn: "2026-04-15" },
        { "idempotency-key": "probe" },
      );
    const steps = faults.state.calls - before;
    expect(steps).toBeGreaterThanOrEqual(3); // idempotency read, letter read, one transaction

    for (const when of ["before", "after"] as const) {
      for (const kind of ["throttle", "network"] as const) {
        for (let step = 1; step <= steps; step++) {
          const id = await signedAgreement(t);
          const events = await eventCount(id);
          const key = { "idempotency-key": `dialog-${when}-${kind}-${step}` };
          Object.assign(faults.state, { failAt: faults.state.calls + step, when, kind });
          const failed = await t
            .as(NOK, ["coordinator"])
            .post(`/v1/agreements/${id}/dialogs`, { scheduledOn: "2026-04-15" }, key);
          const label = `${kind} ${when} request ${step} of ${steps}`;
          expect(failed.status, label).toBe(503);
          expect(failed.headers.get("retry-after"), label).toBe("1");
          expect(failed.json.code, label).toBe("storage-unavailable");
          const stored = await dialogsOf(id);
          // All or nothing: only a fault after the transaction leaves the command applied.
          expect([0, 1], label).toContain(stored.length);
          expect(await eventCount(id), label).toBe(events + stored.length);
          faults.state.failAt = 0;
          const retried = await t
            .as(NOK, ["coordinator"])
            .post(`/v1/agreements/${id}/dialogs`, { scheduledOn: "2026-04-15" }, key);
          expect(retried.status, label).toBe(201);
          expect(await dialogsOf(id), label).toHaveLength(1);
          expect(await eventCount(id), label).toBe(events + 1);
        }
      }
    }
  });

  it("a read that fails is 503, and the same read then succeeds", async () => {
    const id = await signedAgreement(t);
    faults.state.failAt = faults.state.calls + 1;
    faults.state.when = "before";
    expect((await t.as(LTU, ["viewer"]).get(`/v1/agreements/${id}`)).status).toBe(503);
    expect((await t.as(LTU, ["viewer"]).get(`/v1/agreements/${id}`)).status).toBe(200);
  });
});
