/**
 * One Engine API request inside the daemon: received → handling (when the daemon does
 * visible work for it: creates a volume, tags an image) → responded. The raw request and
 * response bodies ride on the steps so the UI can show the actual messages.
 */
import { assign, setup } from 'xstate';
import type { Narrator } from './narration.ts';
import type { Component } from './types.ts';
import { describeRequest, describeResponse } from './api-words.ts';
import { apiLabel, statusLabel } from './words.ts';

export type RequestEvent =
  | { type: 'receive'; method: string; path: string; query?: Record<string, string | string[]>; body?: unknown }
  | { type: 'work'; component: Component; sentence: string }
  | { type: 'respond'; status: number; body?: unknown };

export interface RequestContext {
  method: string;
  path: string;
  query?: Record<string, string | string[]>;
  body?: unknown;
}

export const requestMachine = setup({
  types: { context: {} as RequestContext, events: {} as RequestEvent },
  actions: {
    rememberRequest: assign(({ event }) => (event.type === 'receive' ? { method: event.method, path: event.path, query: event.query, body: event.body } : {})),
  },
}).createMachine({
  id: 'request',
  initial: 'idle',
  context: { method: '', path: '' },
  states: {
    idle: { on: { receive: { target: 'received', actions: 'rememberRequest' } } },
    received: { on: { work: { target: 'handling' }, respond: { target: 'responded' } } },
    handling: { on: { work: { target: 'handling' }, respond: { target: 'responded' } } },
    responded: { type: 'final' },
  },
});

export const narrateRequest: Narrator<RequestContext, RequestEvent> = ({ event, context }) => {
  switch (event.type) {
    case 'receive':
      return {
        component: 'daemon',
        edge: { from: 'client', to: 'daemon', label: apiLabel(event.method, event.path) },
        api: { method: event.method, path: event.path, request: event.body ?? (event.query && Object.keys(event.query).length ? event.query : undefined) },
        sentence: describeRequest(event.method, event.path, event.query, event.body),
      };
    case 'work':
      return { component: event.component, sentence: event.sentence };
    case 'respond':
      return {
        component: 'client',
        edge: { from: 'daemon', to: 'client', label: statusLabel(event.status) },
        api: { method: context.method, path: context.path, status: event.status, response: event.body },
        sentence: describeResponse(context.method, context.path, event.status, event.body),
      };
  }
};
