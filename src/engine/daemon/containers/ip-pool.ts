/**
 * Addresses on the default bridge (172.17.0.0/16, gateway .1): a running container
 * holds the lowest free address from .2 and gives it back when it stops, as
 * libnetwork's IPAM does.
 */
export class IpPool {
  private held = new Map<number, string>();

  constructor(
    private readonly prefix = '172.17',
    private readonly first = 2,
  ) {}

  assign(containerId: string): string {
    for (let n = this.first; n < 65535; n++) {
      if (!this.held.has(n)) {
        this.held.set(n, containerId);
        return `${this.prefix}.${n >> 8}.${n & 0xff}`;
      }
    }
    throw new Error('address pool exhausted');
  }

  release(containerId: string): void {
    for (const [n, id] of this.held) if (id === containerId) this.held.delete(n);
  }

  get gateway(): string {
    return `${this.prefix}.0.1`;
  }
}
