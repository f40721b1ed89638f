declare module "vitest" {
  export interface ProvidedContext {
    /** DynamoDB Local's endpoint, started once per test run by the global setup. */
    dynamoEndpoint: string;
  }
}

export {};
