import "./provided-context";
import type { TestProject } from "vitest/node";
import { startDynamoDbLocal } from "../../src/local/index";

/** One DynamoDB Local for the whole run; each test file makes its own table in it. */
export default async function setup(project: TestProject) {
  const local = await startDynamoDbLocal();
  project.provide("dynamoEndpoint", local.endpoint);
  return () => local.stop();
}
