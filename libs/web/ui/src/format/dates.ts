import type { Language } from '@tradeway/web/i18n';

const cache = new Map<string, Intl.DateTimeFormat>();
function df(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(language, options);
    cache.set(key, f);
  }
  return f;
}

/** A calendar day (`2026-12-01`, no time) as that day wherever the user is: `2026年12月1日`, `Dec 1, 2026`. */
export function formatDay(isoDate: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  return df(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))),
  );
}

/** A moment in the user's time zone, to the minute: `2026年11月25日 16:00`, `Nov 25, 2026, 4:00 PM`. */
export function formatMoment(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return df(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/**
 * "Today" as the server decides it (days are China's, Asia/Shanghai): the calendar day there at
 * `now`, as `YYYY-MM-DD`, whatever the browser's zone.
 */
export function chinaToday(now: Date): string {
  const parts = df('en', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The China calendar day of a moment (`2026-11-30T17:00:00Z` → `2026-12-01`). */
export const chinaDayOf = (iso: string) => chinaToday(new Date(iso));
