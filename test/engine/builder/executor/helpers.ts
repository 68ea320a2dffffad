/**
 * Fixtures for builder tests: a daemon, a context tar made from a map of files, and a
 * `build()` that posts it to `POST /build` and drives the virtual clock until the
 * stream ends, returning the printed text, the aux IDs and any error.
 */
import type { JsonMessage } from '../../../../src/engine/api/types.ts';
import { Daemon } from '../../../../src/engine/daemon/daemon.ts';
import { writeTar, type TarEntry } from '../../../../src/engine/layer/tar.ts';
import { settle } from '../../../../src/sim/settle.ts';

export function contextTar(files: Record<string, string | Uint8Array>): Uint8Array {
  const entries: TarEntry[] = Object.entries(files).map(([path, content]) => ({
    path,
    type: 'file',
    mode: 0o644,
    uid: 1000,
    gid: 1000,
    mtime: 1_700_000_000,
    data: typeof content === 'string' ? new TextEncoder().encode(content) : content,
  }));
  return writeTar(entries);
}

export interface BuildResult {
  status: number;
  text: string;
  ids: string[];
  error?: { message: string; code?: number };
  messages: JsonMessage[];
}

export async function build(daemon: Daemon, files: Record<string, string | Uint8Array>, query: Record<string, string | string[]> = {}): Promise<BuildResult> {
  const run = async (): Promise<BuildResult> => {
    const res = await daemon.api.handle({ method: 'POST', path: '/v1.50/build', query: { version: '1', ...query }, body: contextTar(files) });
    const out: BuildResult = { status: res.status, text: '', ids: [], messages: [] };
    if (!res.messages) {
      out.error = { message: (res.body as { message: string }).message };
      return out;
    }
    for await (const m of res.messages) {
      out.messages.push(m);
      if (m.stream) out.text += m.stream;
      if (m.aux) out.ids.push((m.aux as { ID: string }).ID);
      if (m.errorDetail) out.error = m.errorDetail;
    }
    return out;
  };
  const result = await settle(daemon.clock, run(), 3_600_000);
  if (!result.done) throw new Error('build did not finish');
  return result.value;
}

export const seedFiles = {
  'package.json': '{\n  "name": "app",\n  "version": "1.0.0",\n  "dependencies": { "express": "^4.19.2" }\n}\n',
  'index.js': "const express = require('express');\n",
  Dockerfile: 'FROM node:18\nCOPY . /app\nWORKDIR /app\nRUN npm install\nCMD ["node", "index.js"]\n',
};

export function historyOf(daemon: Daemon, ref: string) {
  const img = daemon.images.images.get(daemon.images.resolve(ref).id as never)!;
  return img.config.history;
}
