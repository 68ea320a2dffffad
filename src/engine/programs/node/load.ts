/**
 * Loading the JavaScript engine lazily: quickjs-emscripten is imported and its
 * WebAssembly compiled the first time a container runs `node`; later node processes
 * share that module and each get their own QuickJS runtime (a separate heap with its
 * own limits), so only the first start waits for real time. A runtime is freed when
 * its process ends; one whose process was killed is freed at the next node start
 * (`sweep`). The wasm file is found by the package itself (`new URL(…,
 * import.meta.url)`), which both Vite and plain Node understand.
 */
import type { QuickJSWASMModule } from 'quickjs-emscripten';
import type { ProcessContext } from '../../process/types.ts';

type Library = typeof import('quickjs-emscripten');
let engine: Promise<QuickJSWASMModule> | undefined;
let loaded: QuickJSWASMModule | undefined;

/** The QuickJS WebAssembly module (the release build, synchronous), loaded once. */
export function sharedEngine(): Promise<QuickJSWASMModule> {
  engine ??= import('quickjs-emscripten').then((lib: Library) => lib.newQuickJSWASMModule(lib.RELEASE_SYNC)).then((module) => (loaded = module));
  return engine;
}

/** The module if it has finished loading, so a start need not wait at all. */
export function loadedEngine(): QuickJSWASMModule | undefined {
  return loaded;
}

interface Owned {
  ctx: ProcessContext;
  free(): void;
}
const owned = new Set<Owned>();

/** Free `free` when the process ends normally (the returned function) or, if it is killed, at the next sweep. */
export function own(ctx: ProcessContext, free: () => void): () => void {
  const entry: Owned = { ctx, free };
  owned.add(entry);
  return () => {
    if (owned.delete(entry)) free();
  };
}

/** Free the runtimes of node processes that were killed (they never returned to free their own). */
export function sweep(): void {
  for (const entry of owned) {
    const alive = entry.ctx.processes?.().some((p) => p.pid === entry.ctx.pid) ?? true;
    if (alive) continue;
    owned.delete(entry);
    entry.free();
  }
}

/**
 * Wait for real work (fetching and compiling wasm) while virtual time stands still:
 * a zero-length virtual sleep keeps a timer pending, so the host's clock driver keeps
 * turning macrotasks instead of concluding the process is idle, and no virtual time
 * passes however long the load takes. That keeps transcripts deterministic.
 */
export async function offClock<T>(ctx: ProcessContext, work: Promise<T>): Promise<T> {
  let settled = false;
  const done = work.finally(() => (settled = true));
  while (!settled) await ctx.sleep(0);
  return done;
}
