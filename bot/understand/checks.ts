/**
 * Check digits and number plans used by the personal-data guard: BSN elfproef, IBAN mod 97,
 * Dutch phone number ranges, calendar dates.
 *
 * @remarks
 * Sources (see /work/shared/notes/reliability.md section 3): BSN 9A+8B+7C+6D+5E+4F+3G+2H-I ≡ 0
 * (mod 11); IBAN: move the first four characters to the end, letters A=10 … Z=35, the number mod
 * 97 must be 1; Dutch numbers have 10 digits starting with 0 (fixed 01-05 and 07, mobile 061-065
 * and 068, plus 084/085/087/088), service numbers 0800/0900/0906/0909 have 4 or 7 more digits.
 */

import { validateIBAN, ValidationErrorsIBAN } from 'ibantools';

/**
 * BSN elfproef on exactly nine digits.
 *
 * @param digits - the number as a string of digits
 * @returns whether it has nine digits and 9A+8B+…+2H−I is a multiple of 11
 */
export function elfproef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(digits[i]);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/**
 * IBAN check for any country (via ibantools): the country issues IBANs, the length and BBAN
 * format are that country's, and mod 97 holds. A country's own account check digits (Belgium,
 * Spain, …) are not required: a mistyped account number is still the resident's.
 *
 * @param iban - compact IBAN, any case, no spaces
 */
export function ibanValid(iban: string): boolean {
  if (typeof iban !== 'string') return false;
  const r = validateIBAN(iban.toUpperCase(), { allowQRIBAN: true });
  return r.valid || r.errorCodes.every((e) => e === ValidationErrorsIBAN.WrongAccountBankBranchChecksum);
}

/**
 * Whether ten digits starting with 0 form a Dutch phone number in a used range.
 *
 * @param digits - national form, e.g. "0612345678", "0101234567"
 */
export function dutchNational(digits: string): boolean {
  if (/^0[1-57]\d{8}$/.test(digits)) return true;
  if (/^06[1-58]\d{7}$/.test(digits)) return true;
  if (/^08[4578]\d{7}$/.test(digits)) return true;
  return false;
}

/**
 * Whether digits form a Dutch service number: 0800, 0900, 0906 or 0909 plus 4 or 7 digits.
 *
 * @param digits - e.g. "08002000", "09008844"
 */
export function dutchService(digits: string): boolean {
  return /^(?:0800|090[069])(?:\d{4}|\d{7})$/.test(digits);
}

/**
 * Whether day, month and year form a real calendar date (years 1900-2099; two-digit years ok).
 */
export function validDate(day: number, month: number, year: number): boolean {
  if (!Number.isInteger(day) || !Number.isInteger(month) || !Number.isInteger(year)) return false;
  const y = year < 100 ? 2000 + year : year;
  if (y < 1900 || y > 2099 || month < 1 || month > 12 || day < 1) return false;
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (days[month - 1] ?? 0);
}
