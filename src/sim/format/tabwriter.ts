/**
 * docker/cli's fork of Go's text/tabwriter (elastic tabstops), configured as the CLI
 * configures it for every `table` format: minwidth 10, tabwidth 1, padding 3, padchar
 * space, no flags. Cells are tab-terminated: the text after a line's last tab is not
 * part of any column and is never padded. A column is a run of consecutive lines that
 * all have a cell at that index; a shorter line ends the run, exactly as upstream.
 */
import { stringWidth } from './width.ts';

export interface TabwriterOptions {
  minwidth: number;
  padding: number;
  /** Padding character; docker uses a space. Tab padding is not supported. */
  padchar?: string;
}

const dockerTable: TabwriterOptions = { minwidth: 10, padding: 3, padchar: ' ' };

interface Cell {
  text: string;
  width: number;
}

/**
 * Aligns tab-separated text the way docker's tabwriter does.
 * @example tabwrite('A\tB\nlonger value\tx') === 'A               B\nlonger value   x'
 */
export function tabwrite(text: string, options: TabwriterOptions = dockerTable): string {
  const lines: Cell[][] = text.split('\n').map((line) => line.split('\t').map((t) => ({ text: t, width: stringWidth(t) })));
  // Upstream only terminates the unfinished last cell at Flush when it has text, so a
  // final line without a newline loses an empty trailing cell ('*\t*\t' → '*.......*').
  const last = lines[lines.length - 1];
  if (last.length > 1 && last[last.length - 1].text === '') last.pop();
  const padchar = options.padchar ?? ' ';
  const out: string[] = [];
  const widths: number[] = [];

  const writeLines = (line0: number, line1: number) => {
    for (let i = line0; i < line1; i++) {
      let s = '';
      lines[i].forEach((cell, j) => {
        s += cell.text;
        if (j < widths.length) s += padchar.repeat(Math.max(0, widths[j] - cell.width));
      });
      out.push(s);
    }
  };

  const format = (line0: number, line1: number) => {
    const column = widths.length;
    for (let current = line0; current < line1; current++) {
      if (column >= lines[current].length - 1) continue;
      writeLines(line0, current);
      line0 = current;
      let width = options.minwidth;
      for (; current < line1; current++) {
        const line = lines[current];
        if (column >= line.length - 1) break;
        width = Math.max(width, line[column].width + options.padding);
      }
      widths.push(width);
      format(line0, current);
      widths.pop();
      line0 = current;
    }
    writeLines(line0, line1);
  };

  format(0, lines.length);
  return out.join('\n');
}

/**
 * Renders rows (the header first, if any) as a docker table. Each row ends with a
 * newline, as the CLI's output does.
 * @example renderTable([['NAME', 'SIZE'], ['alpine', '8.31MB']]) === 'NAME      SIZE\nalpine    8.31MB\n'
 */
export function renderTable(rows: string[][]): string {
  if (rows.length === 0) return '';
  return tabwrite(rows.map((r) => r.join('\t')).join('\n') + '\n');
}
