/**
 * The registries the simulated world can reach, by host. `docker.io` (Docker Hub) is
 * always there; others appear when the daemon decides one is running (a container of
 * the `registry` image publishing port 5000 makes `localhost:5000`).
 */
import { Registry, type RegistryOptions } from './registry.ts';

export const DOCKER_HUB = 'docker.io';

/** Docker Hub's rules: public pulls, pushes only by a logged-in user into their namespace. */
export const hubPolicy: RegistryOptions = { anonymousPush: false, openSignup: true, namespaced: true, hideUnknown: true };

/** A plain `registry:2`: no auth at all. */
export const privateRegistryPolicy: RegistryOptions = { anonymousPush: true, openSignup: true, namespaced: false, hideUnknown: false };

export class Registries {
  private readonly byHost = new Map<string, Registry>();

  /**
   * @example const regs = new Registries(); regs.get('docker.io') // the Hub (empty until seeded)
   */
  constructor(hub: Registry = new Registry(DOCKER_HUB, hubPolicy)) {
    this.byHost.set(DOCKER_HUB, hub);
  }

  get hub(): Registry {
    return this.byHost.get(DOCKER_HUB)!;
  }

  get(host: string): Registry | undefined {
    return this.byHost.get(host);
  }

  /**
   * Start a registry at `host` (idempotent: an existing one keeps its content). Pass a
   * Registry to bring back one removed earlier (a restarted container with its volume).
   */
  addRegistry(host: string, options: RegistryOptions | Registry = privateRegistryPolicy): Registry {
    let registry = this.byHost.get(host);
    if (!registry) {
      registry = options instanceof Registry ? options : new Registry(host, options);
      this.byHost.set(host, registry);
    }
    return registry;
  }

  /** Stop reaching `host` (Docker Hub stays). Returns the registry that was there. */
  removeRegistry(host: string): Registry | undefined {
    const registry = host === DOCKER_HUB ? undefined : this.byHost.get(host);
    if (registry) this.byHost.delete(host);
    return registry;
  }

  hosts(): string[] {
    return [...this.byHost.keys()];
  }
}
