/**
 * The referral directory of one gemeente, shaped after Open Referral HSDS: organisations offer
 * services; a service says what they do, for whom, whether it is free and independent, and how
 * to reach them. Texts are i18n keys (namespace `content`); names of organisations are kept as written.
 * @packageDocumentation
 */
import type { CrisisKind, GlossaryEntry, TextKey } from '../engine/types.js';

/** Where a fact comes from and when it was checked. */
export interface SourceRef {
  readonly url?: string;
  readonly document?: string;
  readonly checked: string;
  readonly note?: string;
}

/** A phone number as a resident dials it. */
export interface Phone {
  readonly number: string;
  /** i18n key of a short note, such as "free, day and night". */
  readonly description?: TextKey;
}

/** Ways to reach someone. */
export interface Contact {
  readonly url?: string;
  readonly email?: string;
  readonly phones: readonly Phone[];
}

/**
 * Issue 16: where an organisation takes call-back requests ("Bel mij terug"), and what it promises.
 * A fact like any other: only with a source and the date it was checked.
 */
export interface CallbackIntake {
  /** The intake mailbox that receives the request by e-mail. */
  readonly intake: string;
  /** What happens next, for the consent screen ("Het wijkteam belt je binnen 10 werkdagen."). */
  readonly promise: TextKey;
  /** When someone reads the mailbox: ISO weekdays (1 = Monday) and hours `HH:MM` (Europe/Amsterdam). */
  readonly hours?: { readonly days: readonly number[]; readonly from: string; readonly to: string };
  /** Days after which an undelivered request is deleted (at most; default 7). */
  readonly retentionDays?: number;
  readonly source: SourceRef;
}

/** An organisation (HSDS `organization`). */
export interface Organisation extends Contact {
  readonly id: string;
  readonly name: string;
  readonly description: TextKey;
  readonly independent?: boolean;
  readonly source: SourceRef;
  /** Issue 16: call-back intake, only where verified. */
  readonly callback?: CallbackIntake;
}

/** A service of an organisation (HSDS `service`). */
export interface Service extends Contact {
  readonly id: string;
  readonly organisation: string;
  readonly name: TextKey;
  readonly description: TextKey;
  readonly for: TextKey;
  readonly how?: TextKey;
  readonly free: boolean;
  readonly independent?: boolean;
  readonly schedule?: TextKey;
  readonly area?: TextKey;
  readonly source: SourceRef;
}

/** One gemeente's content pack. */
export interface Pack {
  readonly id: string;
  readonly name: string;
  readonly handoff: string;
  readonly general?: string;
  /** The general service that a neighbourhood's own team stands in for, once the postcode is known. */
  readonly areaService?: string;
  /** Other services of the same team (money help, parenting coaches…) shown with the neighbourhood team's contact details. */
  readonly areaAlso?: readonly string[];
  /** Services the flows name that this gemeente does not have; referrals leave them out. */
  readonly unavailable?: readonly string[];
}

/** A neighbourhood (HSDS `service_area`): its postcodes and its own team. */
export interface Area {
  readonly id: string;
  readonly name: string;
  /** 4-digit postcodes, each a single one ("3311") or a range ("3311-3318"). */
  readonly postcodes: readonly string[];
  readonly service: string;
}

/** Everything a referral can point to. */
export interface Directory {
  readonly pack: Pack;
  readonly organisations: ReadonlyMap<string, Organisation>;
  readonly services: ReadonlyMap<string, Service>;
  readonly areas: readonly Area[];
  readonly glossary: readonly GlossaryEntry[];
  /** Help lines per kind of acute danger (service ids). */
  readonly crisis: Readonly<Record<CrisisKind, readonly string[]>>;
}

/** True when a 4-digit postcode falls under one of an area's entries. */
export function inArea(area: Area, postcode: string): boolean {
  const n = Number(postcode);
  return area.postcodes.some((p) => {
    const [from, to] = p.split('-').map((x) => Number(x.trim()));
    return to === undefined ? n === from : n >= (from ?? NaN) && n <= to;
  });
}

/** The area of a postcode, if the pack knows it. */
export function areaOf(dir: Directory, postcode: string | undefined): Area | undefined {
  return postcode ? dir.areas.find((a) => inArea(a, postcode)) : undefined;
}

/** A service with its organisation, and the contact to show (the service's own, else the organisation's). */
export interface ResolvedService {
  readonly service: Service;
  readonly organisation: Organisation | undefined;
  readonly contact: Contact;
  /** The resident's neighbourhood, when its own team is shown. */
  readonly area?: Area;
}

/**
 * Looks a service up and merges its contact details with its organisation's. With a postcode,
 * the pack's general neighbourhood service becomes the resident's own neighbourhood team.
 * A service the gemeente marked unavailable resolves to nothing (referrals leave it out).
 */
export function resolveService(dir: Directory, id: string, postcode?: string): ResolvedService | undefined {
  if (dir.pack.unavailable?.includes(id)) return undefined;
  const area = areaOf(dir, postcode);
  const local = area && id === dir.pack.areaService ? dir.services.get(area.service) : undefined;
  const service = local ?? dir.services.get(id);
  if (!service) return undefined;
  const team = area && !local && dir.pack.areaAlso?.includes(id) ? dir.services.get(area.service) : undefined;
  const organisation = dir.organisations.get(service.organisation);
  const own = contactOf(service, organisation);
  const contact = team ? contactOf(team, dir.organisations.get(team.organisation), own) : own;
  return { service, organisation, contact, ...(local || team ? { area: area! } : {}) };
}

/** A service's contact details, falling back to its organisation's (and then to `fallback`). */
function contactOf(service: Service, organisation: Organisation | undefined, fallback?: Contact): Contact {
  const phones = service.phones.length > 0 ? service.phones : (organisation?.phones ?? []);
  const url = service.url ?? organisation?.url ?? fallback?.url;
  const email = service.email ?? organisation?.email ?? fallback?.email;
  return {
    phones: phones.length > 0 ? phones : (fallback?.phones ?? []),
    ...(url ? { url } : {}),
    ...(email ? { email } : {}),
  };
}
