import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";

/** A plain object as a DynamoDB item. */
export const toItem = (value: Record<string, unknown>): Record<string, AttributeValue> =>
  marshall(value, { removeUndefinedValues: true, convertClassInstanceToMap: false });

/** A DynamoDB item as a plain object. */
export const fromItem = (item: Record<string, AttributeValue>): Record<string, unknown> =>
  unmarshall(item);

/** An opaque pagination cursor for a `LastEvaluatedKey`. */
export const encodeCursor = (key: Record<string, AttributeValue> | undefined): string | null =>
  key ? Buffer.from(JSON.stringify(unmarshall(key))).toString("base64url") : null;

/**
 * The `ExclusiveStartKey` of a cursor, or undefined when it is not one this list issued: its
 * partition and its sort-key prefix must be the list's own (DynamoDB refuses a start key outside
 * the key condition, and that must be the client's 400, not our 500).
 */
export function decodeCursor(
  cursor: string,
  partitionKey: string,
  sortKeyPrefix: string,
): Record<string, AttributeValue> | undefined {
  if (cursor.length > 1_000) return undefined;
  try {
    const key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      typeof key !== "object" ||
      key === null ||
      key.pk !== partitionKey ||
      typeof key.sk !== "string" ||
      !key.sk.startsWith(sortKeyPrefix) ||
      key.sk.length > 300
    )
      return undefined;
    return marshall({ pk: key.pk, sk: key.sk });
  } catch {
    return undefined;
  }
}
