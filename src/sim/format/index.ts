/**
 * The docker CLI's output helpers: sizes, durations, Go time and number formats,
 * tables, truncation, JSON, and the Go-template subset behind `--format`.
 */
// Sizes live in the engine: the daemon draws pull/push progress with the same go-units rules.
export { formatG } from '../../engine/util/gofloat.ts';
export { humanSize, humanSize4, bytesSize } from '../../engine/util/size.ts';
export { humanDuration, timeAgo } from './duration.ts';
export { goTimeString, rfc3339, rfc3339Nano } from '../../engine/util/gotime.ts';
export { renderTable, tabwrite } from './tabwriter.ts';
export type { TabwriterOptions } from './tabwriter.ts';
export { ellipsis, goQuote, truncateId } from './strings.ts';
export { stringWidth, runeWidth, charWidth } from './width.ts';
export { goJson } from './json.ts';
export type { GoJsonOptions } from './json.ts';
export { compileTemplate, TemplateError } from './template/compile.ts';
export type { CompileOptions } from './template/compile.ts';
export { renderFormat, preFormat } from './render.ts';
export type { RenderOptions } from './render.ts';
