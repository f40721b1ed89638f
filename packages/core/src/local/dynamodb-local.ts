import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { dynamoClient } from "../store/dynamo";
import { compiledLauncher, LAUNCHER_CLASS } from "./loopback-launcher";

/** A running DynamoDB Local. */
export interface DynamoDbLocal {
  readonly endpoint: string;
  readonly port: number;
  stop(): Promise<void>;
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

/** Where the npm package `amplify-dynamodb-simulator` keeps AWS's DynamoDB Local jar. */
function emulatorDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("amplify-dynamodb-simulator/package.json")), "emulator");
}

/** Fails with one clear line when Java is missing: DynamoDB Local is a Java program. */
export function assertJava(): void {
  const probe = spawnSync("java", ["-version"], { stdio: "ignore" });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      "Java is needed to run DynamoDB Local: install a Java 17 runtime (e.g. `apt-get install openjdk-17-jre-headless`) and try again.",
    );
  }
}

async function waitUntilReady(
  endpoint: string,
  child: ChildProcess,
  timeoutMs: number,
): Promise<void> {
  const client = dynamoClient({ tableName: "", endpoint });
  const deadline = Date.now() + timeoutMs;
  try {
    while (Date.now() < deadline) {
      if (child.exitCode !== null)
        throw new Error(`DynamoDB Local exited with code ${child.exitCode}`);
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    throw new Error(`DynamoDB Local did not answer within ${timeoutMs} ms`);
  } finally {
    client.destroy();
  }
}

/**
 * Starts DynamoDB Local on a free port (or `port`) of 127.0.0.1 only, in memory or keeping its
 * data in `dataDir`, and waits until it answers. `stop()` ends the Java process.
 */
export async function startDynamoDbLocal(
  options: { port?: number; dataDir?: string; timeoutMs?: number } = {},
): Promise<DynamoDbLocal> {
  assertJava();
  const dir = emulatorDir();
  const port = options.port ?? (await freePort());
  const storage = options.dataDir ? ["-dbPath", options.dataDir] : ["-inMemory"];
  const classpath = `${join(dir, "DynamoDBLocal.jar")}:${join(dir, "DynamoDBLocal_lib", "*")}`;
  const launcher = compiledLauncher(dir, classpath);
  if (!launcher)
    console.warn(
      "DynamoDB Local: no javac here to bind it to 127.0.0.1, so it listens on every interface; install a JDK (e.g. openjdk-17-jdk-headless) to keep it on this machine",
    );
  const javaArgs = [
    `-Djava.library.path=${join(dir, "DynamoDBLocal_lib")}`,
    // Bound to the loopback interface: nothing on the network reaches the table.
    ...(launcher
      ? ["-cp", `${launcher}:${classpath}`, LAUNCHER_CLASS]
      : ["-jar", join(dir, "DynamoDBLocal.jar")]),
    ...storage,
    "-sharedDb",
    // No usage reports leave this machine (and no dynamodb-local-metadata.json is left behind).
    "-disableTelemetry",
    "-port",
    String(port),
  ];
  // Java does not die with its parent. A small shell holds Java and ends it when its stdin closes,
  // which happens however this process ends (Ctrl-C, a kill, a crash): no Java is left behind.
  const child = spawn(
    "sh",
    [
      "-c",
      'java "$@" & java=$!; trap "kill $java" TERM INT; read _; kill $java; wait $java',
      "sh",
      ...javaArgs,
    ],
    {
      stdio: ["pipe", "ignore", "pipe"],
    },
  );
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr = (stderr + chunk).slice(-2000);
  });
  const endpoint = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(endpoint, child, options.timeoutMs ?? 30_000);
  } catch (error) {
    child.stdin?.end();
    throw new Error(`${(error as Error).message}${stderr ? `\n${stderr}` : ""}`);
  }
  return {
    endpoint,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.stdin?.end();
        setTimeout(() => child.kill("SIGTERM"), 5000).unref();
      }),
  };
}
