/**
 * The CodeMirror 6 configuration of Dockyard's editor, from the scoped packages only:
 * line numbers, undo history, bracket matching, highlighting coloured by the app's theme
 * variables (`--dy-*`, so light, dark and projector modes all read well), Dockyard's own
 * Dockerfile lint, and Mod-S to save. Tab is left to move focus (no keyboard trap);
 * the editor is labelled for screen readers.
 */
import { EditorState, type Extension } from '@codemirror/state';
import { EditorView, drawSelection, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { HighlightStyle, bracketMatching, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, lintKeymap } from '@codemirror/lint';
import { tags } from '@lezer/highlight';
import { dockerfileLinter } from './codemirror-lint.ts';
import { languageExtension, type FileLanguage } from './languages.ts';

const themed = HighlightStyle.define([
  { tag: [tags.keyword, tags.controlKeyword, tags.definitionKeyword, tags.operatorKeyword], color: 'var(--dy-accent, #0550ae)', fontWeight: '600' },
  { tag: [tags.string, tags.special(tags.string), tags.regexp], color: 'var(--dy-running, #116329)' },
  { tag: [tags.comment, tags.lineComment, tags.blockComment], color: 'var(--dy-muted, #57606a)', fontStyle: 'italic' },
  { tag: [tags.number, tags.bool, tags.atom, tags.null], color: 'var(--dy-paused, #953800)' },
  { tag: [tags.variableName, tags.special(tags.variableName)], color: 'var(--dy-created, #6639ba)' },
  { tag: [tags.propertyName, tags.definition(tags.variableName)], color: 'var(--dy-fg, #1f2328)' },
]);

const theme = EditorView.theme({
  '&': { color: 'var(--dy-fg, #1f2328)', backgroundColor: 'var(--dy-bg, #ffffff)', height: '100%', fontSize: '0.95em' },
  '.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', lineHeight: '1.5' },
  '.cm-content': { caretColor: 'var(--dy-fg, #1f2328)' },
  '&.cm-focused': { outline: '2px solid var(--dy-accent, #0550ae)', outlineOffset: '-2px' },
  '.cm-gutters': { backgroundColor: 'var(--dy-bg, #ffffff)', color: 'var(--dy-muted, #57606a)', borderRight: '1px solid var(--dy-border, #d0d7de)' },
  '.cm-activeLine, .cm-activeLineGutter': { backgroundColor: 'color-mix(in srgb, var(--dy-accent, #0550ae) 8%, transparent)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': {
    backgroundColor: 'color-mix(in srgb, var(--dy-accent, #0550ae) 25%, transparent)',
  },
  '.cm-tooltip': { backgroundColor: 'var(--dy-bg, #ffffff)', color: 'var(--dy-fg, #1f2328)', border: '1px solid var(--dy-border, #d0d7de)' },
});

export interface EditorSetupOptions {
  language: FileLanguage;
  /** The accessible name of the text area, e.g. "Dockerfile, Dockerfile editor". */
  label: string;
  onChange: (text: string) => void;
  onSave: () => void;
}

export function editorExtensions(options: EditorSetupOptions): Extension[] {
  return [
    lineNumbers(),
    highlightActiveLineGutter(),
    history(),
    drawSelection(),
    indentOnInput(),
    bracketMatching(),
    highlightActiveLine(),
    syntaxHighlighting(themed),
    languageExtension(options.language),
    ...(options.language === 'dockerfile' ? [dockerfileLinter(), lintGutter()] : []),
    keymap.of([
      {
        key: 'Mod-s',
        preventDefault: true,
        run: () => {
          options.onSave();
          return true;
        },
      },
      ...defaultKeymap,
      ...historyKeymap,
      ...lintKeymap,
    ]),
    // An explicit tabindex: checkers then see that the scrolling code area can be reached by keyboard.
    EditorView.contentAttributes.of({ 'aria-label': options.label, 'aria-multiline': 'true', tabindex: '0' }),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) options.onChange(update.state.doc.toString());
    }),
    EditorView.lineWrapping,
    theme,
  ];
}

export function editorState(text: string, options: EditorSetupOptions): EditorState {
  return EditorState.create({ doc: text, extensions: editorExtensions(options) });
}
