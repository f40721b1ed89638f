import { startDynamoDbLocal } from "@samverkan/core/local";
import { benchOrgNumber, createBenchSystem } from "./system";

process.env.SAMVERKAN_LOG = "silent";
const local = await startDynamoDbLocal();
const system = await createBenchSystem(local.endpoint);
const rawSend = (system.raw as any).send.bind(system.raw);
(system.raw as any).send = (cmd: any, ...rest: any[]) => {
  const i = cmd.input;
  if (i.TransactItems)
    console.log(
      i.TransactItems.map(
        (t: any) =>
          Object.keys(t)[0] +
          ":" +
          (t.Put?.Item?.pk?.S ?? t.Update?.Key?.pk?.S ?? "").split("#")[0] +
          "/" +
          (t.Put?.Item?.sk?.S ?? t.Update?.Key?.sk?.S ?? "").slice(0, 20) +
          (t.Put?.ConditionExpression ? "(c)" : ""),
      ).join(" "),
    );
  else console.log(cmd.constructor.name);
  return rawSend(cmd, ...rest);
};
const t0 = performance.now();
await system.seed("letter-1", "2026-06-01", [benchOrgNumber(1), benchOrgNumber(2)]);
console.log("ms", performance.now() - t0);
const t1 = performance.now();
await Promise.all(
  Array.from({ length: 64 }, (_, n) =>
    system.seed(`letter-x${n}`, "2026-06-01", [benchOrgNumber(n), benchOrgNumber(n + 1)]),
  ),
);
console.log("64 letters ms", performance.now() - t1);
await system.close();
process.exit(0);
