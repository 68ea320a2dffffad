/**
 * A name for a command the real docker CLI ran, guessed from the Engine API requests it
 * sent: the CLI never tells the daemon its command line, so `POST /containers/create`
 * with `{"Image":"alpine","Cmd":["echo","hello"]}` reads as `docker run alpine echo
 * hello`. A guess, shown as such in live mode; `docker …` when nothing fits.
 */
import { familiar } from '../trace/words.ts';

export interface SeenRequest {
  method: string;
  path: string;
  query?: Record<string, string | string[]>;
  body?: unknown;
}

/** Requests that many commands start with: a later request names the command better. */
export function isPreamble(request: SeenRequest): boolean {
  const path = unversioned(request.path);
  return /\/_ping$/.test(path) || (request.method === 'GET' && /^\/(containers|images)\/[^/]+\/json$/.test(path));
}

const apiRoots = /^\/(_ping|containers|images|build|auth|info|version|events|system|volumes|networks|exec|plugins|swarm|nodes|services|tasks|secrets|configs|distribution|session|commit|grpc)(\/|$)/;

/** Whether a request is Engine API traffic, not a browser asking the server for `/favicon.ico`. */
export function isApiPath(path: string): boolean {
  return apiRoots.test(unversioned(path));
}

export function unversioned(path: string): string {
  return path.replace(/^\/v[\d.]+(?=\/)/, '');
}

function one(query: SeenRequest['query'], key: string): string | undefined {
  const value = query?.[key];
  return Array.isArray(value) ? value[0] : value;
}

function words(value: unknown): string {
  return Array.isArray(value) ? value.map((w) => (/^[\w./:=@%+-]+$/.test(String(w)) ? String(w) : `'${String(w)}'`)).join(' ') : '';
}

interface CreateBody {
  Image?: string;
  Cmd?: unknown;
  AttachStdout?: boolean;
  AttachStderr?: boolean;
  HostConfig?: { AutoRemove?: boolean; PortBindings?: Record<string, { HostPort?: string }[] | null> };
}

/** `docker run -d` asks the daemon to attach to nothing. */
export function isDetachedCreate(body: unknown): boolean {
  const spec = (body ?? {}) as CreateBody;
  return spec.AttachStdout === false && spec.AttachStderr === false;
}

function runLine(query: SeenRequest['query'], body: unknown): string {
  const spec = (body ?? {}) as CreateBody;
  const name = one(query, 'name');
  const ports = Object.entries(spec.HostConfig?.PortBindings ?? {}).flatMap(([port, bindings]) =>
    (bindings ?? []).map((b) => `-p ${b.HostPort ? `${b.HostPort}:` : ''}${port.replace(/\/tcp$/, '')}`),
  );
  const parts = ['docker run', isDetachedCreate(body) ? '-d' : '', spec.HostConfig?.AutoRemove ? '--rm' : '', name ? `--name ${name}` : '', ...ports, spec.Image ?? '', words(spec.Cmd)];
  return parts.filter(Boolean).join(' ');
}

const decode = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

/** The likely command line behind a request, e.g. `docker pull alpine:latest`. */
export function commandName(request: SeenRequest): string {
  const { method, query, body } = request;
  const path = unversioned(request.path);
  const item = /^\/(containers|images|volumes|networks)\/(.+?)(\/[a-z]+)?$/.exec(path);
  const target = item ? decode(item[2]) : '';
  const action = item?.[3]?.slice(1);
  if (method === 'POST' && path === '/containers/create') return runLine(query, body);
  if (method === 'POST' && path === '/images/create') return `docker pull ${familiar(`${one(query, 'fromImage') ?? ''}${one(query, 'tag') ? `:${one(query, 'tag')}` : ''}`)}`;
  if (method === 'POST' && path === '/build') return `docker build${one(query, 't') ? ` -t ${one(query, 't')}` : ''} .`;
  if (method === 'POST' && path === '/auth') return 'docker login';
  if (method === 'GET' && path === '/containers/json') return one(query, 'all') ? 'docker ps -a' : 'docker ps';
  const simple: Record<string, string> = {
    'GET /images/json': 'docker images',
    'GET /version': 'docker version',
    'GET /info': 'docker info',
    'GET /system/df': 'docker system df',
    'GET /events': 'docker events',
    'GET /volumes': 'docker volume ls',
    'POST /volumes/create': 'docker volume create',
    'GET /networks': 'docker network ls',
    'POST /networks/create': 'docker network create',
  };
  if (simple[`${method} ${path}`]) return simple[`${method} ${path}`];
  if (item?.[1] === 'containers' && method === 'POST' && action === 'exec') return `docker exec ${target} ${words((body as { Cmd?: unknown } | undefined)?.Cmd)}`.trim();
  if (item?.[1] === 'containers' && method === 'POST' && action) return `docker ${action} ${target}`;
  if (item?.[1] === 'containers' && method === 'GET' && (action === 'logs' || action === 'json')) return `docker ${action === 'json' ? 'inspect' : 'logs'} ${target}`;
  const removed = method === 'DELETE' ? /^\/(containers|images)\/(.+)$/.exec(path) : null;
  if (removed) return `docker ${removed[1] === 'containers' ? 'rm' : 'rmi'} ${decode(removed[2])}`;
  if (item?.[1] === 'images' && method === 'POST' && action === 'push') return `docker push ${target}`;
  if (item?.[1] === 'images' && method === 'POST' && action === 'tag') return `docker tag ${target} ${one(query, 'repo') ?? ''}${one(query, 'tag') ? `:${one(query, 'tag')}` : ''}`;
  if (item?.[1] === 'images' && method === 'GET' && action === 'history') return `docker history ${target}`;
  if (item?.[1] === 'images' && method === 'GET' && action === 'json') return `docker inspect ${target}`;
  return 'docker …';
}
