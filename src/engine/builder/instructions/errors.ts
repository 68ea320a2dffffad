/**
 * The instruction layer's error messages (BuildKit instructions/parse.go), in one
 * place so their exact wording is easy to compare with Docker's.
 */
import { invalidParameter } from '../../errdefs.ts';

export const errAtLeastOneArgument = (cmd: string) => invalidParameter(`${cmd} requires at least one argument`);
export const errExactlyOneArgument = (cmd: string) => invalidParameter(`${cmd} requires exactly one argument`);
export const errNoDestinationArgument = (cmd: string) =>
  invalidParameter(`${cmd} requires at least two arguments, but only one was provided. Destination could not be determined`);
export const errBlankCommandNames = (cmd: string) => invalidParameter(`${cmd} names can not be blank`);
export const errTooManyArguments = (cmd: string) => invalidParameter(`Bad input to ${cmd}, too many arguments`);
export const errBadHeredoc = (cmd: string, option: string) => invalidParameter(`${cmd} cannot accept a heredoc as ${option}`);

/** SHELL in shell form; with a hint when it looks like an unescaped Windows path in broken JSON. */
export function errNotJSON(cmd: string, original: string): Error {
  const lower = original.toLowerCase().replace(/^\s*#.*$/gm, '');
  let extra = '';
  if (/"[a-z]:\\.*/.test(lower) && !lower.includes('\\\\') && lower.includes('[') && lower.includes(']')) {
    extra = `. It looks like '${lower}' includes a file path without an escaped back-slash. JSON requires back-slashes to be escaped such as ["c:\\\\path\\\\to\\\\file.exe", "/parameter"]`;
  }
  return invalidParameter(`${cmd} requires the arguments to be in JSON form${extra}`);
}
