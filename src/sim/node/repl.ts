/**
 * The interactive terminal of `npx dockyard`: Node's readline for line editing and
 * history, a prompt like a Linux shell's, continuation prompts for open quotes and
 * here-documents, Ctrl-C to interrupt the running command. Virtual time follows real
 * time here, so `sleep 2` takes two seconds and "Up 5 seconds" means what it says.
 */
import { createInterface } from 'node:readline';
import { HostSession } from '../host/session.ts';
import { hostUser } from '../host/host-fs.ts';

function prompt(session: HostSession): string {
  const cwd = session.shell.cwd;
  const shown = cwd === hostUser.home ? '~' : cwd.startsWith(`${hostUser.home}/`) ? `~${cwd.slice(hostUser.home.length)}` : cwd;
  return `${hostUser.name}@${hostUser.hostname}:${shown}$ `;
}

export async function interactive(options: { seed: number }): Promise<number> {
  const session = new HostSession({
    seed: options.seed,
    startTime: Date.now(),
    isTTY: false,
    interactive: true,
    columns: process.stdout.columns,
    output: { stdout: process.stdout, stderr: process.stderr },
  });
  // Keep virtual time in step with real time, firing due timers as it goes.
  let last = Date.now();
  const ticker = setInterval(() => {
    const now = Date.now();
    session.clock.advance(now - last);
    last = now;
  }, 50);
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY, historySize: 1000 });
  process.stdout.write('Dockyard: a simulated Docker engine. Try `docker run hello-world`; `exit` leaves.\n');
  let buffer = '';
  let busy = false;
  const showPrompt = () => {
    rl.setPrompt(buffer ? '> ' : prompt(session));
    rl.prompt();
  };
  rl.on('SIGINT', () => {
    process.stdout.write('^C\n');
    if (busy) session.interrupt();
    else {
      buffer = '';
      showPrompt();
    }
  });
  const finished = new Promise<void>((resolve) => {
    // While a command runs, typed lines are its standard input (`docker run -it alpine sh`).
    rl.on('line', (line) => {
      if (busy) return session.sendInput(`${line}\n`);
      buffer = buffer ? `${buffer}\n${line}` : line;
      if (session.shell.needsMoreInput(buffer)) return showPrompt();
      const command = buffer;
      buffer = '';
      if (command.trim() === '') return showPrompt();
      busy = true;
      void session.run(command).then(() => {
        busy = false;
        if (session.shell.ended) return rl.close();
        showPrompt();
      });
    });
    rl.on('close', () => {
      // Ctrl-D (or the end of piped input): end the running command's input, then leave once it is done.
      session.endInput();
      const leave = () => (busy ? setTimeout(leave, 20) : resolve());
      leave();
    });
  });
  showPrompt();
  await finished;
  clearInterval(ticker);
  return 0;
}
