/**
 * Facts about the simulated machine that servers print at start-up: the kernel (the
 * one Docker Desktop's VM runs), the CPU count (nginx starts one worker per CPU), the
 * open-files limit dockerd gives containers. They are constants so logs are
 * deterministic; a container runtime that models them can pass its own later.
 */
export const kernelRelease = '6.10.14-linuxkit';
export const onlineCpus = 4;
export const openFilesLimit = 1048576;

