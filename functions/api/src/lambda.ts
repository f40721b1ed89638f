import { handle } from "hono/aws-lambda";
import { deployedApp } from "./deployed-app";

/**
 * The API as an AWS Lambda handler behind API Gateway: responses are buffered, at most 6 MB, so
 * the archive package is answered with a redirect to the streaming function (lambda-streaming.ts)
 * when the stage has one (`SAMVERKAN_ARCHIVE_URL`, D-67).
 */
export const handler = handle(
  deployedApp(
    process.env.SAMVERKAN_ARCHIVE_URL ? { archiveUrl: process.env.SAMVERKAN_ARCHIVE_URL } : {},
  ),
);
