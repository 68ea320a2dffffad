/**
 * The only door from the docker CLI to a daemon. The consumer owns the interface
 * (moby's backend.go pattern): the CLI depends on this shape, never on the concrete
 * engine, so tests can script a fake daemon and the real engine plugs in later.
 */
import type { ApiRequest, ApiResponse } from '../../engine/api/types.ts';

export type { ApiRequest, ApiResponse, JsonMessage, StreamFrame } from '../../engine/api/types.ts';

export interface DaemonApi {
  request(req: ApiRequest): Promise<ApiResponse>;
}
