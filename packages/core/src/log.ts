import * as Logger from "effect/Logger";

/**
 * Effect's log lines (the daily run's and the mailer's `Effect.logError`) as one text line each
 * on stdout, `timestamp=… level=ERROR fiber=#7 message="…" letterId=… asOf=…`: the format
 * Effect 3 wrote by default, kept with Effect 4 (whose default logger writes a time, the level
 * and the annotations as a separate object). Spans still get the lines as events.
 */
export const logLines = Logger.layer([
  Logger.withConsoleLog(Logger.formatSimple),
  Logger.tracerLogger,
]);
