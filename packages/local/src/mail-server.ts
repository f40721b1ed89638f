import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { SMTPServer } from "smtp-server";

/** A running local mail server: where it listens and where it keeps what it received. */
export interface LocalMailServer {
  readonly port: number;
  readonly dir: string;
  close(): Promise<void>;
}

/**
 * The real SMTP server of `pnpm dev` (`smtp-server`), on this machine only: every message it
 * accepts is kept as an `.eml` file under `dir` (`.data/mail/`), named by when it came and a
 * hash of its content, so the mail view lists them in order. Nothing leaves the machine.
 */
export async function startLocalMailServer(dir: string, port: number): Promise<LocalMailServer> {
  mkdirSync(dir, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    size: 10 * 1024 * 1024,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks);
        const hash = createHash("sha256").update(raw).digest("hex").slice(0, 12);
        const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${hash}.eml`;
        try {
          writeFileSync(join(dir, name), raw);
          callback();
        } catch (error) {
          callback(error as Error);
        }
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return {
    port: (server.server.address() as AddressInfo).port,
    dir,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
