/**
 * One QuickJS runtime and context for one node process, with its limits installed
 * (interrupt budget, memory, stack) and the single door between the sandbox and the
 * engine: a global `__host(op, …args)` dispatching to the process's host operations,
 * plus a `__dockyard` object where the sandbox's own JavaScript leaves its hooks
 * (`runTimers`, `dispatch`…) for the host to call. Values cross as strings, numbers
 * and booleans; bytes as latin1 strings; structures as JSON.
 */
import type { QuickJSContext, QuickJSHandle, QuickJSRuntime, QuickJSWASMModule } from 'quickjs-emscripten';
import { memoryLimitBytes, stackLimitBytes, type Budget } from './budget.ts';

/** A host operation's result: a plain value, or a handle made in the sandbox (a compiled function). */
export type HostResult = string | number | boolean | undefined | null | { handle: QuickJSHandle };
export type HostOp = (...args: unknown[]) => HostResult | void;

/** An error a host operation throws into the sandbox, with node's fields (code, errno, syscall, path). */
export class HostError extends Error {
  constructor(
    message: string,
    readonly fields: Record<string, string | number> = {},
  ) {
    super(message);
  }
}

/** What escaped from the sandbox: the dumped exception (`{ name, message, stack }`, HALT's `{ halt: true }`…). */
export type Escaped = { error: unknown } | { value: unknown };

export class Sandbox {
  readonly runtime: QuickJSRuntime;
  readonly vm: QuickJSContext;

  constructor(engine: QuickJSWASMModule, budget: Budget, ops: Record<string, HostOp>) {
    this.runtime = engine.newRuntime();
    this.runtime.setMemoryLimit(memoryLimitBytes);
    this.runtime.setMaxStackSize(stackLimitBytes);
    this.runtime.setInterruptHandler(budget.interrupt);
    const vm = (this.vm = this.runtime.newContext());
    const host = vm.newFunction('__host', (nameHandle, ...argHandles) => {
      const name = vm.getString(nameHandle);
      const op = ops[name];
      if (!op) return { error: vm.newError(`dockyard: no host operation ${name}`) };
      try {
        return this.toHandle(op(...argHandles.map((h) => vm.dump(h))));
      } catch (e) {
        return { error: this.errorHandle(e) };
      }
    });
    vm.setProp(vm.global, '__host', host);
    host.dispose();
    const hooks = vm.newObject();
    vm.setProp(vm.global, '__dockyard', hooks);
    hooks.dispose();
  }

  /** Free the runtime's heap. A leftover handle makes QuickJS complain; the heap goes either way. */
  dispose(): void {
    try {
      this.vm.dispose();
      this.runtime.dispose();
    } catch {
      // Freed as far as QuickJS allows: nothing else refers to this runtime any more.
    }
  }

  /** Evaluate a global script; the completion value or the exception, dumped. */
  evaluate(code: string, filename: string): Escaped {
    const result = this.vm.evalCode(code, filename);
    return this.settle(result);
  }

  /** Call `__dockyard[hook](...args)` in the sandbox. */
  call(hook: string, ...args: (string | number | boolean)[]): Escaped {
    const vm = this.vm;
    const hooks = vm.getProp(vm.global, '__dockyard');
    const fn = vm.getProp(hooks, hook);
    const handles = args.map((a) => (typeof a === 'string' ? vm.newString(a) : typeof a === 'number' ? vm.newNumber(a) : a ? vm.true : vm.false));
    const result = vm.callFunction(fn, vm.undefined, ...handles);
    for (const h of handles) if (h.alive && h !== vm.true && h !== vm.false) h.dispose();
    fn.dispose();
    hooks.dispose();
    return this.settle(result);
  }

  /** Run the promise jobs queued in the sandbox (then-callbacks, nextTick, microtasks). */
  drain(): Escaped {
    const result = this.runtime.executePendingJobs();
    if (result.error) {
      const error = this.vm.dump(result.error);
      result.error.dispose();
      return { error };
    }
    return { value: undefined };
  }

  /** Compile `source` as one function of node's CommonJS wrapper, named `filename` in stacks. */
  compileModule(source: string, filename: string): { handle: QuickJSHandle } {
    // One line for the wrapper's head, so line numbers in stacks match the file.
    const result = this.vm.evalCode(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, filename);
    if (result.error) throw new Thrown(result.error);
    return { handle: result.value };
  }

  /** Evaluate a script as `node -e` does and hand its completion value back into the sandbox. */
  evalScript(code: string, filename: string): { handle: QuickJSHandle } {
    const result = this.vm.evalCode(code, filename);
    if (result.error) throw new Thrown(result.error);
    return { handle: result.value };
  }

  private settle(result: { value: QuickJSHandle; error?: undefined } | { error: QuickJSHandle; value?: undefined }): Escaped {
    if (result.error) {
      const error = this.vm.dump(result.error);
      result.error.dispose();
      return { error };
    }
    const value = this.vm.dump(result.value);
    result.value.dispose();
    return { value };
  }

  private toHandle(result: HostResult | void): QuickJSHandle | undefined {
    const vm = this.vm;
    if (result === undefined) return undefined;
    if (result === null) return vm.null;
    if (typeof result === 'string') return vm.newString(result);
    if (typeof result === 'number') return vm.newNumber(result);
    if (typeof result === 'boolean') return result ? vm.true : vm.false;
    return result.handle;
  }

  private errorHandle(e: unknown): QuickJSHandle {
    if (e instanceof Thrown) return e.handle;
    const error = this.vm.newError({ name: 'Error', message: e instanceof Error ? e.message : String(e) });
    if (e instanceof HostError) {
      for (const [key, value] of Object.entries(e.fields)) {
        const h = typeof value === 'string' ? this.vm.newString(value) : this.vm.newNumber(value);
        this.vm.setProp(error, key, h);
        h.dispose();
      }
    }
    return error;
  }
}

/** A sandbox exception passing back through a host operation untouched (a SyntaxError in a module). */
class Thrown extends Error {
  constructor(readonly handle: QuickJSHandle) {
    super('thrown in the sandbox');
  }
}
