/**
 * `docker login` and `docker logout`. Login checks credentials with the daemon
 * (POST /auth), then stores them in the config file as base64 `user:pass`, warning that
 * they are unencrypted. Without -u the real v28 client runs a browser device-code flow;
 * the simulator cannot, and says so. Logout only edits the config file.
 */
import type { CommandSpec } from '../command.ts';
import { atMost } from '../command.ts';
import { base64, configPath, indexServer, readConfig, writeConfig } from '../auth.ts';
import { CliError } from '../errors.ts';
import type { DockerIO } from '../io.ts';

async function readAll(io: DockerIO): Promise<string> {
  if (!io.stdin) return '';
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const chunk = await io.stdin.read();
    if (chunk === null) break;
    text += decoder.decode(chunk, { stream: true });
  }
  return text + decoder.decode();
}

export const login: CommandSpec = {
  name: 'login',
  use: '[OPTIONS] [SERVER]',
  short: 'Authenticate to a registry',
  long: 'Authenticate to a registry.\nDefaults to Docker Hub if no server is specified.',
  args: atMost(1),
  flags: [
    { long: 'password', short: 'p', type: 'string', usage: 'Password or Personal Access Token (PAT)' },
    { long: 'password-stdin', type: 'bool', usage: 'Take the Password or Personal Access Token (PAT) from stdin' },
    { long: 'username', short: 'u', type: 'string', usage: 'Username' },
  ],
  async run({ flags, io, args, client }) {
    let password = flags.string('password');
    const username = flags.string('username').trim();
    if (password !== '') io.stderr.write('WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n');
    if (flags.bool('password-stdin')) {
      if (password !== '') throw new CliError('--password and --password-stdin are mutually exclusive');
      if (username === '') throw new CliError('Must provide --username with --password-stdin');
      password = (await readAll(io)).replace(/\n$/, '').replace(/\r$/, '');
    }
    if (username === '' || password === '') {
      throw new CliError('Error: Cannot perform an interactive login from a non TTY device (the simulator needs -u and -p or --password-stdin)');
    }
    const server = args[0] && args[0] !== 'docker.io' && args[0] !== 'index.docker.io' ? args[0] : indexServer;
    const res = await (await client()).json<{ Status?: string; IdentityToken?: string }>('POST', '/auth', {
      body: { username, password, serveraddress: server },
    });
    const config = readConfig(io);
    const auth = base64(`${username}:${password}`);
    const changed = config.auths?.[server]?.auth !== auth;
    config.auths = { ...(config.auths ?? {}), [server]: { auth } };
    writeConfig(io, config);
    if (changed) {
      io.stderr.write(`\nWARNING! Your credentials are stored unencrypted in '${configPath(io)}'.\nConfigure a credential helper to remove this warning. See\nhttps://docs.docker.com/go/credential-store/\n\n`);
    }
    io.stdout.write(`${res.Status || 'Login Succeeded'}\n`);
    return 0;
  },
};

export const logout: CommandSpec = {
  name: 'logout',
  use: '[SERVER]',
  short: 'Log out from a registry',
  long: 'Log out from a registry.\nIf no server is specified, the default is defined by the daemon.',
  args: atMost(1),
  flags: [],
  async run({ io, args }) {
    const server = args[0] && args[0] !== 'docker.io' && args[0] !== 'index.docker.io' ? args[0].replace(/^https?:\/\//, '').replace(/\/.*$/, '') : indexServer;
    io.stdout.write(`Removing login credentials for ${server}\n`);
    const config = readConfig(io);
    if (config.auths && server in config.auths) {
      delete config.auths[server];
      writeConfig(io, config);
    }
    return 0;
  },
};
