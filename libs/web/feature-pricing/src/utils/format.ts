import type { Language } from '@tradeway/web/i18n';

/**
 * Dates in the user's locale. A day of the contract (`2026-03-01`, no time) is shown as that
 * day wherever the user is; a moment (`…T08:00:00Z`) in the user's time zone.
 */
const days = new Map<Language, Intl.DateTimeFormat>();
const moments = new Map<Language, Intl.DateTimeFormat>();

export function formatDay(isoDate: string, language: Language): string {
  let f = days.get(language);
  if (!f) {
    f = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
    days.set(language, f);
  }
  return f.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}

export function formatMoment(iso: string, language: Language): string {
  let f = moments.get(language);
  if (!f) {
    f = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    moments.set(language, f);
  }
  return f.format(new Date(iso));
}

/** The day before an ISO date: a list's exclusive `validTo` shown as its last day. */
export function dayBefore(isoDate: string): string {
  const d = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The day after an ISO date: the last day a user picks, sent as the exclusive `validTo`. */
export function dayAfter(isoDate: string): string {
  const d = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
