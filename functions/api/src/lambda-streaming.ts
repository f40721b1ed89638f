import { archiveStreamingHandler } from "./archive-streaming";
import { deployedApp } from "./deployed-app";

/** The archive package as a streamed Lambda response behind a function URL (infra/api.ts, D-67). */
export const handler = archiveStreamingHandler(deployedApp());
