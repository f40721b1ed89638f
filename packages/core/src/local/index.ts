// What runs the system on one machine, for `pnpm dev` and the tests: DynamoDB Local (the local
// storage layer) and the local token issuer. Never imported by a deployed function.

export {
  type DynamoDbLocal,
  freePort,
  startDynamoDbLocal,
} from "./dynamodb-local";
export { localCursorKey } from "./local-cursor-key";
export { ephemeralIssuer, type LocalIssuer, localIssuer } from "./local-issuer";
export { localPersonKeyWrapping } from "./local-person-key";
