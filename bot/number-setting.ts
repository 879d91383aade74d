/**
 * Reading a number setting from the environment, one way for every setting.
 * @packageDocumentation
 */

/**
 * A number setting: the value when it is a finite number of at least `min`, else `fallback`
 * (start-up refuses an invalid value before this is read; see config-check.ts).
 */
export function numberSetting(v: string | undefined, fallback: number, min = 0): number {
  const n = v === undefined || v === '' ? NaN : Number(v);
  return Number.isFinite(n) && n >= min ? n : fallback;
}
