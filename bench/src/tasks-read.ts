import { ms, quantile } from "./stats";
import { benchOrgNumber, createBenchSystem } from "./system";

export interface TasksRead {
  readonly letters: number;
  readonly requests: number;
  readonly p50: number;
  readonly p99: number;
  /** DynamoDB requests one GET /v1/tasks made (the index Query and the memberships' BatchGet). */
  readonly dynamoRequestsPerGet: number;
  readonly tasksOnFirstPage: number;
}

/**
 * Issue 20, item 5: `GET /v1/tasks?for=organisation` (its first page of 50) for an organisation
 * in `letters` letters, each signed in 2025 with duties open, each with another partner; through
 * the app in this process against DynamoDB Local, after a warm-up. A due-items index (D-48) keeps
 * the page one bounded Query whatever the number of letters, so p50 at 500 letters should be
 * within 1.5× of p50 at 10.
 */
export async function measureTasksRead(
  endpoint: string,
  letters: number,
  onProgress: (line: string) => void,
  requests = 300,
): Promise<TasksRead> {
  const system = await createBenchSystem(endpoint);
  const organisation = benchOrgNumber(9_000_000);
  try {
    const batch = 16;
    for (let i = 0; i < letters; i += batch) {
      await Promise.all(
        Array.from({ length: Math.min(batch, letters - i) }, (_, j) => i + j).map((n) =>
          system.seed(`tasks-${n}`, "2025-10-01", [organisation, benchOrgNumber(n)]),
        ),
      );
      if ((i / batch) % 10 === 0)
        onProgress(
          `seeding ${letters} letters of one organisation: ${Math.min(i + batch, letters)}`,
        );
    }
    const token = await system.token(organisation, ["coordinator"]);
    const get = async () => {
      const response = await system.app.request("http://localhost/v1/tasks?for=organisation", {
        headers: { authorization: `Bearer ${token}` },
      });
      const body = (await response.json()) as { items: unknown[] };
      if (response.status !== 200) throw new Error(`GET /v1/tasks returned ${response.status}`);
      return body.items.length;
    };
    for (let i = 0; i < 30; i++) await get();
    const before = system.counter.requests;
    const tasksOnFirstPage = await get();
    const dynamoRequestsPerGet = system.counter.requests - before;
    const samples: number[] = [];
    for (let i = 0; i < requests; i++) {
      const started = performance.now();
      await get();
      samples.push(performance.now() - started);
    }
    return {
      letters,
      requests,
      p50: ms(quantile(samples, 0.5)),
      p99: ms(quantile(samples, 0.99)),
      dynamoRequestsPerGet,
      tasksOnFirstPage,
    };
  } finally {
    await system.close();
  }
}
