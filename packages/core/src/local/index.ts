// What runs the system on one machine, for `pnpm dev` and the tests: DynamoDB Local (the local
// storage layer) and the local OpenID Provider. Never imported by a deployed function.

export {
  type DynamoDbLocal,
  freePort,
  startDynamoDbLocal,
} from "./dynamodb-local";
export { localCursorKey } from "./local-cursor-key";
export {
  API_AUDIENCE,
  CLI_CLIENT_ID,
  LOCAL_PERSON_GRANT,
  type LocalAccount,
  type LocalProvider,
  type LocalProviderOptions,
  type PersonClaims,
  startLocalProvider,
  WORKSPACE_CLIENT_ID,
} from "./local-provider";
