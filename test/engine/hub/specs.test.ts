import { describe, expect, it } from 'vitest';
import { findHubImage, hubImages } from '../../../src/engine/registry/hub/index.ts';
import { specBytes } from '../../../src/engine/registry/hub/files.ts';
import type { ImageSpec } from '../../../src/engine/registry/hub/spec.ts';
import { allSteps, finalTree, layers, lookupCommand, resolvePath } from './image-tree.ts';
import { realImages } from './real-images.ts';

function familiarName(image: ImageSpec): string {
  return `${image.repository.replace(/^library\//, '')}:${image.tags[0]}`;
}

/** The real image this spec stands for, under any of its tags. */
function realOf(image: ImageSpec): { name: string; size: number; layers: number } | undefined {
  for (const tag of image.tags) {
    const name = `${image.repository.replace(/^library\//, '')}:${tag}`;
    if (realImages[name]) return { name, ...realImages[name] };
  }
  return undefined;
}

/** Targets Docker provides at run time, not the image. */
const runtimePaths = /^\/(dev|proc|sys)(\/|$)/;

describe('hub image specs', () => {
  it('include every image the tutorials pull', () => {
    for (const ref of ['hello-world:latest', 'alpine:latest', 'alpine:3.20', 'alpine:3.19', 'busybox:latest', 'ubuntu:latest', 'ubuntu:24.04', 'ubuntu:22.04', 'debian:latest', 'debian:bookworm', 'debian:12', 'node:18', 'node:20', 'node:22', 'node:latest', 'node:lts-alpine', 'python:3.12', 'python:latest', 'nginx:latest', 'nginx:alpine', 'httpd:latest', 'redis:latest', 'postgres:16', 'postgres:latest', 'registry:2', 'registry:latest']) {
      expect(findHubImage(`library/${ref}`), ref).toBeDefined();
    }
  });

  it('give each repository:tag to one image only', () => {
    const seen = new Set<string>();
    for (const image of hubImages) {
      for (const tag of image.tags) {
        const ref = `${image.repository}:${tag}`;
        expect(seen.has(ref), ref).toBe(false);
        seen.add(ref);
      }
    }
  });

  for (const image of hubImages) {
    describe(familiarName(image), () => {
      const tree = finalTree(image);

      it('has a valid creation date and a base that is a hub image listed before it', () => {
        expect(Number.isNaN(Date.parse(image.created))).toBe(false);
        if (image.base) {
          const base = findHubImage(image.base);
          expect(base).toBeDefined();
          expect(hubImages.indexOf(base!)).toBeLessThan(hubImages.indexOf(image));
        }
      });

      it('writes only absolute, normalised paths, each once per layer', () => {
        for (const layer of layers(image)) {
          const paths = layer.map((f) => f.path);
          for (const path of paths) expect(path, path).toMatch(/^\/[^/]/);
          for (const path of paths) expect(path.split('/').slice(1).every((part) => part !== '' && part !== '.' && part !== '..'), path).toBe(true);
          expect(paths.filter((path, i) => paths.indexOf(path) !== i)).toEqual([]);
        }
      });

      it('never writes below a path that is a symlink (usrmerge: /bin is usr/bin)', () => {
        for (const path of tree.keys()) {
          const parts = path.split('/').filter(Boolean);
          for (let i = 1; i < parts.length; i++) {
            const parent = `/${parts.slice(0, i).join('/')}`;
            expect(tree.get(parent)?.type === 'symlink', `${path} is below the symlink ${parent}`).toBe(false);
          }
        }
      });

      it('has every symlink point at something in the final tree', () => {
        for (const [path, file] of tree) {
          if (file.type !== 'symlink' || runtimePaths.test(file.target ?? '')) continue;
          expect(resolvePath(tree, path), `${path} -> ${file.target}`).toBeDefined();
        }
      });

      it('can run its Entrypoint and Cmd: the executable is in the image', () => {
        const argv = [...(image.config.Entrypoint ?? []), ...(image.config.Cmd ?? [])];
        const first = argv[0];
        expect(first).toBeDefined();
        expect(lookupCommand(tree, first, image.config.Env), first).toBeDefined();
        const cmd = image.config.Cmd?.[0];
        // With an entrypoint, Cmd is its argument: a command (nginx) or a file (registry's config).
        if (image.config.Entrypoint && cmd && !cmd.startsWith('-')) expect(lookupCommand(tree, cmd, image.config.Env), cmd).toBeDefined();
      });

      it('makes placeholder programs and scripts executable', () => {
        for (const file of tree.values()) {
          if (file.program || file.content?.startsWith('#!')) expect((file.mode ?? 0o755) & 0o111, file.path).not.toBe(0);
        }
      });

      const real = realOf(image);
      if (real) {
        it(`has the real image's layer count (${real.layers})`, () => {
          expect(layers(image).length).toBe(real.layers);
        });

        // Specs list the big files and the real names of the many small ones; two images on
        // debian:bookworm-slim still miss part of their long tail of small files (within 15%).
        const tolerance = real.name === 'nginx:latest' || real.name === 'postgres:16' ? 0.15 : 0.1;
        it(`declares a total size within ${tolerance * 100}% of the real ${(real.size / 1e6).toFixed(2)}MB`, () => {
          const total = layers(image).reduce((sum, layer) => sum + specBytes(layer), 0);
          expect(Math.abs(total - real.size) / real.size).toBeLessThanOrEqual(tolerance);
        });
      }

      it('records history the way docker history shows it', () => {
        for (const step of allSteps(image)) {
          expect(step.createdBy.length).toBeGreaterThan(0);
          if (step.comment === 'buildkit.dockerfile.v0' && step.createdBy.startsWith('RUN ')) expect(step.createdBy).toMatch(/^RUN \/bin\/sh -c .* # buildkit$/s);
        }
        // busybox is assembled outside a Dockerfile: its history is one entry.
        if (image.repository !== 'library/busybox') expect(allSteps(image).some((step) => step.createdBy.includes('CMD'))).toBe(true);
      });
    });
  }
});
