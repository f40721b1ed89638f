import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import * as Context from "effect/Context";
import * as Layer from "effect/Layer";

/** The DynamoDB client and the table it works on: the one infrastructure service of the store. */
export class Dynamo extends Context.Service<
  Dynamo,
  { readonly client: DynamoDBClient; readonly tableName: string }
>()("Dynamo") {}

/** Where the table is: AWS (no endpoint) or DynamoDB Local (an endpoint on this machine). */
export interface DynamoSettings {
  readonly tableName: string;
  readonly endpoint?: string;
  readonly region?: string;
}

/** A client for the settings; DynamoDB Local takes any static credentials. */
export function dynamoClient(settings: DynamoSettings): DynamoDBClient {
  const region = settings.region ?? "eu-north-1";
  if (!settings.endpoint) return new DynamoDBClient({ region });
  return new DynamoDBClient({
    region,
    endpoint: settings.endpoint,
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
    // A local emulator that is down should fail a request quickly, not hang it.
    maxAttempts: 2,
  });
}

/** The layer that provides `Dynamo` for the settings. */
export function dynamoLayer(settings: DynamoSettings, client = dynamoClient(settings)) {
  return Layer.succeed(Dynamo, { client, tableName: settings.tableName });
}
