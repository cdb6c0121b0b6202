import { request, type APIRequestContext } from '@playwright/test';

/**
 * The API the journeys run against, as playwright.config.ts starts it: at E2E_PORT_BASE. For
 * the set-up a journey needs but does not show (a policy, say), through the API's own routes,
 * as a signed-in user: the session cookie stays in the returned context.
 */
export const API_URL = `http://127.0.0.1:${Number(process.env.E2E_PORT_BASE ?? 3100)}`;

export async function apiSignedIn(email: string, password: string): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL: API_URL });
  const res = await api.post('/api/auth/sign-in', { data: { email, password } });
  if (!res.ok()) {
    await api.dispose();
    throw new Error(`API sign-in of ${email} refused: ${res.status()} ${await res.text()}`);
  }
  return api;
}

/** The JSON of a response that must have succeeded; otherwise its status and body, to read in the report. */
export async function okJson<T>(
  res: Awaited<ReturnType<APIRequestContext['get']>>,
  what: string,
): Promise<T> {
  if (!res.ok()) throw new Error(`${what}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

/** Fen (a string or number of digits) → an amount as the portals print it in Chinese: `¥135,600.00`. */
export function yuanZh(minor: bigint | string): string {
  const value = BigInt(minor);
  const sign = value < 0n ? '-' : '';
  const abs = value < 0n ? -value : value;
  const decimal = `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
  return new Intl.NumberFormat('zh-CN', {
    style: 'currency',
    currency: 'CNY',
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(decimal as Intl.StringNumericLiteral);
}
