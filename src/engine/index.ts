/**
 * The engine's public surface: create a daemon, talk to it through Engine-API-shaped
 * requests, watch its events. Nothing else of src/engine is meant for other layers,
 * except the userland pieces the host shell reuses (the same `sh` and coreutils run on
 * the learner's host as inside containers).
 */
export { Daemon, defaultStartTime, type DaemonOptions } from './daemon/daemon.ts';
export type { ApiHandler, ApiRequest, ApiResponse, JsonMessage, StreamFrame } from './api/types.ts';
export type { EngineEvent, EngineEventBody, DockerEventMessage } from './events/types.ts';
export { EngineError, type ErrorKind } from './errdefs.ts';
export { VirtualClock, type Clock } from './util/clock.ts';
