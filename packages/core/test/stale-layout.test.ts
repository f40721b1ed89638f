import * as Effect from "effect/Effect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Dynamo, dynamoLayer, readLetter } from "../src/index";
import { createHarness, type Harness } from "./support/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

describe("data written by an earlier version", () => {
  it("a letter head of the first release's layout is refused with a message, never half-read", async () => {
    // The first release kept every need and dialog in the head and had no layout attribute.
    const table = dynamoLayer({ tableName: h.tableName }, h.client);
    await Effect.runPromise(
      Dynamo.use((dynamo) =>
        dynamo.putItem({
          item: {
            pk: "LOI#old",
            sk: "HEAD",
            streamVersion: 3,
            letter: JSON.stringify({ letterId: "old", dialogs: [], needs: [] }),
            viewers: ["222000-0653"],
          },
        }),
      ).pipe(Effect.provide(table)),
    );
    const read = Effect.runPromise(readLetter("old").pipe(Effect.provide(table)));
    await expect(read).rejects.toThrow(
      /stored by an earlier version \(layout 1, this version reads 2\)/,
    );
  });
});
