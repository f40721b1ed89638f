declare module "vitest" {
  export interface ProvidedContext {
    /** DynamoDB Local's endpoint, started once per run by the API's global setup. */
    dynamoEndpoint: string;
  }
}

export {};
