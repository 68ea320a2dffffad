/**
 * What the real images measure, as `docker images` and `docker history` report them for
 * linux/amd64 at the versions the specs model (late 2024), to hold the specs against.
 * `layers` counts history entries that carry a layer, bases included.
 */
export interface RealImage {
  size: number;
  layers: number;
}

const MB = 1e6;

export const realImages: Record<string, RealImage> = {
  'hello-world:latest': { size: 10_072, layers: 1 },
  'alpine:3.20': { size: 7.8 * MB, layers: 1 },
  'alpine:3.19': { size: 7.38 * MB, layers: 1 },
  'alpine:3.18': { size: 7.33 * MB, layers: 1 },
  'busybox:latest': { size: 4.27 * MB, layers: 1 },
  'ubuntu:24.04': { size: 78.1 * MB, layers: 1 },
  'ubuntu:22.04': { size: 77.9 * MB, layers: 1 },
  'debian:bookworm': { size: 117 * MB, layers: 1 },
  'debian:bookworm-slim': { size: 74.8 * MB, layers: 1 },
  'buildpack-deps:bookworm-curl': { size: 155 * MB, layers: 2 },
  'buildpack-deps:bookworm-scm': { size: 311 * MB, layers: 3 },
  'buildpack-deps:bookworm': { size: 898 * MB, layers: 4 },
  'node:22': { size: 1120 * MB, layers: 8 },
  'node:20': { size: 1100 * MB, layers: 8 },
  'node:18': { size: 1090 * MB, layers: 8 },
  'node:lts-alpine': { size: 155 * MB, layers: 4 },
  'python:3.12': { size: 1020 * MB, layers: 7 },
  'nginx:latest': { size: 192 * MB, layers: 7 },
  'nginx:alpine': { size: 47.9 * MB, layers: 8 },
  'httpd:latest': { size: 148 * MB, layers: 6 },
  'redis:latest': { size: 117 * MB, layers: 8 },
  'postgres:16': { size: 435 * MB, layers: 14 },
  'registry:2': { size: 25.4 * MB, layers: 5 },
};
