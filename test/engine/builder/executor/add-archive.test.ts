import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { Daemon } from '../../../../src/engine/daemon/daemon.ts';
import { build, contextTar } from './helpers.ts';

describe('ADD of a local archive', () => {
  it('unpacks a plain tar and a gzip-compressed tar into the destination, and copies other files as they are', async () => {
    const daemon = new Daemon();
    const archive = contextTar({ 'site/index.html': '<h1>hi</h1>\n', 'site/about.html': 'about\n' });
    const r = await build(
      daemon,
      {
        Dockerfile: 'FROM alpine\nADD plain.tar /plain/\nADD packed.tar.gz /packed/\nADD notes.txt /notes/\n',
        'plain.tar': archive,
        'packed.tar.gz': gzipSync(archive),
        'notes.txt': 'just text\n',
      },
      { t: 'added' },
    );
    expect(r.error).toBeUndefined();
    const layers = (await daemon.api.handle({ method: 'GET', path: '/v1.50/_dockyard/images/added/layers' })).body as { files: { path: string }[] }[];
    const paths = layers.flatMap((l) => l.files.map((f) => f.path));
    expect(paths).toEqual(expect.arrayContaining(['/plain/site/index.html', '/packed/site/about.html', '/notes/notes.txt']));
    expect(paths).not.toContain('/packed/packed.tar.gz');
  });
});
