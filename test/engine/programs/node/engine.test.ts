import { describe, expect, it } from 'vitest';
import { runScript } from '../../../../src/sim/host/transcript.ts';

const section = (transcript: string, command: string): string => {
  const start = transcript.indexOf(`$ ${command}\n`);
  const rest = transcript.slice(start + command.length + 3);
  const end = rest.indexOf('\n$ ');
  return end < 0 ? rest : rest.slice(0, end + 1);
};

describe('node through the engine', () => {
  for (const builder of ['classic', 'BuildKit']) {
    it(`the sample app built with the ${builder} builder answers curl through its published port and logs its start`, async () => {
      const build = builder === 'classic' ? 'DOCKER_BUILDKIT=0 docker build -q -t app .' : 'docker build -q -t app .';
      const transcript = await runScript(`${build}\ndocker run -d -p 3000:3000 --name app app\ncurl localhost:3000\ndocker logs app\n`, { seed: 1 });
      expect(section(transcript, 'curl localhost:3000')).toBe('Hello from inside a container!\n');
      expect(section(transcript, 'docker logs app')).toBe('App listening on port 3000\n');
    }, 30_000);
  }

  it('an infinite loop in a container is stopped and the engine keeps serving commands', async () => {
    const transcript = await runScript("docker run --rm node:20 node -e 'while(true){}'\ndocker run --rm node:20 node -e 'console.log(6*7)'\ndocker ps -a -q | wc -l\n", { seed: 1 });
    expect(transcript).toContain('dockyard: node used its CPU budget without pausing and was stopped\n[exit 137]\n');
    expect(section(transcript, "docker run --rm node:20 node -e 'console.log(6*7)'")).toMatch(/42\n$/);
  }, 30_000);

  it('a node server that handles SIGTERM stops at once on docker stop; one that does not waits for SIGKILL as PID 1', async () => {
    const handled = "require('http').createServer().listen(80); process.on('SIGTERM', () => { console.log('graceful'); process.exit(0) })";
    const transcript = await runScript(`docker run -d --name polite node:20 node -e "${handled}"\ndocker stop polite\ndocker logs polite\ndocker inspect -f '{{.State.ExitCode}}' polite\n`, { seed: 1 });
    expect(section(transcript, 'docker logs polite')).toBe('graceful\n');
    expect(section(transcript, "docker inspect -f '{{.State.ExitCode}}' polite")).toBe('0\n');
    const ignored = await runScript(`docker run -d --name stubborn node:20 node -e "require('http').createServer().listen(80)"\ndocker stop stubborn\ndocker inspect -f '{{.State.ExitCode}}' stubborn\n`, { seed: 1 });
    expect(section(ignored, "docker inspect -f '{{.State.ExitCode}}' stubborn")).toBe('137\n');
  }, 30_000);
});
