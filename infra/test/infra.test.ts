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
  await import("../mail");
  await import("../web");
});

const archiveFunction = () => {
  const found = declared.find((d) => d.kind === "Function" && d.name === "ArchivePackage");
  expect(found, "Function ArchivePackage").toBeDefined();
  return found as Declared;
};

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
      archiveFunction().args.handler as string,
    ];
    expect(handlers).toEqual([
      "functions/api/src/lambda.handler",
      "functions/scheduler/src/handler.handler",
      "functions/api/src/lambda-streaming.handler",
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
    // D-41: the trusted issuers, each bound to its organisations.
    expect(env.SAMVERKAN_TRUSTED_ISSUERS).toBe("Secret:TrustedIssuers:value");
    expect(env.SAMVERKAN_TABLE).toBe("Dynamo:Table:name");
    expect(env.SAMVERKAN_CURSOR_KEY).toBe("Secret:CursorKey:value");
    expect(env.SAMVERKAN_PERSON_KEY_WRAPPING).toBe("Secret:PersonKeyWrapping:value");
  });

  it("the API has the documents' font and colour profile (D-53) and the archive package's schemas (D-56) beside its bundle", () => {
    const { args } = one("ApiGatewayV2").routes[0] as { args: Record<string, unknown> };
    const env = args.environment as Record<string, string>;
    expect(args.copyFiles).toEqual([
      { from: "packages/core/src/documents/assets", to: "document-assets" },
      { from: "packages/core/src/archive/schemas", to: env.SAMVERKAN_ARCHIVE_SCHEMAS },
    ]);
    expect(env.SAMVERKAN_DOCUMENT_ASSETS).toBe("/var/task/document-assets");
  });

  it("D-67 the archive package is streamed by a function URL of its own, with the API's configuration, and the API redirects to it", () => {
    const { args } = archiveFunction();
    expect(args.streaming).toBe(true);
    expect(args.url).toBe(true);
    const api = one("ApiGatewayV2").routes[0] as { args: Record<string, unknown> };
    const apiEnv = api.args.environment as Record<string, string>;
    // The same table, secrets and assets; only the API knows where the packages are streamed.
    const { SAMVERKAN_ARCHIVE_URL, ...shared } = apiEnv;
    expect(SAMVERKAN_ARCHIVE_URL).toBe("Function:ArchivePackage:url");
    expect(args.environment).toEqual(shared);
    expect(args.copyFiles).toEqual(api.args.copyFiles);
    expect(args.permissions).toEqual(api.args.permissions);
  });
});

describe("reminder mail on AWS (infra/mail.ts)", () => {
  const named = (kind: string, name: string) => {
    const found = declared.find((d) => d.kind === kind && d.name === name);
    expect(found, `${kind} ${name}`).toBeDefined();
    return found as Declared;
  };
  const mailer = () => {
    const [subscription] = named("Queue", "MailOutbox").subscriptions ?? [];
    return subscription as { target: Record<string, unknown>; args: Record<string, unknown> };
  };

  it("R23 the mailer's handler exists and consumes its queue in batches that report each failure", () => {
    expect(mailer().target.handler).toBe("functions/mailer/src/handler.handler");
    expect(handlerExists(mailer().target.handler as string)).toBe(true);
    expect(mailer().args).toEqual({ batch: { size: 5, partialResponses: true } });
  });

  it("R23 R22 a rule on the scheduler's bus sends every notification to the mailer's queue, retried, then dead-lettered", () => {
    const [rule] = named("Bus", "Notifications").subscriptions ?? [];
    expect(rule?.name).toBe("Mailer");
    expect(rule?.target).toBe("Queue:MailOutbox:arn");
    expect(rule?.args.pattern).toEqual({
      source: ["samverkan.scheduler"],
      detailType: [{ prefix: "notification." }],
    });
    const target: Record<string, unknown> = {};
    const transform = rule?.args.transform as { target: (a: Record<string, unknown>) => void };
    transform.target(target);
    expect(target.retryPolicy).toMatchObject({ maximumRetryAttempts: expect.any(Number) });
    expect(target.deadLetterConfig).toEqual({ arn: "Queue:MailDeadLetters:arn" });
    expect(
      declared.some((d) => d.kind === "QueuePolicy" && d.args.arn === "Queue:MailDeadLetters:arn"),
    ).toBe(true);
  });

  it("R23 a failing delivery is retried 5 times, 6 minutes apart (past a delivery's 5-minute lease), then dead-lettered", () => {
    const { args } = named("Queue", "MailOutbox");
    expect(args.dlq).toEqual({ queue: "Queue:MailDeadLetters:arn", retry: 5 });
    expect(args.visibilityTimeout).toBe("6 minutes");
    expect(mailer().target.timeout).toBe("60 seconds");
  });

  it("R23 SES may be used only through the stage's sender identity and configuration set, as its sender", () => {
    const permissions = mailer().target.permissions as Array<{
      actions: string[];
      resources: string[];
      conditions?: Array<{ variable: string; values: string[] }>;
    }>;
    const ses = permissions.filter((p) => p.actions.some((a) => a.startsWith("ses:")));
    expect(ses).toHaveLength(1);
    expect(ses[0]?.resources).toEqual([
      "Email:Mail:identity:arn",
      "Email:Mail:configurationSet:arn",
    ]);
    expect(ses[0]?.conditions?.[0]).toMatchObject({
      variable: "ses:FromAddress",
      values: ["*@Secret:MailDomain:value"],
    });
    for (const permission of permissions) {
      for (const action of permission.actions) expect(action).not.toMatch(/\*/);
      for (const resource of permission.resources) expect(resource).not.toBe("*");
    }
    expect(permissions.flatMap((p) => p.actions)).not.toContain("dynamodb:Scan");
    const env = mailer().target.environment as Record<string, string>;
    expect(env.SES_CONFIGURATION_SET).toBe("Email:Mail:configSet");
    expect(env.MAIL_FROM).toBe("Secret:MailFrom:value");
    expect(env.MAIL_DEAD_LETTER_QUEUE_URL).toBe("Queue:MailDeadLetters:url");
  });

  it("R23 bounces and complaints go to a topic whose reports are kept in a queue", () => {
    const { args } = named("Email", "Mail");
    expect(args.sender).toBe("Secret:MailDomain:value");
    expect(args.events).toEqual([
      expect.objectContaining({
        types: expect.arrayContaining(["bounce", "complaint"]),
        topic: "SnsTopic:MailBounces:arn",
      }),
    ]);
    expect(named("SnsTopic", "MailBounces").subscriptions?.[0]?.target).toBe(
      "Queue:MailBounceReports:arn",
    );
  });

  it("the workspace and the API share one domain: the router sends the API's paths to it and the rest to the static site", async () => {
    const { API_PATHS } = await import("../web");
    const router = one("Router");
    const api = one("ApiGatewayV2");
    expect(router.routes.map((r) => r.path)).toEqual([...API_PATHS]);
    for (const route of router.routes) expect(route.args).toBe(`ApiGatewayV2:${api.name}:url`);
    // Every route the API serves starts with one of the router's paths (else it would be the site's).
    const served = [
      "/v1/agreements",
      "/openapi.json",
      "/docs",
      "/feeds/x/y/calendar.ics",
      "/health",
    ];
    for (const path of served)
      expect(
        API_PATHS.some((p) => path.startsWith(p)),
        path,
      ).toBe(true);
    const site = one("StaticSite");
    expect(site.args).toMatchObject({
      path: "packages/web",
      build: { output: "dist" },
      router: { instance: expect.anything() },
    });
    expect(existsSync(join(root, "packages/web/package.json"))).toBe(true);
  });

  it("the deployed workspace sends the same security headers as pnpm dev: a CloudFront response headers policy on the router", async () => {
    const { workspaceHeaderValues, WORKSPACE_HEADERS } = await import(
      "../../packages/table/src/workspace-headers"
    );
    const policy = one("ResponseHeadersPolicy");
    const config = policy.args.securityHeadersConfig as Record<string, Record<string, unknown>>;
    expect(config.contentSecurityPolicy?.contentSecurityPolicy).toBe(
      workspaceHeaderValues()["content-security-policy"],
    );
    expect(config.contentSecurityPolicy?.contentSecurityPolicy).toContain("frame-ancestors 'none'");
    expect(config.strictTransportSecurity).toMatchObject({
      accessControlMaxAgeSec: WORKSPACE_HEADERS.strictTransportSecurity.maxAgeSeconds,
      includeSubdomains: true,
    });
    expect(config.referrerPolicy?.referrerPolicy).toBe("no-referrer");
    expect(config.contentTypeOptions).toBeDefined();
    expect(policy.args.customHeadersConfig).toEqual({
      items: [
        {
          header: "Permissions-Policy",
          value: WORKSPACE_HEADERS.permissionsPolicy,
          override: false,
        },
      ],
    });
    // The router's one behaviour (every path) carries the policy.
    const transform = (one("Router").args.transform as { cdn: (args: object) => void }).cdn;
    const cdnArgs: { defaultCacheBehavior: Record<string, unknown> } = {
      defaultCacheBehavior: { compress: true, viewerProtocolPolicy: "redirect-to-https" },
    };
    transform(cdnArgs);
    expect(cdnArgs.defaultCacheBehavior).toEqual({
      compress: true,
      viewerProtocolPolicy: "redirect-to-https",
      responseHeadersPolicyId: `ResponseHeadersPolicy:${policy.name}:id`,
    });
  });
});
