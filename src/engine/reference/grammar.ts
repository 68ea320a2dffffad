/**
 * The image-reference grammar of github.com/distribution/reference v0.6.0
 * (regexp.go), built from the same named pieces so it can be checked against the
 * upstream source line by line. Go's RE2 and JavaScript agree on these patterns:
 * leftmost-first alternation, `\w` = [0-9A-Za-z_], no Unicode classes.
 *
 * @example anchoredReference.exec('alpine:3.19') // → [, 'alpine', '3.19', undefined]
 */

const alphanumeric = '[a-z0-9]+';
const separator = '(?:[._]|__|[-]+)';
const domainNameComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const optionalPort = '(?::[0-9]+)?';
const tag = '[\\w][\\w.-]{0,127}';
const digestPattern = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}';
const identifier = '([a-f0-9]{64})';
const ipv6address = '\\[(?:[a-fA-F0-9:]+)\\]';
const domainName = `${domainNameComponent}(?:\\.${domainNameComponent})*`;
const host = `(?:${domainName}|${ipv6address})`;
const domainAndPort = host + optionalPort;

const optional = (...res: string[]) => `(?:${res.join('')})?`;
const anyTimes = (...res: string[]) => `(?:${res.join('')})*`;
const capture = (...res: string[]) => `(${res.join('')})`;
const anchored = (...res: string[]) => new RegExp(`^${res.join('')}$`);

const pathComponent = alphanumeric + anyTimes(separator + alphanumeric);
const remoteName = pathComponent + anyTimes('/' + pathComponent);
const namePattern = optional(domainAndPort + '/') + remoteName;

/** Whole reference; captures 1 name, 2 tag, 3 digest. */
export const anchoredReference = anchored(capture(namePattern), optional(':', capture(tag)), optional('@', capture(digestPattern)));

/** A name only; captures 1 domain (may be undefined), 2 path. */
export const anchoredName = anchored(optional(capture(domainAndPort), '/'), capture(remoteName));

/** A registry host with optional port (DomainRegexp, anchored). */
export const anchoredDomain = anchored(domainAndPort);

export const anchoredTag = anchored(tag);
export const anchoredDigest = anchored(digestPattern);

/** A bare image ID: 64 lowercase hex characters. */
export const anchoredIdentifier = anchored(identifier);

/** Maximum length of a repository name (domain and path). */
export const repositoryNameTotalLengthMax = 255;
