import { readFileSync } from "node:fs";
import { connect } from "node:net";
import { networkInterfaces } from "node:os";
import { describe, expect, it } from "vitest";
import { startDynamoDbLocal } from "../../src/local/index";

// Issue #18 (edges): DynamoDB Local listened on every interface, so anyone on the network could
// read and write the table of `pnpm dev`. It must listen on the loopback interface only.

/** The local addresses the kernel lists as listening on `port` (Linux /proc/net/tcp and tcp6). */
function listeningAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  return ["/proc/net/tcp", "/proc/net/tcp6"].flatMap((file) =>
    readFileSync(file, "utf8")
      .split("\n")
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      // local_address is HEXIP:HEXPORT; state 0A is LISTEN.
      .filter((cols) => cols[1]?.endsWith(`:${hexPort}`) && cols[3] === "0A")
      .map((cols) => (cols[1] as string).split(":")[0] as string),
  );
}

const LOOPBACK = new Set([
  "0100007F", // 127.0.0.1
  "0000000000000000FFFF00000100007F", // ::ffff:127.0.0.1
  "00000000000000000000000001000000", // ::1
]);

const reachable = (host: string, port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ host, port, timeout: 2000 });
    socket.once("connect", () => resolve(true));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => resolve(false));
  }).finally(() => undefined);

describe("DynamoDB Local of pnpm dev and the tests", () => {
  it("listens on 127.0.0.1 only: the kernel lists no other address, another interface is refused", async () => {
    const local = await startDynamoDbLocal();
    try {
      const addresses = listeningAddresses(local.port);
      expect(addresses.length).toBeGreaterThan(0);
      expect(addresses.filter((a) => !LOOPBACK.has(a))).toEqual([]);
      expect(await reachable("127.0.0.1", local.port)).toBe(true);
      const outward = Object.values(networkInterfaces())
        .flat()
        .find((a) => a && a.family === "IPv4" && !a.internal);
      if (outward) expect(await reachable(outward.address, local.port)).toBe(false);
    } finally {
      await local.stop();
    }
  }, 60_000);
});
