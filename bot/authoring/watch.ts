/**
 * Watches flows/, content/ and locales/ and calls back (debounced) after a change: the basis of
 * hot reload while staff edit.
 * @packageDocumentation
 */
import { existsSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';

/** Calls `onChange` once things are quiet for `quietMs` after a change; returns a stop function. */
export function watchContent(root: string, onChange: (file: string) => void, quietMs = 150): () => void {
  let watchers: FSWatcher[] = [];
  let timer: NodeJS.Timeout | undefined;
  let last = '';
  // Editors often save by writing a new file and renaming it over the old one; a watch can lose
  // track of the replaced file, so the watches are set up anew after every change.
  const start = () => {
    for (const w of watchers) w.close();
    watchers = [];
    for (const dir of ['flows', 'content', 'locales']) {
      const full = join(root, dir);
      if (!existsSync(full)) continue;
      watchers.push(
        watch(full, { recursive: true }, (_event, name) => {
          last = `${dir}/${String(name ?? '')}`;
          clearTimeout(timer);
          timer = setTimeout(() => {
            start();
            onChange(last);
          }, quietMs);
        }),
      );
    }
  };
  start();
  return () => {
    clearTimeout(timer);
    for (const w of watchers) w.close();
  };
}
