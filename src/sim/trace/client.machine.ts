/**
 * The docker client (CLI) for one command line: idle → parsing → calling the API →
 * streaming a progress or output stream → done (exit 0) or error. Events come from the
 * recorder (command start and exit) and from the API traffic the CLI causes.
 */
import { assign, setup } from 'xstate';
import type { Narrator } from './narration.ts';
import { apiLabel } from './words.ts';

export type ClientEvent =
  | { type: 'command'; line: string }
  | { type: 'request'; method: string; path: string }
  | { type: 'stream'; method: string; path: string }
  | { type: 'exit'; code: number };

export interface ClientContext {
  line: string;
  calls: number;
  exitCode?: number;
}

export const clientMachine = setup({
  types: { context: {} as ClientContext, events: {} as ClientEvent },
  actions: {
    rememberLine: assign({ line: ({ event }) => (event.type === 'command' ? event.line : '') }),
    countCall: assign({ calls: ({ context }) => context.calls + 1 }),
    rememberExit: assign({ exitCode: ({ event }) => (event.type === 'exit' ? event.code : undefined) }),
  },
  guards: {
    succeeded: ({ event }) => event.type === 'exit' && event.code === 0,
  },
}).createMachine({
  id: 'client',
  initial: 'idle',
  context: { line: '', calls: 0 },
  states: {
    idle: { on: { command: { target: 'parsing', actions: 'rememberLine' } } },
    parsing: {
      on: {
        request: { target: 'callingApi', actions: 'countCall' },
        exit: [
          { guard: 'succeeded', target: 'done', actions: 'rememberExit' },
          { target: 'error', actions: 'rememberExit' },
        ],
      },
    },
    callingApi: {
      on: {
        request: { actions: 'countCall' },
        stream: { target: 'streaming' },
        exit: [
          { guard: 'succeeded', target: 'done', actions: 'rememberExit' },
          { target: 'error', actions: 'rememberExit' },
        ],
      },
    },
    streaming: {
      on: {
        request: { target: 'callingApi', actions: 'countCall' },
        exit: [
          { guard: 'succeeded', target: 'done', actions: 'rememberExit' },
          { target: 'error', actions: 'rememberExit' },
        ],
      },
    },
    done: { type: 'final' },
    error: { type: 'final' },
  },
});

const isDocker = (line: string) => /^\s*docker(\s|$)/.test(line);

export const narrateClient: Narrator<ClientContext, ClientEvent> = ({ from, to, event, context }) => {
  if (event.type === 'request' && from === 'streaming') return { component: 'client', sentence: `The CLI moves on to its next call, ${apiLabel(event.method, event.path)}.` };
  if (from === to) return undefined;
  switch (event.type) {
    case 'command':
      return {
        component: 'client',
        sentence: isDocker(event.line)
          ? `You type \`${event.line}\`; the docker CLI parses it into an API call.`
          : `You type \`${event.line}\`; the host shell runs it without Docker.`,
      };
    case 'request':
      return { component: 'client', sentence: `The CLI turns the command into Engine API calls, starting with ${apiLabel(event.method, event.path)}.` };
    case 'stream':
      return { component: 'client', sentence: `The daemon answers ${apiLabel(event.method, event.path)} with a stream, and the CLI prints it as it arrives.` };
    case 'exit':
      if (context.exitCode === 0) return { component: 'client', sentence: `The command finishes with exit code 0.` };
      return { component: 'client', sentence: `The command fails with exit code ${event.code}.` };
  }
};
