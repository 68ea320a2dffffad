/**
 * IPAM of one network (libnetwork's default IPAM driver): the gateway is reserved,
 * the network and broadcast addresses are never handed out, and each endpoint gets
 * the lowest free address — `.2` for the first container when the gateway is `.1` —
 * which goes back to the pool when the endpoint is removed.
 */
import { EngineError, invalidParameter } from '../errdefs.ts';
import { contains, formatCidr, formatIp, parseIp, size, type Cidr } from './cidr.ts';

export class Ipam {
  private readonly held = new Set<number>();

  constructor(
    readonly subnet: Cidr,
    /** The gateway address (a number), reserved for the bridge itself. */
    readonly gateway: number,
  ) {}

  get subnetText(): string {
    return formatCidr(this.subnet);
  }

  get gatewayText(): string {
    return formatIp(this.gateway);
  }

  /**
   * Takes `preferred` (`--ip`) when given, otherwise the lowest free address.
   * @throws EngineError Forbidden `Address already in use`; InvalidParameter when out of range.
   */
  allocate(preferred?: string): string {
    if (preferred) {
      const ip = parseIp(preferred);
      if (ip === undefined) throw invalidParameter(`invalid IPv4 address: ${preferred}`);
      if (!contains(this.subnet, ip) || ip === this.subnet.base || ip === this.broadcast) {
        throw invalidParameter('requested address is out of range');
      }
      if (this.held.has(ip) || ip === this.gateway) throw new EngineError('Forbidden', 'Address already in use');
      this.held.add(ip);
      return formatIp(ip);
    }
    for (let ip = this.subnet.base + 1; ip < this.broadcast; ip++) {
      if (ip === this.gateway || this.held.has(ip)) continue;
      this.held.add(ip);
      return formatIp(ip);
    }
    throw new EngineError('Unavailable', `no available IPv4 addresses on this network's address pools: ${this.subnetText}`);
  }

  release(address: string): void {
    const ip = parseIp(address);
    if (ip !== undefined) this.held.delete(ip);
  }

  get inUse(): number {
    return this.held.size;
  }

  private get broadcast(): number {
    // A /31 or /32 has no broadcast address to keep free.
    return this.subnet.bits >= 31 ? this.subnet.base + size(this.subnet) : this.subnet.base + size(this.subnet) - 1;
  }
}
