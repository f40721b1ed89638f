import type { BenchSystem } from "./system";

export interface Writes {
  readonly commands: number;
  readonly clients: number;
  readonly commandsPerSecond: number;
  readonly requestsPerCommand: number;
  readonly conflictsRetried: number;
}

/**
 * Sign / dialog / notice cycles on many letters from 4 concurrent clients through the app, and
 * the DynamoDB requests each command makes (budget: one read, one transaction).
 */
export async function measureWrites(
  system: BenchSystem,
  letters = 100,
  clients = 4,
): Promise<Writes> {
  const [nok, ltu, coordinator] = await Promise.all([
    system.token("222000-0653", ["signatory"]),
    system.token("202100-2841", ["signatory"]),
    system.token("222000-0653", ["coordinator"]),
  ]);
  const draft = {
    title: "Bench",
    parties: [
      { orgNumber: "222000-0653", name: "NoK" },
      { orgNumber: "202100-2841", name: "LTU" },
    ],
    terms: { noticeMonths: 3, dialogsPerYear: 2, basisLeadDays: 14, structureReviewsPerYear: 1 },
    focusAreas: ["education"],
  };
  const call = async (path: string, token: string, body: unknown) => {
    const res = await system.app.request(`http://bench${path}`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    if (res.status >= 300) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<{ id: string }>;
  };
  const ids: string[] = [];
  for (let i = 0; i < letters; i++) ids.push((await call("/v1/agreements", coordinator, draft)).id);
  // Facts dated today (D-20 refuses later ones); the dialog planned a month ahead.
  const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const cycle = (id: string) => [
    () => call(`/v1/agreements/${id}/signatures`, nok, {}),
    () => call(`/v1/agreements/${id}/signatures`, ltu, {}),
    () => call(`/v1/agreements/${id}/dialogs`, coordinator, { scheduledOn: inAMonth }),
    () => call(`/v1/agreements/${id}/termination`, ltu, {}),
  ];
  // Warm-up: one cycle before counting, so each person's key and directory entry is read once, as
  // a process keeps them for a minute (D-66); the budget is a command's own requests.
  for (const command of cycle(ids[0] as string)) await command();
  const commands = (ids.length - 1) * 4;
  const requestsBefore = system.counter.requests;
  const started = performance.now();
  let next = 1;
  // Each client takes the next letter and runs its cycle in order, as a person would.
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < ids.length) {
        for (const command of cycle(ids[next++] as string)) await command();
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const requests = system.counter.requests - requestsBefore;
  const minimum = commands * 2;
  return {
    commands,
    clients,
    commandsPerSecond: Math.round(commands / seconds),
    requestsPerCommand: Math.round((requests / commands) * 100) / 100,
    conflictsRetried: Math.round((requests - minimum) / 2),
  };
}
