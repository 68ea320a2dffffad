/**
 * Small wording helpers for the learner sentences: how a registry, an image reference,
 * a digest, a size and an API call are written in the trace. Pure functions of data.
 */
import { humanSize, truncateId } from '../format/index.ts';

/** `docker.io` is Docker Hub to a learner; anything else keeps its host name. */
export function registryName(host: string): string {
  return host === 'docker.io' || host === 'registry-1.docker.io' ? 'Docker Hub' : host;
}

/** `docker.io/library/hello-world:latest` → `hello-world:latest`, as the CLI prints it. */
export function familiar(reference: string): string {
  return reference.replace(/^docker\.io\/library\//, '').replace(/^docker\.io\//, '');
}

/** `docker.io`, `library/alpine`, `3.20` → `alpine:3.20`. */
export function repoRef(registry: string, repository: string, reference?: string): string {
  const name = familiar(`${registry}/${repository}`);
  if (!reference) return name;
  return reference.startsWith('sha256:') ? `${name}@${reference}` : `${name}:${reference}`;
}

/** A digest or ID as the CLI shows it: 12 hex characters. */
export function short(id: string): string {
  return truncateId(id);
}

/** Bytes as `docker images` shows them (`13.3kB`, `7.95MB`). */
export function size(bytes: number): string {
  return humanSize(bytes);
}

/** `/v1.50/containers/abc…/start` → `/containers/abc123456789/start`: no version, short IDs. */
export function apiLabelPath(path: string): string {
  return path.replace(/^\/v\d+\.\d+/, '').replace(/[0-9a-f]{64}/g, (id) => id.slice(0, 12));
}

/** `POST /containers/create`, the label of a packet on the client → daemon edge. */
export function apiLabel(method: string, path: string): string {
  return `${method} ${apiLabelPath(path)}`;
}

const reasons: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  304: 'Not Modified',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  500: 'Internal Server Error',
};

/** `201 Created`, the label of a response packet. */
export function statusLabel(status: number): string {
  return reasons[status] ? `${status} ${reasons[status]}` : String(status);
}

/** `1 layer`, `3 layers`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
