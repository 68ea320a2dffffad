/**
 * The body of `POST /networks/create` (moby api/types/network.CreateRequest) and its
 * validation, in the daemon's order: predefined names, then the driver, then the IPAM
 * configuration (api/types/network/ipam.go ValidateIPAM, whose messages we repeat).
 * Subnet overlap needs the other networks, so the store checks it.
 */
import { EngineError, invalidParameter, notFound, notImplemented } from '../errdefs.ts';
import { contains, masked, parseCidr, parseIp, formatCidr, type Cidr } from './cidr.ts';
import { predefinedNames } from './predefined.ts';

export interface IpamConfigRequest {
  Subnet?: string;
  IPRange?: string;
  Gateway?: string;
  AuxiliaryAddresses?: Record<string, string>;
}

export interface NetworkCreateRequest {
  Name?: string;
  Driver?: string;
  Scope?: string;
  Internal?: boolean;
  Attachable?: boolean;
  Ingress?: boolean;
  ConfigOnly?: boolean;
  EnableIPv4?: boolean;
  EnableIPv6?: boolean;
  IPAM?: { Driver?: string; Options?: Record<string, string> | null; Config?: IpamConfigRequest[] | null } | null;
  Options?: Record<string, string> | null;
  Labels?: Record<string, string> | null;
}

/** What survives validation: a bridge network, maybe with a chosen subnet and gateway. */
export interface ValidatedCreate {
  name: string;
  subnet?: Cidr;
  gateway?: number;
}

/** Drivers real Docker has but Dockyard does not simulate. */
const unsimulated = ['overlay', 'macvlan', 'ipvlan'];

export function validateCreate(request: NetworkCreateRequest): ValidatedCreate {
  const name = request.Name ?? '';
  if (name === '') throw invalidParameter('network name must not be empty');
  if (predefinedNames.includes(name)) {
    // moby's PreDefinedNetworkError, trailing space included.
    throw new EngineError('Forbidden', `operation is not permitted on predefined ${name} network `);
  }
  const driver = request.Driver || 'bridge';
  if (driver === 'host' || driver === 'null') throw new EngineError('Forbidden', `only one instance of "${driver}" network is allowed`);
  if (unsimulated.includes(driver)) throw notImplemented(`the ${driver} network driver is not simulated by Dockyard; use bridge`);
  if (driver !== 'bridge') throw notFound(`plugin "${driver}" not found`);
  if (request.EnableIPv6) throw notImplemented('IPv6 networks are not simulated by Dockyard');
  const configs = request.IPAM?.Config ?? [];
  if (configs.length === 0) return { name };
  const errors = configs.flatMap((c) => ipamErrors(c));
  if (errors.length === 1) throw invalidParameter(errors[0]);
  if (errors.length > 1) throw invalidParameter('* ' + errors.join('\n* '));
  const first = configs[0];
  if (!first.Subnet) return { name };
  const parsed = parseCidr(first.Subnet)!;
  const subnet = masked(parsed.addr, parsed.bits);
  return { name, subnet, gateway: first.Gateway ? parseIp(first.Gateway) : undefined };
}

function ipamErrors(config: IpamConfigRequest): string[] {
  const subnetText = config.Subnet ?? '';
  const parsed = parseCidr(subnetText);
  if (!parsed) return [`invalid subnet ${subnetText}: invalid CIDR block notation`];
  const subnet = masked(parsed.addr, parsed.bits);
  const errors: string[] = [];
  if (subnet.base !== parsed.addr) errors.push(`invalid subnet ${subnetText}: it should be ${formatCidr(subnet)}`);
  const address = (label: string, text: string | undefined) => {
    if (!text) return;
    const ip = parseIp(text);
    if (ip === undefined) errors.push(`invalid ${label} ${text}: invalid address`);
    else if (!contains(subnet, ip)) errors.push(`invalid ${label} ${text}: parent subnet ${formatCidr(subnet)} doesn't contain this address`);
  };
  address('gateway', config.Gateway);
  for (const [key, aux] of Object.entries(config.AuxiliaryAddresses ?? {})) address(`auxiliary address ${key}`, aux);
  return errors;
}
