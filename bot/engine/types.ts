/**
 * The typed, immutable model the engine runs on, and the engine's state, inputs and outputs.
 * Nothing here does I/O; everything is plain data that can be serialised.
 * @packageDocumentation
 */

export type * from './graph-types.js';
export type * from './state-types.js';
