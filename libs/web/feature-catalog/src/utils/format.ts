import dayjs from 'dayjs';
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

/** A moment in the user's time zone and locale, to the minute: `2026年11月25日 16:00`, `Nov 25, 2026, 4:00 PM`. */
export function formatDateTime(iso: string, language: Language): string {
  const d = dayjs(iso);
  return d.isValid() ? df(language, { dateStyle: 'medium', timeStyle: 'short' }).format(d.toDate()) : iso;
}

/** A calendar day (`2026-12-31`, no time zone) in the user's locale: `2026年12月31日`, `Dec 31, 2026`. */
export function formatDay(day: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!match) return day;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return df(language, { dateStyle: 'medium' }).format(date);
}
