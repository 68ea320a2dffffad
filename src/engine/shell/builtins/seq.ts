/** `seq [-s SEP] [-w] [first [step]] last`: a sequence of numbers. */
import type { Program } from '../../process/types.ts';

export const seq: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  let sep = '\n';
  let width = false;
  while (args[0] === '-s' || args[0] === '-w') {
    if (args.shift() === '-s') sep = args.shift() ?? '\n';
    else width = true;
  }
  const nums = args.map(Number);
  if (nums.length === 0 || nums.length > 3 || nums.some((n) => !Number.isFinite(n))) {
    ctx.stderr.write(nums.length === 0 ? 'seq: missing operand\n' : `seq: invalid number\n`);
    return 1;
  }
  const [first, step, last] = nums.length === 1 ? [1, 1, nums[0]] : nums.length === 2 ? [nums[0], 1, nums[1]] : nums;
  const out: string[] = [];
  if (step !== 0) for (let n = first; step > 0 ? n <= last : n >= last; n += step) out.push(String(n));
  const pad = Math.max(...out.map((s) => s.length), 0);
  if (out.length > 0) ctx.stdout.write(out.map((s) => (width ? s.padStart(pad, '0') : s)).join(sep) + '\n');
  return 0;
};
