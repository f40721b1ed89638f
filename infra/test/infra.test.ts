import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { TABLE_DEFINITION, TABLE_DESIGN } from "../../packages/table/src/index";
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
  it("R22 the table has exactly the keys, index and TTL that the code and the DynamoDB Local tests use", () => {
    const { args } = one("Dynamo");
    const local = TABLE_DEFINITION;
    expect(args.primaryIndex).toEqual({
      hashKey: local.KeySchema.find((k) => k.KeyType === "HASH")?.AttributeName,
      rangeKey: local.KeySchema.find((k) => k.KeyType === "RANGE")?.AttributeName,
    });
    expect(args.globalIndexes).toEqual(
      Object.fromEntries(
        local.GlobalSecondaryIndexes.map((index) => [
          index.IndexName,
          {
            hashKey: index.KeySchema.find((k) => k.KeyType === "HASH")?.AttributeName,
            rangeKey: index.KeySchema.find((k) => k.KeyType === "RANGE")?.AttributeName,
          },
        ]),
      ),
    );
    expect(args.fields).toEqual(
      Object.fromEntries(local.AttributeDefinitions.map((a) => [a.AttributeName, "string"])),
    );
    expect(args.ttl).toBe(TABLE_DESIGN.ttlAttribute);
    expect(args.deletionProtection).toBe(true);
  });

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
