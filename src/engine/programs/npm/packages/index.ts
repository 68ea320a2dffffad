/**
 * Packages of the simulated registry that come with runnable code. Every other package
 * installs as a placeholder (a manifest and an entry file standing for its size);
 * these install their files, so `require` in the node sandbox runs them. Each is a
 * stand-in written for Dockyard, and says so in its own header.
 */
import { expressFiles } from './express.ts';

export const packageContents: Record<string, Record<string, string>> = {
  express: expressFiles,
};
