// The floor of a cold start: a handler that only makes one GetItem with the AWS SDK, bundled as the
// others are. Whatever imports the SDK's DynamoDB client pays at least this; `pnpm bench` times it
// beside the API and the scheduler so their own share can be read off.
import { DynamoDBClient, GetItemCommand } from "@aws-sdk/client-dynamodb";

const client = new DynamoDBClient({});

export const handler = async (event: { pk: string }) =>
  client.send(
    new GetItemCommand({ TableName: "floor", Key: { pk: { S: event.pk }, sk: { S: "HEAD" } } }),
  );
