#!/usr/bin/env node
// `npx dockyard`: the same host shell and docker CLI as the web app, in a terminal.
// The sources are TypeScript; tsx compiles them on load, so no build step is needed.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/sim/node/main.ts');
process.exitCode = await main(process.argv.slice(2));
