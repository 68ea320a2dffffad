/**
 * Host ports: which container holds which host port, and the random host port that
 * `-p 80` or `-P` gets (from Linux's ephemeral range, drawn from the seeded generator).
 */
import type { Rng } from '../../util/rng.ts';

export class PortAllocator {
  private held = new Map<string, string>();

  constructor(private readonly rng: Rng) {}

  private key(hostIp: string, port: number, proto: string): string {
    return `${hostIp || '0.0.0.0'}:${port}/${proto}`;
  }

  holder(hostIp: string, port: number, proto: string): string | undefined {
    return this.held.get(this.key(hostIp, port, proto)) ?? this.held.get(this.key('0.0.0.0', port, proto));
  }

  bind(containerId: string, hostIp: string, port: number, proto: string): void {
    this.held.set(this.key(hostIp, port, proto), containerId);
  }

  /** A free port in 32768–60999. */
  ephemeral(proto: string): number {
    for (;;) {
      const port = 32768 + this.rng.int(60999 - 32768 + 1);
      if (!this.holder('0.0.0.0', port, proto)) return port;
    }
  }

  releaseAll(containerId: string): void {
    for (const [key, id] of this.held) if (id === containerId) this.held.delete(key);
  }

  /** The container publishing this host port, if any. */
  containerOn(port: number, proto = 'tcp'): string | undefined {
    return this.holder('0.0.0.0', port, proto);
  }
}
