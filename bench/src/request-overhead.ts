import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { GetItemCommand } from "@aws-sdk/client-dynamodb";
import { serveApp } from "@samverkan/local";
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

/**
 * p50 and p99 of `GET /v1/agreements/{id}` through the Node server against DynamoDB Local, beside
 * the raw `GetItem` it makes, from the same process in the same run, interleaved.
 */
export async function measureRequestOverhead(
  system: BenchSystem,
  client: DynamoDBClient,
  requests = 1000,
): Promise<RequestOverhead> {
  const letterId = await system.seed("overhead", "2025-10-01");
  const server = await serveApp(system.app, 0);
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const token = await system.token("202100-2841", ["viewer"]);
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
    server.close();
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
