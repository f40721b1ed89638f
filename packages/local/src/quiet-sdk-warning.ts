// The AWS SDK warns on every start that its releases after January 2027 need Node 22. The project
// already deploys on Node 22+ (Lambda) and says so in the README; on a developer's Node 20 the
// line only buries the command's own output, so the local commands leave out that one warning.
const emitWarning = process.emitWarning.bind(process);
process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
  if (String(warning).includes("NodeVersionSupportWarning")) return;
  (emitWarning as (...args: unknown[]) => void)(warning, ...rest);
}) as typeof process.emitWarning;
