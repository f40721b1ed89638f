import { spawn } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { GetItemCommand } from "@aws-sdk/client-dynamodb";
import { keys } from "@samverkan/table";
import { ms, quantile } from "./stats";
import type { BenchSystem } from "./system";

export interface RequestOverhead {
  readonly requests: number;
  readonly apiP50: number;
  readonly apiP99: number;
  readonly getItemP50: number;
  readonly getItemP99: number;
  readonly p50Ratio: number;
}

/** Starts the API in its own Node process (`serve-app.ts`); resolves with its port and a token. */
async function serverProcess(endpoint: string, tableName: string) {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", join(import.meta.dirname, "serve-app.ts"), endpoint, tableName],
    { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, SAMVERKAN_LOG: "silent" } },
  );
  const [line] = (await once(child.stdout, "data")) as [Buffer];
  const { port, token } = JSON.parse(line.toString()) as { port: number; token: string };
  return { port, token, stop: () => child.kill() };
}

/**
 * p50 and p99 of `GET /v1/agreements/{id}` through the Node server, which runs in a process of its
 * own, against DynamoDB Local, beside the raw `GetItem` it makes, in the same run, interleaved.
 */
export async function measureRequestOverhead(
  system: BenchSystem,
  client: DynamoDBClient,
  endpoint: string,
  requests = 1000,
): Promise<RequestOverhead> {
  const letterId = await system.seed("overhead", "2025-10-01");
  const server = await serverProcess(endpoint, system.tableName);
  const { port, token } = server;
  const url = `http://127.0.0.1:${port}/v1/agreements/${letterId}`;
  const getItem = new GetItemCommand({
    TableName: system.tableName,
    Key: { pk: { S: keys.letter(letterId).pk }, sk: { S: "HEAD" } },
    ConsistentRead: true,
  });
  const api: number[] = [];
  const raw: number[] = [];
  try {
    for (let i = 0; i < 50; i++) {
      await (await fetch(url, { headers: { authorization: `Bearer ${token}` } })).arrayBuffer();
      await client.send(getItem);
    }
    for (let i = 0; i < requests; i++) {
      let started = performance.now();
      const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`GET returned ${res.status}`);
      api.push(performance.now() - started);
      started = performance.now();
      await client.send(getItem);
      raw.push(performance.now() - started);
    }
  } finally {
    server.stop();
  }
  const apiP50 = quantile(api, 0.5);
  const getItemP50 = quantile(raw, 0.5);
  return {
    requests,
    apiP50: ms(apiP50),
    apiP99: ms(quantile(api, 0.99)),
    getItemP50: ms(getItemP50),
    getItemP99: ms(quantile(raw, 0.99)),
    p50Ratio: ms(apiP50 / getItemP50),
  };
}
