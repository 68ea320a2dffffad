/**
 * Exec instances (`docker exec`): created against a running container, started once,
 * inspected afterwards for their exit code, as the Engine API's /exec endpoints expect.
 */
import { notFound } from '../../errdefs.ts';

export interface ExecConfig {
  Cmd: string[];
  Env?: string[] | null;
  WorkingDir?: string;
  User?: string;
  Tty?: boolean;
  AttachStdin?: boolean;
  AttachStdout?: boolean;
  AttachStderr?: boolean;
  Privileged?: boolean;
  DetachKeys?: string;
}

export interface ExecInstance {
  id: string;
  containerId: string;
  config: ExecConfig;
  running: boolean;
  exitCode: number | null;
  pid: number;
  started: boolean;
}

export class ExecStore {
  private byId = new Map<string, ExecInstance>();

  add(exec: ExecInstance): void {
    this.byId.set(exec.id, exec);
  }

  get(id: string): ExecInstance {
    const exec = this.byId.get(id);
    if (!exec) throw notFound(`No such exec instance: ${id}`);
    return exec;
  }

  delete(id: string): void {
    this.byId.delete(id);
  }
}
