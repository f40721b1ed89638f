// The floor of a cold start: a handler that only makes one GetItem with the AWS SDK, bundled as the
// others are. Whatever imports the SDK's DynamoDB client pays at least this; `pnpm bench` times it
// beside the API and the scheduler so their own share can be read off.
import { DynamoDBClient, GetItemCommand } from "@aws-sdk/client-dynamodb";

const client = new DynamoDBClient({});
// The API's table, so that the bench's first-request measure reads a real item.
const tableName = process.env.SAMVERKAN_TABLE ?? "floor";

export const handler = async (event: { pk: string }) =>
  client.send(
    new GetItemCommand({ TableName: tableName, Key: { pk: { S: event.pk }, sk: { S: "HEAD" } } }),
  );
