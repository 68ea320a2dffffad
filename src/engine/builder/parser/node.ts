/**
 * The Dockerfile AST, shaped like BuildKit's parser.Node: one child of the root per
 * instruction, whose `args` are BuildKit's `Next` chain flattened into an array. An
 * argument with children is a sub-instruction (ONBUILD's trigger). Nodes keep the
 * original text and line range so a build can print `Step N/M : <original>`.
 */

export interface Heredoc {
  /** The delimiter word with quotes removed (`EOF` for `<<'EOF'`). */
  name: string;
  /** The n in `n<<EOF`; 0 when absent. */
  fileDescriptor: number;
  /** False when any part of the delimiter was quoted: the body is not expanded. */
  expand: boolean;
  /** True for `<<-`: leading tabs are stripped from body lines when used. */
  chomp: boolean;
  /** The body, each line with its newline, without the terminator line. */
  content: string;
}

export interface Node {
  value: string;
  args: Node[];
  children: Node[];
  heredocs: Heredoc[];
  /** `json: true` when the arguments came from a JSON array (exec form). */
  json: boolean;
  original: string;
  flags: string[];
  startLine: number;
  endLine: number;
  /** Comment lines directly above the instruction, `#` and surrounding space removed. */
  prevComment: string[];
}

export function makeNode(value: string, init: Partial<Node> = {}): Node {
  return {
    value,
    args: [],
    children: [],
    heredocs: [],
    json: false,
    original: '',
    flags: [],
    startLine: 0,
    endLine: 0,
    prevComment: [],
    ...init,
  };
}

/** The argument values of an instruction node, a sub-instruction contributing its name then its args (BuildKit nodeArgs). */
export function nodeArgs(node: Node): string[] {
  const out: string[] = [];
  // A loop rather than recursion: ONBUILD chains may be arbitrarily deep.
  const pending: Node[][] = [node.args];
  while (pending.length > 0) {
    const args = pending.pop()!;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      if (arg.children.length === 0) out.push(arg.value);
      else if (arg.children.length === 1) {
        const sub = arg.children[0];
        out.push(sub.value);
        pending.push(args.slice(i + 1), sub.args);
        break;
      }
    }
  }
  return out;
}
