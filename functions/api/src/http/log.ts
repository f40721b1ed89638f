/**
 * One structured JSON log line. Callers pass ids, codes and timings only: never tokens, names or
 * other personal data.
 */
export function logLine(
  level: "info" | "warn" | "error",
  message: string,
  fields: Record<string, unknown> = {},
) {
  if (process.env.SAMVERKAN_LOG === "silent") return;
  const line = JSON.stringify({ level, message, time: new Date().toISOString(), ...fields });
  if (level === "error") console.error(line);
  else console.log(line);
}
