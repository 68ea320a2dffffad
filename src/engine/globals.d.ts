// The only host globals the engine may use: both browsers and Node provide them.
// Everything else (DOM, Node's fs/process) stays out of the engine by construction.
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}
declare function queueMicrotask(callback: () => void): void;
/** Base64 (registry auth headers); both hosts provide these. */
declare function atob(data: string): string;
declare function btoa(data: string): string;
