/**
 * Independent support (issue 15): which independent services a pack offers, and whether a resident
 * can reach each of them directly (a phone, e-mail or website of its own, not a gemeente desk).
 * Shared by the validator rule and the readiness list.
 * @packageDocumentation
 */
import { resolveService, type Contact, type Directory } from '../content/types.js';
import type { Graph } from '../engine/types.js';

/** Services named by a referral step in any flow, in flow order, without duplicates. */
export function referredServices(graph: Graph): string[] {
  const ids = new Set<string>();
  for (const flow of graph.flows.values()) {
    for (const step of flow.steps.values()) if (step.kind === 'referral') for (const id of step.services) ids.add(id);
  }
  return [...ids];
}

/** The independent services the pack offers (named by a flow, not unavailable, marked independent). */
export function offeredIndependent(graph: Graph, dir: Directory): string[] {
  return referredServices(graph).filter((id) => {
    const r = resolveService(dir, id);
    return r !== undefined && (r.service.independent ?? r.organisation?.independent) === true;
  });
}

const digits = (n: string) => n.replace(/\D/g, '');

/** The contact details of the gemeente's own desks: the handoff, the general service and the neighbourhood teams. */
function deskContact(dir: Directory): { phones: Set<string>; emails: Set<string>; urls: Set<string> } {
  const desks = new Set([dir.pack.handoff, dir.pack.general, dir.pack.areaService, ...dir.areas.map((a) => a.service)].filter((x): x is string => !!x));
  const out = { phones: new Set<string>(), emails: new Set<string>(), urls: new Set<string>() };
  for (const id of desks) {
    const c = resolveService(dir, id)?.contact;
    if (!c) continue;
    for (const p of c.phones) out.phones.add(digits(p.number));
    if (c.email) out.emails.add(c.email.toLowerCase());
    if (c.url) out.urls.add(c.url.replace(/\/$/, ''));
  }
  return out;
}

/** The ways to reach a service that are its own (not a gemeente desk's). */
export function directContact(dir: Directory, id: string): Contact | undefined {
  const r = resolveService(dir, id);
  if (!r) return undefined;
  const desk = deskContact(dir);
  const phones = r.contact.phones.filter((p) => !desk.phones.has(digits(p.number)));
  const email = r.contact.email && !desk.emails.has(r.contact.email.toLowerCase()) ? r.contact.email : undefined;
  const url = r.contact.url && !desk.urls.has(r.contact.url.replace(/\/$/, '')) ? r.contact.url : undefined;
  return { phones, ...(email ? { email } : {}), ...(url ? { url } : {}) };
}

/** True when a resident can reach the service without going through a gemeente desk. */
export function hasDirectContact(dir: Directory, id: string): boolean {
  const c = directContact(dir, id);
  return !!c && (c.phones.length > 0 || !!c.email || !!c.url);
}
