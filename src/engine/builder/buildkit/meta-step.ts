/**
 * Metadata instructions on BuildKit: the image config changes as on the classic
 * builder (shared dispatchers), but the history entry uses BuildKit's wording
 * (`ENV A=b`, `CMD ["node" "index.js"]`, `EXPOSE map[80/tcp:{}]`, `SHELL [/bin/bash -c]`,
 * `HEALTHCHECK {Test:[…] Interval:30s …}`), has no layer, and there is no vertex and no
 * container. ONBUILD records no history at all.
 */
import { formatGoDuration } from '../instructions/go-duration.ts';
import { applyMetadata, type MetaCommand } from '../executor/metadata.ts';
import { appendMetadata, type BkState } from './state.ts';

function historyText(cmd: MetaCommand, buildkit: string): string | null {
  switch (cmd.kind) {
    case 'ONBUILD':
      return null;
    case 'SHELL':
      return `SHELL [${cmd.shell.join(' ')}]`;
    case 'HEALTHCHECK': {
      const h = cmd.health;
      const d = formatGoDuration;
      return `HEALTHCHECK {Test:[${h.test.join(' ')}] Interval:${d(h.interval)} Timeout:${d(h.timeout)} StartPeriod:${d(h.startPeriod)} StartInterval:${d(h.startInterval)} Retries:${h.retries}}`;
    }
    default:
      return buildkit;
  }
}

export function metaStep(state: BkState, cmd: MetaCommand): void {
  const [, buildkit] = applyMetadata(state, cmd);
  if (cmd.kind === 'CMD') state.runConfig.ArgsEscaped = true;
  const text = historyText(cmd, buildkit);
  if (text !== null) appendMetadata(state, text);
}
