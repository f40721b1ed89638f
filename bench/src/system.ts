import { randomUUID } from "node:crypto";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { createApp } from "@samverkan/api";
import {
  createLetter,
  Dynamo,
  dynamoClient,
  dynamoLayer,
  dynamoOperations,
  ensureTable,
  logNotifier,
} from "@samverkan/core";
import { API_AUDIENCE, startLocalProvider } from "@samverkan/core/local";
import { date, signedLtuNokLetterEvents } from "@samverkan/domain";
import * as Effect from "effect/Effect";
import * as Layer from "effect/Layer";
import * as ManagedRuntime from "effect/ManagedRuntime";

/** The app and the run on a fresh table in a DynamoDB Local, with a client that counts requests. */
export async function createBenchSystem(endpoint: string) {
  const tableName = `bench-${randomUUID()}`;
  const raw = dynamoClient({ tableName, endpoint });
  await ensureTable(raw, tableName);
  const counter = { requests: 0 };
  const client = new Proxy(raw, {
    get(target, property, receiver) {
      if (property !== "send") return Reflect.get(target, property, receiver);
      return (...args: Parameters<DynamoDBClient["send"]>) => {
        counter.requests++;
        return (target.send as (...a: unknown[]) => Promise<unknown>)(...args);
      };
    },
  });
  const runtime = ManagedRuntime.make(Layer.merge(dynamoLayer({ tableName }, client), logNotifier));
  // Loading letters only (a fresh table, each letter written once): a letter's transaction is
  // written as batches and updates instead. DynamoDB Local runs transactions one at a time, so
  // loading 10 000 letters transactionally took longer than the whole bench may (issue 20).
  const operations = dynamoOperations(raw, tableName);
  const seeding = ManagedRuntime.make(
    Layer.merge(
      Layer.succeed(Dynamo, {
        ...operations,
        transact: (writes) =>
          Effect.gen(function* () {
            const puts = writes.flatMap((w) => ("put" in w ? [{ put: w.put.item }] : []));
            for (let i = 0; i < puts.length; i += 25)
              yield* operations.batchWrite(puts.slice(i, i + 25));
            for (const write of writes)
              if ("update" in write) yield* operations.updateItem(write.update);
            for (const write of writes)
              if ("delete" in write) yield* operations.batchWrite([{ delete: write.delete.key }]);
          }),
      }),
      logNotifier,
    ),
  );
  // The local OpenID Provider (D-40), trusted through discovery and JWKS as a stage's issuer is;
  // bound to the organisations the bench mints tokens for.
  const provider = await startLocalProvider({ accounts: [], unref: true });
  const trusted = { issuer: provider.issuer, orgNumbers: [] as string[] };
  const app = createApp({
    runtime: runtime as never,
    auth: { audience: API_AUDIENCE, issuers: [trusted] },
    corsOrigins: [],
    municipalities: [],
    // Throughput is what is measured here, not the per-organisation write limit.
    writesPerMinute: 1_000_000,
  });
  return {
    tableName,
    raw,
    app,
    runtime,
    counter,
    // Tokens carry a name, as every real one does (the API names signers from it, D-34).
    token: (org: string, roles: string[]) => {
      if (!trusted.orgNumbers.includes(org)) trusted.orgNumbers.push(org);
      return provider.mint({ sub: "bench", org, roles, name: "Bench Person" });
    },
    /**
     * Loads a signed LTU–NoK letter under `letterId`, recorded on its signing day; with
     * `parties`, between those two organisations instead (letters across many organisations).
     */
    seed: async (letterId: string, signedOn: string, parties?: readonly [string, string]) => {
      // Signed as through the API: a signature carries the signer's name from their token, so a
      // read names the signers without the people directory (D-34: only a signature recorded
      // without a name is looked up there).
      const events = signedLtuNokLetterEvents({
        letterId,
        signedOn: date(signedOn),
        signers: {
          "222000-0653": { sub: "bench-nok", name: "Nora Nilsson" },
          "202100-2841": { sub: "bench-ltu", name: "Lars Lindqvist" },
        },
      });
      const between = parties
        ? (JSON.parse(
            JSON.stringify(events)
              .replaceAll("222000-0653", parties[0])
              .replaceAll("202100-2841", parties[1]),
          ) as typeof events)
        : events;
      await seeding.runPromise(
        createLetter(letterId, between, {
          actor: { sub: "bench", orgNumber: parties?.[0] ?? "222000-0653" },
          requestId: "bench",
          recordedAt: `${signedOn}T10:00:00Z`,
          reply: () => null,
        }),
      );
      return letterId;
    },
    close: async () => {
      await seeding.dispose();
      await runtime.dispose();
    },
  };
}

/** A valid organisation number (Luhn check digit) made from a number: bench organisations. */
export function benchOrgNumber(n: number): string {
  const nine = `55${String(n).padStart(7, "0")}`;
  const sum = [...nine].reduce((total, digit, i) => {
    const doubled = Number(digit) * (i % 2 === 0 ? 2 : 1);
    return total + (doubled > 9 ? doubled - 9 : doubled);
  }, 0);
  const ten = `${nine}${(10 - (sum % 10)) % 10}`;
  return `${ten.slice(0, 6)}-${ten.slice(6)}`;
}

export type BenchSystem = Awaited<ReturnType<typeof createBenchSystem>>;
