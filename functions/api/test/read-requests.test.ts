import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { createLetter, rememberPerson } from "@samverkan/core";
import { date, signedLtuNokLetterEvents } from "@samverkan/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestApp,
  LTU,
  NOK,
  signedAgreement,
  TEST_TODAY,
  type TestApp,
} from "./support/test-app";

// D-66: a read of a letter is one GetItem once the process has read the people it names — the
// person keys of sealed signers (D-58) and the directory entries of signers recorded with a plain
// name (before D-58) — and an erasure shows at once in the process that made it.

const sent: string[] = [];
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({
    wrapClient: (client) =>
      new Proxy(client, {
        get(target, property, receiver) {
          if (property !== "send") return Reflect.get(target, property, receiver);
          return (command: { constructor: { name: string } }, ...rest: unknown[]) => {
            sent.push(command.constructor.name);
            return (target.send as (...a: unknown[]) => Promise<unknown>)(command, ...rest);
          };
        },
      }) as DynamoDBClient,
  });
});
afterAll(() => t.close());

const requestsOf = async (read: () => Promise<unknown>) => {
  sent.length = 0;
  await read();
  return [...sent];
};

describe("D-66 a read of a letter makes one request once its people are known", () => {
  it("finding: a read of a signed letter asked for each signer's key or directory entry every time — the second read of a letter signed through the API is one GetItem", async () => {
    const id = await signedAgreement(t);
    const read = () => t.as(LTU, ["viewer"]).get(`/v1/agreements/${id}`);
    await read();
    expect(await requestsOf(read)).toEqual(["GetItemCommand"]);
    const again = await read();
    expect(
      again.json.parties.map(
        (p: { signature: { signedBy: { name: string } } }) => p.signature.signedBy.name,
      ),
    ).toEqual(["Test Person", "Test Person"]);
  });

  it("D-66 D-59 a letter whose signers were recorded with plain names: one GetItem on the second read, and the erasure of a signer shows at once", async () => {
    const id = "plain-names";
    const events = signedLtuNokLetterEvents({
      letterId: id,
      signedOn: date("2025-10-01"),
      signers: {
        [NOK.orgNumber]: { sub: "nora", name: "Nora Nilsson" },
        [LTU.orgNumber]: { sub: "lars", name: "Lars Lindqvist" },
      },
    });
    await t.runtime.runPromise(
      createLetter(id, events, {
        actor: { sub: "loader", orgNumber: NOK.orgNumber },
        requestId: "plain-names",
        recordedAt: "2025-10-01T10:00:00Z",
        reply: () => null,
      }),
    );
    const read = () => t.as(LTU, ["viewer"]).get(`/v1/agreements/${id}`);
    await read();
    expect(await requestsOf(read)).toEqual(["GetItemCommand"]);
    // Lars signs in once (the directory keeps his name: the process forgets what it kept), then
    // LTU's coordinator erases him (D-59): the next read in this process names him erased.
    await t.runtime.runPromise(
      rememberPerson(
        { orgNumber: LTU.orgNumber, sub: "lars" },
        "Lars Lindqvist",
        new Date().toISOString(),
      ),
    );
    const person = (await read()).json.parties.find(
      (p: { orgNumber: string }) => p.orgNumber === LTU.orgNumber,
    ).signature.signedBy;
    expect(person.name).toBe("Lars Lindqvist");
    const erased = await t
      .as(LTU, ["coordinator"])
      .post(
        `/v1/people/${person.id}/erasure`,
        { decision: { reference: "LTU 2026/123", decidedOn: TEST_TODAY } },
        { "If-Match": "*" },
      );
    expect(erased.status).toBe(200);
    const after = (await read()).json.parties.find(
      (p: { orgNumber: string }) => p.orgNumber === LTU.orgNumber,
    ).signature.signedBy;
    expect(after).toMatchObject({ erased: true, name: null });
  });
});
