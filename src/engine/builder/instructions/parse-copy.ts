/**
 * COPY and ADD: flags, then sources and destination (the last word). A source
 * written as a heredoc (`COPY <<EOF /dst`) becomes inline content; a heredoc as
 * destination is refused.
 */
import { chompHeredocContent, parseHeredoc } from '../parser/heredoc.ts';
import type { CommandOf, InlineFile, SourcesAndDest } from './commands.ts';
import { errBadHeredoc, errNoDestinationArgument } from './errors.ts';
import { base, type ParseRequest } from './request.ts';

function sourcesAndDest(req: ParseRequest, cmd: string): SourcesAndDest {
  const srcs = req.args.slice(0, -1);
  const destPath = req.args[req.args.length - 1];
  if (parseHeredocOrNull(destPath)) throw errBadHeredoc(cmd, 'a destination');
  const byName = new Map(req.heredocs.map((h) => [h.name, h]));
  const sourcePaths: string[] = [];
  const sourceContents: InlineFile[] = [];
  for (const src of srcs) {
    const doc = parseHeredocOrNull(src);
    if (!doc) {
      sourcePaths.push(src);
      continue;
    }
    const found = byName.get(doc.name);
    const content = found?.content ?? '';
    sourceContents.push({
      name: doc.name,
      data: doc.chomp ? chompHeredocContent(content) : content,
      chomp: doc.chomp,
      expand: doc.expand,
      fileDescriptor: doc.fileDescriptor,
    });
  }
  return { sourcePaths, sourceContents, destPath };
}

// BuildKit's MustParseHeredoc: a malformed heredoc word is simply not a heredoc.
function parseHeredocOrNull(word: string) {
  try {
    return parseHeredoc(word);
  } catch {
    return null;
  }
}

export function parseCopy(req: ParseRequest): CommandOf<'COPY'> {
  if (req.args.length < 2) throw errNoDestinationArgument('COPY');
  const exclude = req.flags.addStrings('exclude');
  const parents = req.flags.addBool('parents', false);
  const chown = req.flags.addString('chown', '');
  const from = req.flags.addString('from', '');
  const chmod = req.flags.addString('chmod', '');
  const link = req.flags.addBool('link', false);
  req.flags.parse();
  return {
    kind: 'COPY',
    ...base(req),
    ...sourcesAndDest(req, 'COPY'),
    from: from.value,
    chown: chown.value,
    chmod: chmod.value,
    link: link.value === 'true',
    parents: parents.value === 'true',
    exclude: [...exclude.values],
  };
}

export function parseAdd(req: ParseRequest): CommandOf<'ADD'> {
  if (req.args.length < 2) throw errNoDestinationArgument('ADD');
  const exclude = req.flags.addStrings('exclude');
  const chown = req.flags.addString('chown', '');
  const chmod = req.flags.addString('chmod', '');
  const link = req.flags.addBool('link', false);
  const keepGitDir = req.flags.addBool('keep-git-dir', false);
  const checksum = req.flags.addString('checksum', '');
  const unpack = req.flags.addBool('unpack', false);
  req.flags.parse();
  return {
    kind: 'ADD',
    ...base(req),
    ...sourcesAndDest(req, 'ADD'),
    chown: chown.value,
    chmod: chmod.value,
    link: link.value === 'true',
    keepGitDir: keepGitDir.value === 'true',
    checksum: checksum.value,
    unpack: req.flags.isUsed('unpack') ? unpack.value === 'true' : null,
    exclude: [...exclude.values],
  };
}
