/**
 * The process never dies of a promise nobody waited on: an unhandled rejection is logged (its
 * name only, never a message that could hold what a resident typed) and the server goes on.
 * @packageDocumentation
 */

let installed = false;

/** Installs the handler once per process; `log` gets the error's name. */
export function guardProcess(log: (event: string, name: string) => void = (event, name) => process.stderr.write(`${JSON.stringify({ t: new Date().toISOString(), level: 'error', event, error: name })}\n`)): void {
  if (installed) return;
  installed = true;
  process.on('unhandledRejection', (reason) => log('unhandled_rejection', reason instanceof Error ? reason.name : typeof reason));
}
