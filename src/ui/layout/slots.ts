/**
 * The editor and inspector panes are another engineer's components. They are picked up
 * here when their files exist (an eager glob is empty until then), so the shell builds
 * either way and shows a labelled empty panel in their place meanwhile.
 */
import type { Component } from 'svelte';
import type { HostSession } from '../../sim/host/session.ts';
import type { TraceStep } from '../../sim/trace/types.ts';

export interface EditorPaneProps {
  session: HostSession;
  run: (command: string) => void;
}

export interface InspectorPaneProps {
  session: HostSession;
  steps: TraceStep[];
  apiLog: unknown[];
  position: number;
  onSelectStep: (id: number) => void;
}

const editors = import.meta.glob<Component<EditorPaneProps>>('../editor/EditorPane.svelte', { eager: true, import: 'default' });
const inspectors = import.meta.glob<Component<InspectorPaneProps>>('../inspectors/InspectorPane.svelte', { eager: true, import: 'default' });

export const EditorPane: Component<EditorPaneProps> | undefined = Object.values(editors)[0];
export const InspectorPane: Component<InspectorPaneProps> | undefined = Object.values(inspectors)[0];
