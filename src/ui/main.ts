/**
 * Entry point of the web app: global styles, the app shell, and the service worker that
 * keeps the static site working offline after the first visit (production builds only).
 */
import { mount } from 'svelte';
import App from './App.svelte';
import './theme.css';
import { registerServiceWorker } from './offline.ts';

const target = document.getElementById('app');
if (!target) throw new Error('Dockyard: #app element missing from index.html');
registerServiceWorker();
export default mount(App, { target });
