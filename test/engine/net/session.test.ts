import { describe, expect, it } from 'vitest';
import { makeSession } from './session.ts';

describe('HTTP between the host and containers', () => {
  it('curl localhost:<published port> on the host reaches nginx, and docker logs shows the access line', async () => {
    const { run } = makeSession();
    await run('docker run -d -p 8080:80 --name web nginx');
    const page = await run('curl -s localhost:8080');
    expect(page.out).toContain('<h1>Welcome to nginx!</h1>');
    const logs = await run('docker logs web');
    expect(logs.out).toMatch(/^172\.17\.0\.1 - - \[30\/Nov\/2026:09:00:\d\d \+0000\] "GET \/ HTTP\/1\.1" 200 615 "-" "curl\/8\.5\.0" "-"$/m);
  });

  it('docker exec runs curl in the container’s namespace, where localhost is the container', async () => {
    const { run } = makeSession();
    await run('docker run -d --name web nginx');
    expect(await run("docker exec web curl -s -o /dev/null -w '%{http_code}' localhost/nope")).toEqual({ status: 0, out: '404' });
  });

  it('once the container stops, its published port refuses connections again', async () => {
    const { run } = makeSession();
    await run('docker run -d -p 8080:80 --name web nginx');
    await run('docker stop web');
    expect(await run('curl localhost:8080')).toEqual({ status: 7, out: "curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server\n" });
  });

  it('a second nginx in the same container cannot bind port 80', async () => {
    const { run } = makeSession();
    await run('docker run -d --name web nginx');
    const second = await run("docker exec web nginx -g 'daemon off;'");
    expect(second.status).toBe(1);
    expect(second.out).toContain('nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)\n');
  });

  it('containers on a user-defined network reach each other by name; on the default bridge the name does not resolve', async () => {
    const { run } = makeSession();
    await run('docker network create todo');
    await run('docker run -d --network todo --name web nginx');
    expect((await run('docker run --rm --network todo alpine wget -qO- http://web')).out).toContain('<title>Welcome to nginx!</title>');
    expect(await run('docker run --rm alpine wget -qO- http://web')).toEqual({ status: 1, out: "wget: bad address 'web'\n" });
  });

  it('httpd answers with its It works! page', async () => {
    const { run } = makeSession();
    await run('docker run -d -p 8081:80 httpd');
    expect(await run('curl -s localhost:8081')).toEqual({ status: 0, out: '<html><body><h1>It works!</h1></body></html>\n' });
  });

  it('the registry container serves the catalog of what was pushed through its published port', async () => {
    const { run } = makeSession();
    await run('docker run -d -p 5000:5000 --name registry registry:2');
    expect((await run('curl -s localhost:5000/v2/_catalog')).out).toBe('{"repositories":[]}\n');
    await run('docker pull hello-world');
    await run('docker tag hello-world localhost:5000/hello');
    await run('docker push localhost:5000/hello');
    expect((await run('curl -s localhost:5000/v2/_catalog')).out).toBe('{"repositories":["hello"]}\n');
    expect((await run('curl -s localhost:5000/v2/hello/tags/list')).out).toBe('{"name":"hello","tags":["latest"]}\n');
  });
});
