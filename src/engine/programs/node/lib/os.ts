/**
 * `os` inside the sandbox, minimal: what a container reports (hostname from the
 * container, linux, x64, the machine's CPUs and memory as the simulator describes them).
 * JavaScript evaluated in QuickJS as a CommonJS module body; `__host` answers hostname.
 */
export const osSource = String.raw`
const cpu = { model: 'Intel(R) Xeon(R) CPU @ 2.20GHz', speed: 2200, times: { user: 0, nice: 0, sys: 0, idle: 0, irq: 0 } };
module.exports = {
  EOL: '\n',
  hostname: () => __host('hostname'),
  platform: () => 'linux',
  type: () => 'Linux',
  arch: () => 'x64',
  release: () => __host('kernelRelease'),
  homedir: () => process.env.HOME || '/root',
  tmpdir: () => process.env.TMPDIR || '/tmp',
  cpus: () => Array.from({ length: 4 }, () => cpu),
  totalmem: () => 8 * 1024 * 1024 * 1024,
  freemem: () => 6 * 1024 * 1024 * 1024,
  uptime: () => Math.floor(__host('now') / 1000) % 100000,
  loadavg: () => [0, 0, 0],
  networkInterfaces: () => ({}),
  userInfo: () => ({ uid: __host('uid'), gid: __host('gid'), username: __host('uid') === 0 ? 'root' : 'node', homedir: process.env.HOME || '/root', shell: '/bin/sh' }),
  endianness: () => 'LE',
};
`;
