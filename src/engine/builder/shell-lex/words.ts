/**
 * Word splitting as ProcessWords does it: characters from unquoted text and unquoted
 * `$` expansions split on white space; quoted text and escaped characters never do.
 * An empty result of a quoted word is dropped, as in BuildKit (`""` alone gives no word).
 */

import { isGoSpace } from '../parser/go-quote.ts';

const isSpace = isGoSpace;

export class WordSplitter {
  private word = '';
  private inWord = false;
  readonly words: string[] = [];

  addChar(ch: string): void {
    if (isSpace(ch)) {
      if (this.inWord && this.word.length !== 0) {
        this.words.push(this.word);
        this.word = '';
        this.inWord = false;
      }
      return;
    }
    this.addRaw(ch);
  }

  addRaw(text: string): void {
    this.word += text;
    this.inWord = true;
  }

  addString(text: string): void {
    for (const ch of text) this.addChar(ch);
  }

  finish(): string[] {
    if (this.word.length > 0) {
      this.words.push(this.word);
      this.word = '';
      this.inWord = false;
    }
    return this.words;
  }
}
