import { expect, test } from 'vitest';
import { describeRequest, describeResponse } from '../../../src/sim/trace/api-words.ts';

const id = 'e8b4e54650cd0de60543c0e6f13165605f94a038c6d4faba7b5c19e4c9695cc8';

test('describeRequest says what the CLI asks for, with short IDs and without the API version', () => {
  const cases: [string, string, Record<string, string>?, unknown?][] = [
    ['POST', '/v1.50/containers/create', { name: 'web' }, { Image: 'nginx' }],
    ['POST', '/v1.50/images/create', { fromImage: 'docker.io/library/alpine', tag: '3.20' }],
    ['POST', `/v1.50/containers/${id}/start`],
    ['POST', `/v1.50/containers/${id}/attach`, { stream: '1' }],
    ['POST', '/v1.50/containers/web/exec', undefined, { Cmd: ['ls'] }],
    ['POST', '/v1.50/exec/abc/start'],
    ['DELETE', '/v1.50/containers/web', { force: '1' }],
    ['POST', '/v1.50/images/localhost:5000/app/push', { tag: 'v1' }],
    ['DELETE', '/v1.50/volumes/data'],
    ['POST', '/v1.50/images/prune'],
    ['GET', '/v1.50/info'],
  ];
  expect(cases.map(([method, path, query, body]) => describeRequest(method, path, query, body))).toMatchInlineSnapshot(`
    [
      "The CLI asks the daemon to create a container from nginx named web.",
      "The CLI asks the daemon to pull alpine:3.20.",
      "The CLI asks the daemon to start container e8b4e54650cd.",
      "The CLI attaches to container e8b4e54650cd to receive its output.",
      "The CLI asks the daemon to prepare a command to run inside container web.",
      "The CLI asks the daemon to run the prepared command and stream its output.",
      "The CLI asks the daemon to remove container web (forcefully).",
      "The CLI asks the daemon to push localhost:5000/app:v1.",
      "The CLI asks the daemon to remove volume data.",
      "The CLI asks the daemon to remove unused images.",
      "The CLI sends GET /info to the daemon.",
    ]
  `);
});

test('describeResponse tells errors by their message and streams as open connections', () => {
  expect(describeResponse('POST', '/v1.50/containers/create', 404, { message: 'No such image: nginx:latest' })).toBe('The daemon answers 404 Not Found: No such image: nginx:latest.');
  expect(describeResponse('POST', '/v1.50/images/create', 200, undefined)).toBe('The daemon answers 200 OK and keeps the connection open to stream progress.');
  expect(describeResponse('GET', '/v1.50/containers/json', 200, [{}, {}])).toBe('The daemon answers 200 OK with 2 items.');
});
