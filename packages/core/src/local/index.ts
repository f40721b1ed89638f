// What runs the system on one machine, for `pnpm dev` and the tests: DynamoDB Local (the local
// storage layer) and the local OpenID Provider. Never imported by a deployed function.

export {
  type DynamoDbLocal,
  freePort,
  startDynamoDbLocal,
} from "./dynamodb-local";
export { localCursorKey } from "./local-cursor-key";
export { localPersonKeyWrapping } from "./local-person-key";
export {
  type LocalAccount,
  type LocalProvider,
  type LocalProviderOptions,
  type PersonClaims,
  startLocalProvider,
} from "./local-provider";
export {
  API_AUDIENCE,
  CLI_CLIENT_ID,
  LOCAL_PERSON_GRANT,
  WORKSPACE_CLIENT_ID,
} from "./provider-ids";
