/**
 * Loading the JavaScript engine lazily: quickjs-emscripten is imported the first time
 * a container runs `node`, and each node process gets its own WebAssembly instance, so
 * a process the daemon kills leaves nothing behind (its instance is garbage once
 * unreferenced). The wasm file is found by the package itself (`new URL(…,
 * import.meta.url)`), which both Vite and plain Node understand.
 */
import type { QuickJSWASMModule } from 'quickjs-emscripten';
import type { ProcessContext } from '../../process/types.ts';

type Library = typeof import('quickjs-emscripten');
let library: Promise<Library> | undefined;

/** A fresh QuickJS WebAssembly module (the release build, synchronous). */
export async function newEngine(): Promise<QuickJSWASMModule> {
  library ??= import('quickjs-emscripten');
  const lib = await library;
  return lib.newQuickJSWASMModule(lib.RELEASE_SYNC);
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
