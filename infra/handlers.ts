// The Lambda handlers' paths, declared once: infra/ deploys them and `pnpm bench` bundles the same
// files the way SST does. No SST call here, so anything may import it.

/** `path/to/file.export`, as SST's `handler` takes it. */
export const HANDLERS = {
  api: "functions/api/src/lambda.handler",
  /** The archive package, streamed behind a function URL (D-67). */
  apiStreaming: "functions/api/src/lambda-streaming.handler",
  scheduler: "functions/scheduler/src/handler.handler",
  mailer: "functions/mailer/src/handler.handler",
} as const;

/** The source file of a handler, for bundling it. */
export const handlerFile = (handler: string) => `${handler.slice(0, handler.lastIndexOf("."))}.ts`;
