/**
 * The `docker build` line the editor's Build button types into the terminal, so the
 * learner sees the exact command. The tag is checked against Docker's reference grammar
 * first, with the message the CLI would give, so a bad tag is explained before running.
 */

// distribution/reference: [host[:port]/]path-component(/path-component)*[:tag]
const component = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const host = '(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?';
const reference = new RegExp(`^(?:${host}/)?${component}(?:/${component})*(?::[\\w][\\w.-]{0,127})?$`);

/** Undefined when `tag` is a valid image reference, else what is wrong with it. */
export function tagProblem(tag: string): string | undefined {
  if (tag === '') return 'Give the image a name, e.g. app or app:1.0.';
  if (reference.test(tag)) return undefined;
  if (reference.test(tag.toLowerCase())) return `invalid reference format: repository name (${tag}) must be lowercase`;
  return `invalid reference format: "${tag}" is not a valid image name (lowercase letters, digits, . _ - and an optional :tag)`;
}

/**
 * @example buildCommand('app') === 'docker build -t app .'
 * @example buildCommand('app:1.0', 'Dockerfile.dev') === 'docker build -t app:1.0 -f Dockerfile.dev .'
 */
export function buildCommand(tag: string, dockerfile = 'Dockerfile'): string {
  const file = dockerfile === 'Dockerfile' ? '' : ` -f ${/^[\w./-]+$/.test(dockerfile) ? dockerfile : `'${dockerfile.replace(/'/g, `'\\''`)}'`}`;
  return `docker build -t ${tag}${file} .`;
}
