/**
 * What an Engine API call means, in one clause a learner can follow: the request sentence
 * ("The CLI asks the daemon to create a container from hello-world.") and the response
 * sentence ("The daemon answers 201 Created with the new container's ID e8b4e54650cd.").
 */
import { apiLabel, apiLabelPath, familiar, short, statusLabel } from './words.ts';

type Query = Record<string, string | string[]> | undefined;

const q = (query: Query, key: string): string | undefined => {
  const v = query?.[key];
  return Array.isArray(v) ? v[0] : v;
};

const field = (body: unknown, key: string): unknown => (body && typeof body === 'object' ? (body as Record<string, unknown>)[key] : undefined);

/** What the CLI asks for. */
export function describeRequest(method: string, path: string, query: Query, body: unknown): string {
  const p = apiLabelPath(path);
  let m: RegExpExecArray | null;
  if (p === '/_ping') return 'The CLI checks that the daemon is there and which API version it speaks.';
  if (method === 'POST' && p === '/containers/create') {
    const name = q(query, 'name');
    return `The CLI asks the daemon to create a container from ${String(field(body, 'Image'))}${name ? ` named ${name}` : ''}.`;
  }
  if (method === 'POST' && p === '/images/create') {
    const ref = `${q(query, 'fromImage') ?? ''}${q(query, 'tag') ? `:${q(query, 'tag')}` : ''}`;
    return `The CLI asks the daemon to pull ${familiar(ref)}.`;
  }
  if (method === 'POST' && p === '/build') return `The CLI sends the build context to the daemon and asks it to build${q(query, 't') ? ` ${q(query, 't')}` : ' an image'}.`;
  if ((m = /^\/containers\/([^/]+)\/(attach|wait|logs)$/.exec(p))) {
    if (m[2] === 'attach') return `The CLI attaches to container ${m[1]} to receive its output.`;
    if (m[2] === 'wait') return `The CLI asks the daemon to tell it when container ${m[1]} exits.`;
    return `The CLI asks the daemon for the logs of container ${m[1]}.`;
  }
  if ((m = /^\/containers\/([^/]+)\/(start|stop|restart|kill|pause|unpause)$/.exec(p))) return `The CLI asks the daemon to ${m[2]} container ${m[1]}.`;
  if (method === 'DELETE' && (m = /^\/containers\/([^/]+)$/.exec(p))) return `The CLI asks the daemon to remove container ${m[1]}${q(query, 'force') ? ' (forcefully)' : ''}.`;
  if (method === 'DELETE' && (m = /^\/images\/(.+)$/.exec(p))) return `The CLI asks the daemon to remove image ${m[1]}.`;
  if ((m = /^\/images\/(.+)\/push$/.exec(p))) return `The CLI asks the daemon to push ${familiar(m[1])}${q(query, 'tag') ? `:${q(query, 'tag')}` : ''}.`;
  if ((m = /^\/images\/(.+)\/tag$/.exec(p))) return `The CLI asks the daemon to tag ${m[1]} as ${q(query, 'repo')}:${q(query, 'tag') ?? 'latest'}.`;
  if (method === 'POST' && (m = /^\/containers\/([^/]+)\/exec$/.exec(p))) return `The CLI asks the daemon to prepare a command to run inside container ${m[1]}.`;
  if (method === 'POST' && /^\/exec\/[^/]+\/start$/.test(p)) return 'The CLI asks the daemon to run the prepared command and stream its output.';
  if (method === 'POST' && p === '/commit') return `The CLI asks the daemon to save the changes of container ${q(query, 'container')} as a new image.`;
  if (method === 'POST' && p === '/auth') return 'The CLI sends your credentials to the daemon, which checks them with the registry.';
  if (method === 'GET' && (m = /^\/images\/(.+)\/history$/.exec(p))) return `The CLI asks the daemon for the layer history of ${m[1]}.`;
  if (method === 'DELETE' && (m = /^\/(volumes|networks)\/(.+)$/.exec(p))) return `The CLI asks the daemon to remove ${m[1] === 'volumes' ? 'volume' : 'network'} ${m[2]}.`;
  if (method === 'POST' && (m = /^\/(containers|images|volumes|networks|build)\/prune$/.exec(p))) return `The CLI asks the daemon to remove unused ${m[1] === 'build' ? 'build cache' : m[1]}.`;
  if (method === 'GET' && p === '/containers/json') return 'The CLI asks the daemon for the list of containers.';
  if (method === 'GET' && p === '/images/json') return 'The CLI asks the daemon for the list of images.';
  if (method === 'POST' && p === '/volumes/create') return `The CLI asks the daemon to create volume ${String(field(body, 'Name') ?? '')}.`.replace(' .', '.');
  if (method === 'POST' && p === '/networks/create') return `The CLI asks the daemon to create network ${String(field(body, 'Name') ?? '')}.`;
  if (method === 'GET' && /\/json$/.test(p)) return `The CLI asks the daemon for details (${apiLabel(method, path)}).`;
  return `The CLI sends ${apiLabel(method, path)} to the daemon.`;
}

/** What the daemon answers. */
export function describeResponse(method: string, path: string, status: number, body: unknown): string {
  const label = statusLabel(status);
  const message = field(body, 'message');
  if (status >= 400 && typeof message === 'string') return `The daemon answers ${label}: ${message}.`;
  const p = apiLabelPath(path);
  if (p === '/_ping') return `The daemon answers ${label}: it is ready.`;
  const newId = field(body, 'Id');
  if (typeof newId === 'string') return `The daemon answers ${label} with the new ID ${short(newId)}.`;
  if (method === 'POST' && (p === '/images/create' || p === '/build' || /\/push$/.test(p))) return `The daemon answers ${label} and keeps the connection open to stream progress.`;
  if (/\/(attach|logs)$/.test(p)) return `The daemon answers ${label} and keeps the connection open for the container's output.`;
  if (/\/wait$/.test(p)) return `The daemon answers ${label}; the exit code will follow when the container stops.`;
  if (Array.isArray(body)) return `The daemon answers ${label} with ${body.length} item${body.length === 1 ? '' : 's'}.`;
  return `The daemon answers ${label}.`;
}
