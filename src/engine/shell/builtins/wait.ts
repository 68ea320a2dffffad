/** `wait`: wait for the background jobs started with `&`; the status of the last one. */
import type { Builtin } from './types.ts';

export const wait: Builtin = async (sh) => {
  const jobs = sh.background.splice(0);
  const statuses = await Promise.all(jobs);
  return statuses.length > 0 ? statuses[statuses.length - 1] : 0;
};
