const cache = new Map<string, Intl.DateTimeFormat>();

/** A delivery month `2027-01` as read: `2027年1月`, `January 2027`; anything else as it is. */
export function monthName(month: string, language: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  let f = cache.get(language);
  if (!f) {
    f = new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', timeZone: 'UTC' });
    cache.set(language, f);
  }
  return f.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)));
}
