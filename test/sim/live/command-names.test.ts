/**
 * Live mode names each real CLI command from the requests it sent: the CLI never tells
 * the daemon its command line.
 */
import { describe, expect, it } from 'vitest';
import { commandName, isPreamble } from '../../../src/sim/live/command-names.ts';

describe('commandName', () => {
  it('reads POST /containers/create as docker run with the image, command, name and --rm', () => {
    const body = { Image: 'alpine', Cmd: ['echo', 'hello'], HostConfig: { AutoRemove: true } };
    expect(commandName({ method: 'POST', path: '/v1.50/containers/create', body })).toBe('docker run --rm alpine echo hello');
    expect(commandName({ method: 'POST', path: '/v1.50/containers/create', query: { name: 'web' }, body: { Image: 'nginx' } })).toBe('docker run --name web nginx');
  });

  it('reads -d and published ports from the create request', () => {
    const body = { Image: 'nginx', AttachStdout: false, AttachStderr: false, HostConfig: { PortBindings: { '80/tcp': [{ HostIp: '', HostPort: '8080' }] } } };
    expect(commandName({ method: 'POST', path: '/v1.50/containers/create', query: { name: 'web' }, body })).toBe('docker run -d --name web -p 8080:80 nginx');
  });

  it('quotes a command word with spaces as a shell would need it', () => {
    expect(commandName({ method: 'POST', path: '/containers/create', body: { Image: 'alpine', Cmd: ['sh', '-c', 'exit 3'] } })).toBe("docker run alpine sh -c 'exit 3'");
  });

  it('names pulls, lists, builds and removals from their paths and queries', () => {
    expect(commandName({ method: 'POST', path: '/v1.50/images/create', query: { fromImage: 'alpine', tag: 'latest' } })).toBe('docker pull alpine:latest');
    expect(commandName({ method: 'GET', path: '/v1.50/containers/json', query: { all: '1' } })).toBe('docker ps -a');
    expect(commandName({ method: 'GET', path: '/v1.50/images/json' })).toBe('docker images');
    expect(commandName({ method: 'POST', path: '/v1.50/build', query: { t: 'app' } })).toBe('docker build -t app .');
    expect(commandName({ method: 'DELETE', path: '/v1.50/images/localhost:5000/app' })).toBe('docker rmi localhost:5000/app');
    expect(commandName({ method: 'POST', path: '/v1.50/containers/web/stop' })).toBe('docker stop web');
    expect(commandName({ method: 'POST', path: '/v1.50/images/localhost:5000/app/push' })).toBe('docker push localhost:5000/app');
  });

  it('says docker … when no request it knows fits', () => {
    expect(commandName({ method: 'GET', path: '/v1.50/plugins' })).toBe('docker …');
  });
});

describe('isPreamble', () => {
  it('counts the ping and inspects as requests that many commands begin with', () => {
    expect(isPreamble({ method: 'HEAD', path: '/_ping' })).toBe(true);
    expect(isPreamble({ method: 'GET', path: '/v1.50/containers/web/json' })).toBe(true);
    expect(isPreamble({ method: 'GET', path: '/v1.50/containers/web/logs' })).toBe(false);
  });
});
