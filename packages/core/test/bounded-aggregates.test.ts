import {
  type DynamoDBClient,
  GetItemCommand,
  TransactWriteItemsCommand,
} from "@aws-sdk/client-dynamodb";
import { keys } from "@samverkan/table";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_TRANSACTION_ITEMS } from "../src/index";
import { createHarness, type Harness } from "./support/harness";

/** The largest transaction the core sent, in items and in bytes of its JSON. */
const largest = { items: 0, bytes: 0 };
function recordingTransactions(client: DynamoDBClient): DynamoDBClient {
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property !== "send") return Reflect.get(target, property, receiver);
      return (command: { input: unknown }) => {
        if (command instanceof TransactWriteItemsCommand) {
          const items = command.input.TransactItems ?? [];
          largest.items = Math.max(largest.items, items.length);
          largest.bytes = Math.max(largest.bytes, JSON.stringify(items).length);
        }
        return (target.send as (c: unknown) => Promise<unknown>)(command);
      };
    },
  });
}

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ wrapClient: recordingTransactions });
});
afterAll(() => h.close());

const NEEDS = 10_000;
const DIALOGS = 1_000;
const description = "Behov av kompetensutveckling i inlandskommunerna. "
  .repeat(200)
  .slice(0, 10_000);
const topics = {
  outsideWorld: "EU:s sammanhållningsmedel",
  trends: "AI i äldreomsorgen",
  futureChallenges: "Lärarförsörjning",
  directionAdjustments: "Ingen justering",
};
const day = (offset: number) =>
  new Date(Date.UTC(2025, 9, 2) + offset * 86_400_000).toISOString().slice(0, 10);

/** Runs `count` commands `at` a time (one letter's writes are serialised anyway; a few overlap). */
async function inBatches(count: number, at: number, run: (i: number) => Promise<unknown>) {
  for (let i = 0; i < count; i += at)
    await Promise.all(Array.from({ length: Math.min(at, count - i) }, (_, j) => run(i + j)));
}

describe("bounded aggregates: no item or transaction grows with a letter's history", () => {
  it("R19 R14 R10 a letter with 10 000 needs of 10 000 characters and 1 000 dialogs still accepts a notice, a signature and a new dialog", async () => {
    await h.seed("big", "2025-10-01");
    await h.command("big", "2025-10-01", {
      type: "SetCollaborationGroup",
      members: [
        { name: "Nora", orgNumber: "222000-0653" },
        { name: "Lars", orgNumber: "202100-2841" },
      ],
      setOn: "2025-10-01",
    });
    await inBatches(NEEDS, 4, (i) =>
      h.command("big", "2026-01-10", {
        type: "RegisterNeed",
        need: { needId: `need-${i}`, title: `Behov ${i}`, description, focusAreas: ["education"] },
        raisedBy: "222000-0653",
        raisedOn: "2026-01-10",
      }),
    );
    for (let i = 0; i < DIALOGS; i++) {
      const on = day(i);
      await h.command("big", on, { type: "ScheduleDialog", dialogId: `d-${i}`, scheduledOn: on });
      await h.command("big", on, {
        type: "RecordDialog",
        dialogId: `d-${i}`,
        heldOn: on,
        topics,
        needsReview: { needs: [] },
      });
    }
    const today = day(DIALOGS + 1);

    // A new dialog, an activity's special agreement signed by both parties, a notice.
    await h.command("big", today, { type: "ScheduleDialog", dialogId: "next", scheduledOn: today });
    const activity = { kind: "activity" as const, id: "act" };
    await h.command(
      "big",
      today,
      {
        type: "DefineActivity",
        activityId: "act",
        title: "Distansutbildning",
        kind: "distance-education",
        focusAreas: ["education"],
        needIds: ["need-0", `need-${NEEDS - 1}`],
        definedOn: today,
      },
      "202100-2841",
      activity,
    );
    for (const org of ["222000-0653", "202100-2841"])
      await h.command(
        "big",
        today,
        { type: "SignSpecialAgreement", signedOn: today },
        org,
        activity,
      );
    await h.command(
      "big",
      today,
      { type: "GiveTerminationNotice", receivedOn: today },
      "202100-2841",
    );

    const letter = await h.letter("big");
    expect(letter.notice?.receivedOn).toBe(today);
    expect(letter.openDialogs.map((d) => d.dialogId)).toEqual(["next"]);
    const head = await h.client.send(
      new GetItemCommand({
        TableName: h.tableName,
        Key: { pk: { S: keys.letter("big").pk }, sk: { S: "HEAD" } },
      }),
    );
    const headBytes = JSON.stringify(head.Item).length;
    // The head holds no need or dialog list: a few KB, against DynamoDB's 400 KB per item.
    expect(headBytes).toBeLessThan(8_000);
    expect(largest.items).toBeLessThanOrEqual(MAX_TRANSACTION_ITEMS);
    // The largest write is one need's own item with its 10 000 characters, not the letter's.
    expect(largest.bytes).toBeLessThan(40_000);
    console.log(
      `bounded: head ${headBytes} bytes after ${NEEDS} needs and ${DIALOGS} dialogs; largest transaction ${largest.items} items, ${largest.bytes} bytes`,
    );
  }, 900_000);
});
