/**
 * Network namespaces: the learner's host has one, every running container has its own
 * (its addresses on each network it joined, plus its loopback), except that
 * `--network host` shares the host's and `--network container:<id>` shares another
 * container's. Listeners are keyed by namespace and port.
 */
import type { ContainerStore } from '../daemon/containers/store.ts';

export type Namespace = { kind: 'host' } | { kind: 'container'; id: string };

export const hostNamespace: Namespace = { kind: 'host' };

/** The key listeners are filed under. */
export function namespaceKey(ns: Namespace): string {
  return ns.kind === 'host' ? 'host' : `container:${ns.id}`;
}

/** The namespace a container's processes live in, following `host` and `container:` network modes. */
export function namespaceOf(containers: Pick<ContainerStore, 'find'>, containerId: string): Namespace {
  const seen = new Set<string>();
  let id = containerId;
  for (;;) {
    const container = containers.find(id);
    const mode = container?.hostConfig.NetworkMode ?? '';
    if (mode === 'host') return hostNamespace;
    if (!container || !mode.startsWith('container:') || seen.has(container.id)) return { kind: 'container', id: container?.id ?? id };
    seen.add(container.id);
    id = mode.slice('container:'.length);
  }
}

export function isLoopback(ip: string): boolean {
  return ip.startsWith('127.') || ip === '::1' || ip === '0.0.0.0';
}

export function isIpv4(text: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(text) && text.split('.').every((n) => Number(n) <= 255);
}
