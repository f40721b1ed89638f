import { PutItemCommand } from "@aws-sdk/client-dynamodb";
import * as Effect from "effect/Effect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Dynamo, readLetter } from "../src/index";
import { createHarness, type Harness } from "./support/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

describe("data written by an earlier version", () => {
  it("a letter head of the first release's layout is refused with a message, never half-read", async () => {
    // The first release kept every need and dialog in the head and had no layout attribute.
    await h.client.send(
      new PutItemCommand({
        TableName: h.tableName,
        Item: {
          pk: { S: "LOI#old" },
          sk: { S: "HEAD" },
          streamVersion: { N: "3" },
          letter: { S: JSON.stringify({ letterId: "old", dialogs: [], needs: [] }) },
          viewers: { L: [{ S: "222000-0653" }] },
        },
      }),
    );
    const read = Effect.runPromise(
      readLetter("old").pipe(
        Effect.provideService(Dynamo, { client: h.client, tableName: h.tableName }),
      ),
    );
    await expect(read).rejects.toThrow(
      /stored by an earlier version \(layout 1, this version reads 2\)/,
    );
  });
});
