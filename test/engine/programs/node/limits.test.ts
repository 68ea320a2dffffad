import { describe, expect, it } from 'vitest';
import { cpuBudgetCalls } from '../../../../src/engine/programs/node/budget.ts';
import { node } from './run-node.ts';

describe('a node process is bounded', () => {
  it(`an infinite loop is stopped after ${cpuBudgetCalls} interrupt checks with a clear message and status 137`, async () => {
    const started = performance.now();
    const run = await node(['-e', 'while (true) {}']);
    expect(run).toEqual({ status: 137, stdout: '', stderr: 'dockyard: node used its CPU budget without pausing and was stopped\n' });
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('try/catch cannot swallow the stop', async () => {
    const run = await node(['-e', "try { for (;;) {} } catch (e) { console.log('caught') } console.log('after')"]);
    expect(run.status).toBe(137);
    expect(run.stdout).toBe('');
  });

  it('a runaway timer callback is stopped too, after earlier turns ran normally', async () => {
    const run = await node(['-e', "console.log('start'); setTimeout(() => { for (;;) {} }, 100)"]);
    expect(run).toEqual({ status: 137, stdout: 'start\n', stderr: 'dockyard: node used its CPU budget without pausing and was stopped\n' });
  });

  it('the sandbox keeps working after a process was stopped', async () => {
    await node(['-e', 'while (true) {}']);
    expect(await node(['-e', 'console.log("still here")'])).toEqual({ status: 0, stdout: 'still here\n', stderr: '' });
  });

  it('work spread over many turns is not runaway: the budget is per turn of the event loop', async () => {
    const code = 'let n = 0; const step = () => { for (let i = 0; i < 200000; i++) n++; if (n < 4000000) setImmediate(step); else console.log(n) }; step()';
    expect(await node(['-e', code])).toEqual({ status: 0, stdout: '4000000\n', stderr: '' });
  });

  it('memory is limited to 64 MB: a larger allocation is an out-of-memory error the program sees', async () => {
    const run = await node(['-e', "try { 'x'.repeat(1e8) } catch (e) { console.log('caught', e.message) }"]);
    expect(run).toEqual({ status: 0, stdout: 'caught out of memory\n', stderr: '' });
  });

  it('deep recursion is a stack overflow error, not a crash', async () => {
    const run = await node(['-e', 'const f = () => f(); try { f() } catch (e) { console.log(e.name, e.message) }']);
    expect(run).toEqual({ status: 0, stdout: 'InternalError stack overflow\n', stderr: '' });
  });
});
