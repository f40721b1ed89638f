import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  type KeySchemaElement,
} from "@aws-sdk/client-dynamodb";
import { dynamoClient, ensureTable } from "@samverkan/core";
import { startDynamoDbLocal } from "@samverkan/core/local";
import { beforeAll, describe, expect, it } from "vitest";
import { TABLE_DESIGN } from "../../packages/table/src/index";
import { type Declared, installSstRecorder } from "./sst-recorder";

const root = resolve(__dirname, "../..");
let declared: Declared[];
const one = (kind: string) => {
  const found = declared.filter((d) => d.kind === kind);
  expect(found, kind).toHaveLength(1);
  return found[0] as Declared;
};

beforeAll(async () => {
  declared = installSstRecorder("production");
  await import("../storage");
  await import("../api");
  await import("../scheduler");
});

/** `path/to/file.export` → does the file exist and export that name? */
function handlerExists(handler: string) {
  const dot = handler.lastIndexOf(".");
  const file = join(root, `${handler.slice(0, dot)}.ts`);
  const name = handler.slice(dot + 1);
  return (
    existsSync(file) &&
    new RegExp(`export (const|async function|function) ${name}\\b`).test(readFileSync(file, "utf8"))
  );
}

describe("the infrastructure declared for AWS", () => {
  it("R22 the table declared for AWS has the keys, index and TTL of the live table the tests run on", async () => {
    // Not the key design compared with itself: the table that DynamoDB Local actually made from
    // it (as every storage test does), described by DynamoDB, against what infra/ declares.
    const local = await startDynamoDbLocal();
    try {
      const client = dynamoClient({ tableName: "infra-check", endpoint: local.endpoint });
      await ensureTable(client, "infra-check");
      const { Table } = await client.send(new DescribeTableCommand({ TableName: "infra-check" }));
      const ttl = await client.send(new DescribeTimeToLiveCommand({ TableName: "infra-check" }));
      const keyOf = (schema: KeySchemaElement[] | undefined, type: string) =>
        schema?.find((k) => k.KeyType === type)?.AttributeName;
      const { args } = one("Dynamo");
      expect(args.primaryIndex).toEqual({
        hashKey: keyOf(Table?.KeySchema, "HASH"),
        rangeKey: keyOf(Table?.KeySchema, "RANGE"),
      });
      expect(args.globalIndexes).toEqual(
        Object.fromEntries(
          (Table?.GlobalSecondaryIndexes ?? []).map((index) => [
            index.IndexName,
            { hashKey: keyOf(index.KeySchema, "HASH"), rangeKey: keyOf(index.KeySchema, "RANGE") },
          ]),
        ),
      );
      expect(args.fields).toEqual(
        Object.fromEntries(
          (Table?.AttributeDefinitions ?? []).map((a) => [
            a.AttributeName,
            a.AttributeType === "S" ? "string" : "number",
          ]),
        ),
      );
      expect(args.ttl).toBe(ttl.TimeToLiveDescription?.AttributeName);
      expect(args.deletionProtection).toBe(true);
      // And the names are the ones the queries of the daily run use.
      expect(Object.keys(args.globalIndexes as object)).toEqual([TABLE_DESIGN.dueDateIndex.name]);
    } finally {
      await local.stop();
    }
  }, 60_000);

  it("every handler points at a file that exists and exports it", () => {
    const api = one("ApiGatewayV2");
    const handlers = [
      ...api.routes.map((r) => r.args.handler as string),
      (one("CronV2").args.function as { handler: string }).handler,
    ];
    expect(handlers).toEqual([
      "functions/api/src/lambda.handler",
      "functions/scheduler/src/handler.handler",
    ]);
    for (const handler of handlers) expect(handlerExists(handler), handler).toBe(true);
  });

  it("R22 the schedule is daily at 06:00 Europe/Stockholm, retried, with a dead-letter queue", () => {
    const { args } = one("CronV2");
    expect(args.schedule).toBe("cron(0 6 * * ? *)");
    expect(args.timezone).toBe("Europe/Stockholm");
    expect(args.retries).toBeGreaterThan(0);
    expect(args.dlq).toBe(`Queue:EnforcementFailures:arn`);
  });

  it("each function gets only the table and bus actions it uses", () => {
    const apiPermissions = one("ApiGatewayV2").routes[0]?.args.permissions as Array<{
      actions: string[];
      resources: string[];
    }>;
    const runPermissions = (
      one("CronV2").args.function as {
        permissions: Array<{ actions: string[]; resources: string[] }>;
      }
    ).permissions;
    for (const permission of [...apiPermissions, ...runPermissions]) {
      for (const action of permission.actions) expect(action).not.toMatch(/\*/);
      for (const resource of permission.resources) expect(resource).not.toBe("*");
    }
    expect(apiPermissions.flatMap((p) => p.actions)).not.toContain("events:PutEvents");
    expect(apiPermissions.flatMap((p) => p.actions)).not.toContain("dynamodb:Scan");
    expect(runPermissions.flatMap((p) => p.actions)).toContain("events:PutEvents");
    expect(runPermissions.flatMap((p) => p.actions)).not.toContain("dynamodb:Scan");
  });

  it("configuration comes from per-stage secrets, none from the repository", () => {
    const env = one("ApiGatewayV2").routes[0]?.args.environment as Record<string, string>;
    expect(env.AUTH_ISSUER).toBe("Secret:AuthIssuer:value");
    expect(env.AUTH_JWKS_URL).toBe("Secret:AuthJwksUrl:value");
    expect(env.SAMVERKAN_TABLE).toBe("Dynamo:Table:name");
  });
});
