/**
 * A container's state as the Engine API reports it (`State` in inspect, `State` and
 * `Status` in the list), and the transition rules of moby's container/state.go.
 */
import { humanDuration } from '../util/units.ts';
import { rfc3339Nano } from '../util/gotime.ts';

export type ContainerStatus = 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead';

export interface ContainerState {
  Status: ContainerStatus;
  Running: boolean;
  Paused: boolean;
  Restarting: boolean;
  OOMKilled: boolean;
  Dead: boolean;
  Pid: number;
  ExitCode: number;
  Error: string;
  /** ms since epoch; 0 = never (inspect shows `0001-01-01T00:00:00Z`). */
  StartedAt: number;
  FinishedAt: number;
}

export function initialState(): ContainerState {
  return {
    Status: 'created',
    Running: false,
    Paused: false,
    Restarting: false,
    OOMKilled: false,
    Dead: false,
    Pid: 0,
    ExitCode: 0,
    Error: '',
    StartedAt: 0,
    FinishedAt: 0,
  };
}

/** The human STATUS column (moby `State.String()`), e.g. `Up 5 seconds`, `Exited (0) 3 seconds ago`. */
export function statusString(state: ContainerState, now: number, health?: string): string {
  switch (state.Status) {
    case 'running': {
      const up = `Up ${humanDuration(now - state.StartedAt)}`;
      return health ? `${up} (${health})` : up;
    }
    case 'paused':
      return `Up ${humanDuration(now - state.StartedAt)} (Paused)`;
    case 'restarting':
      return `Restarting (${state.ExitCode}) ${humanDuration(now - state.FinishedAt)} ago`;
    case 'removing':
      return 'Removal In Progress';
    case 'dead':
      return 'Dead';
    case 'created':
      return 'Created';
    case 'exited':
      if (state.FinishedAt === 0) return '';
      return `Exited (${state.ExitCode}) ${humanDuration(now - state.FinishedAt)} ago`;
  }
}

/** Go's zero time or an RFC3339Nano timestamp, as inspect prints State times. */
export function inspectTime(ms: number): string {
  return ms === 0 ? '0001-01-01T00:00:00Z' : rfc3339Nano(ms);
}
