/**
 * `hello-world`: a FROM-scratch image holding one static binary, `/hello`, which prints
 * Docker's greeting (the `hello` program). Real size: 10.1kB (linux/amd64).
 */
import type { ImageSpec } from './spec.ts';
import { bin } from './files.ts';
import { copy, meta } from './history.ts';

export const helloWorld: ImageSpec = {
  repository: 'library/hello-world',
  tags: ['latest', 'linux'],
  created: '2025-01-21T23:32:32Z',
  config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: ['/hello'] },
  steps: [copy('COPY hello /', [bin('/hello', 'hello', 10_072)]), meta('CMD ["/hello"]')],
};
