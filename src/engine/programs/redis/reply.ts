/**
 * Redis replies as values, their RESP2 wire form, and the way redis-cli prints them
 * (`OK`, `"value"`, `(integer) 1`, `(nil)`, `1) "key"`, `(error) ERR …`, `(empty array)`).
 * The server answers with Reply values; the wire between redis-cli and the server
 * carries RESP bytes, so both sides speak Redis's protocol.
 */

export type Reply =
  | { kind: 'status'; text: string }
  | { kind: 'error'; text: string }
  | { kind: 'integer'; value: number }
  | { kind: 'bulk'; value: string }
  | { kind: 'nil' }
  | { kind: 'array'; items: Reply[] };

export const ok: Reply = { kind: 'status', text: 'OK' };
export const nil: Reply = { kind: 'nil' };
export const integer = (value: number): Reply => ({ kind: 'integer', value });
export const bulk = (value: string): Reply => ({ kind: 'bulk', value });
export const error = (text: string): Reply => ({ kind: 'error', text });

/** RESP2 encoding of a reply. */
export function encodeReply(reply: Reply): string {
  switch (reply.kind) {
    case 'status':
      return `+${reply.text}\r\n`;
    case 'error':
      return `-${reply.text}\r\n`;
    case 'integer':
      return `:${reply.value}\r\n`;
    case 'bulk':
      return `$${new TextEncoder().encode(reply.value).length}\r\n${reply.value}\r\n`;
    case 'nil':
      return '$-1\r\n';
    case 'array':
      return `*${reply.items.length}\r\n${reply.items.map(encodeReply).join('')}`;
  }
}

/** A command as RESP: an array of bulk strings. */
export function encodeCommand(args: string[]): string {
  return encodeReply({ kind: 'array', items: args.map(bulk) });
}

/** Parse one RESP value from `text` at `pos`; returns the value and where it ended. */
export function decodeReply(text: string, pos = 0): { reply: Reply; end: number } {
  const lineEnd = text.indexOf('\r\n', pos);
  const head = text.slice(pos + 1, lineEnd);
  const next = lineEnd + 2;
  switch (text[pos]) {
    case '+':
      return { reply: { kind: 'status', text: head }, end: next };
    case '-':
      return { reply: { kind: 'error', text: head }, end: next };
    case ':':
      return { reply: integer(Number(head)), end: next };
    case '$': {
      const length = Number(head);
      if (length < 0) return { reply: nil, end: next };
      // Lengths count bytes; the texts here are what the encoder produced, so slice by bytes.
      const bytes = new TextEncoder().encode(text.slice(next));
      const value = new TextDecoder().decode(bytes.subarray(0, length));
      return { reply: bulk(value), end: next + value.length + 2 };
    }
    case '*': {
      const items: Reply[] = [];
      let at = next;
      for (let i = 0; i < Number(head); i++) {
        const item = decodeReply(text, at);
        items.push(item.reply);
        at = item.end;
      }
      return { reply: { kind: 'array', items }, end: at };
    }
    default:
      throw new Error('Protocol error: invalid RESP');
  }
}

/** How redis-cli prints a reply on a terminal-less stdout too (it uses the same form for `docker exec`). */
export function formatReply(reply: Reply, indent = ''): string {
  switch (reply.kind) {
    case 'status':
      return reply.text;
    case 'error':
      return `(error) ${reply.text}`;
    case 'integer':
      return `(integer) ${reply.value}`;
    case 'bulk':
      return JSON.stringify(reply.value);
    case 'nil':
      return '(nil)';
    case 'array': {
      if (reply.items.length === 0) return '(empty array)';
      const width = String(reply.items.length).length;
      return reply.items
        .map((item, i) => {
          const label = `${String(i + 1).padStart(width)}) `;
          return (i === 0 ? '' : indent) + label + formatReply(item, indent + ' '.repeat(label.length));
        })
        .join('\n');
    }
  }
}

/** redis-cli's --raw form (its default when stdout is not a terminal): values as they are, one per line. */
export function formatRaw(reply: Reply): string {
  switch (reply.kind) {
    case 'status':
    case 'error':
      return reply.text;
    case 'integer':
      return String(reply.value);
    case 'bulk':
      return reply.value;
    case 'nil':
      return '';
    case 'array':
      return reply.items.map(formatRaw).join('\n');
  }
}
