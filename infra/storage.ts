import { TABLE_DEFINITION, TABLE_DESIGN } from "../packages/table/src/index";

const { partitionKey, sortKey, dueDateIndex, ttlAttribute } = TABLE_DESIGN;

/**
 * The one table, from the same key design the code and the DynamoDB Local tests use. On-demand
 * billing and point-in-time recovery (SST's defaults for Dynamo); deletion protection in production.
 */
export const table = new sst.aws.Dynamo("Table", {
  fields: Object.fromEntries(
    TABLE_DEFINITION.AttributeDefinitions.map((a) => [
      a.AttributeName,
      a.AttributeType === "S" ? "string" : "number",
    ]),
  ) as Record<string, "string" | "number">,
  primaryIndex: { hashKey: partitionKey, rangeKey: sortKey },
  globalIndexes: {
    [dueDateIndex.name]: { hashKey: dueDateIndex.partitionKey, rangeKey: dueDateIndex.sortKey },
  },
  ttl: ttlAttribute,
  deletionProtection: $app.stage === "production",
});

/** Least privilege on the table: only these actions, on the table and its index. */
export function tableAccess(actions: string[]) {
  return {
    actions: actions.map((action) => `dynamodb:${action}`),
    resources: [table.arn, $interpolate`${table.arn}/index/*`],
  };
}
