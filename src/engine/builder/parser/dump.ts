/**
 * BuildKit's `Node.Dump`: the s-expression format of the parser's golden test files
 * (`testfiles/<case>/result`), one `(instruction "arg" ...)` line per instruction.
 */
import type { Node } from './node.ts';
import { goQuote, goQuoteList, goTrimSpace } from './go-quote.ts';

/** Dump a node (normally the root returned by `parseDockerfile`) as BuildKit does. */
export function dumpNode(node: Node): string {
  let str = node.value.toLowerCase();
  if (node.flags.length > 0) str += ' ' + goQuoteList(node.flags);
  for (const child of node.children) str += '(' + dumpNode(child) + ')\n';
  for (const arg of node.args) {
    str += ' ' + (arg.children.length > 0 ? dumpNode(arg) : goQuote(arg.value));
  }
  return goTrimSpace(str);
}
