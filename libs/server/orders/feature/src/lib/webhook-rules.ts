import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import { ORDER_WEBHOOK_EVENTS, WEBHOOK_EVENT_FAMILIES } from '@tradeway/shared/contracts';

/**
 * The pure rules of outbound webhooks (decision 0015): which URLs the platform calls, which
 * event names a subscription may hold, the retry schedule, and the Stripe-style signature
 * `Tradeway-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`.
 */

// ---- URLs -------------------------------------------------------------------------------------

export type WebhookUrlRefusal =
  'WEBHOOK_URL_INVALID' | 'WEBHOOK_URL_NOT_HTTPS' | 'WEBHOOK_URL_CREDENTIALS' | 'WEBHOOK_URL_PRIVATE';
export type WebhookUrlCheck = { ok: true; url: string } | { ok: false; code: WebhookUrlRefusal };

/** A host that names this machine: localhost (and *.localhost), 127.0.0.0/8, ::1. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1';
}

const v4 = (ip: string): number[] => ip.split('.').map(Number);

/**
 * An address the platform must not call in production (SSRF): loopback, private, link-local
 * (cloud metadata at 169.254.169.254), carrier-grade NAT, benchmarking, multicast and reserved
 * ranges, unspecified, and IPv6 unique-local and link-local, also as IPv4-mapped IPv6.
 */
export function isPrivateAddress(address: string): boolean {
  const ip = address.replace(/^\[|\]$/g, '').toLowerCase();
  const kind = isIP(ip);
  if (kind === 4) {
    const [a = 0, b = 0, c = 0] = v4(ip);
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 192 && b === 0 && c === 0) ||
      (a === 198 && (b === 18 || b === 19)) ||
      a >= 224
    );
  }
  if (kind === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(ip);
    if (mapped?.[1]) return isPrivateAddress(mapped[1]);
    if (ip === '::' || ip === '::1') return true;
    const first = parseInt(ip.split(':')[0] || '0', 16);
    return (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80 || (first & 0xff00) === 0xff00;
  }
  return false;
}

/**
 * Whether the platform may call a webhook URL: an absolute https:// URL without user:password or
 * fragment. http:// is allowed only to this machine and only outside production (a developer's
 * receiver). In production a literal private or local address is refused too; a host name is
 * checked again when it is resolved, before each delivery.
 */
export function checkWebhookUrl(raw: string, production: boolean): WebhookUrlCheck {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, code: 'WEBHOOK_URL_INVALID' };
  }
  if (raw.includes('#') || !url.hostname) return { ok: false, code: 'WEBHOOK_URL_INVALID' };
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, code: 'WEBHOOK_URL_NOT_HTTPS' };
  if (url.username || url.password) return { ok: false, code: 'WEBHOOK_URL_CREDENTIALS' };
  const local = isLoopbackHost(url.hostname);
  if (url.protocol === 'http:' && (production || !local)) return { ok: false, code: 'WEBHOOK_URL_NOT_HTTPS' };
  if (production && (local || isPrivateAddress(url.hostname)))
    return { ok: false, code: 'WEBHOOK_URL_PRIVATE' };
  return { ok: true, url: url.toString() };
}

// ---- event subscriptions ------------------------------------------------------------------------

const KNOWN_ORDER_EVENTS = new Set<string>(ORDER_WEBHOOK_EVENTS);
const FAMILIES = new Set<string>(WEBHOOK_EVENT_FAMILIES);

export type WebhookEventsCheck =
  | { ok: true; events: string[] }
  | { ok: false; code: 'WEBHOOK_EVENTS_EMPTY' }
  | { ok: false; code: 'WEBHOOK_EVENT_UNKNOWN'; index: number; event: string };

/**
 * A subscription: `*`, `<family>.*`, a known order event, or `<family>.<name>` of another
 * family of the timeline (shipment, tracking, pickup, receipt, dispute), whose names the
 * other parts of the order module add. An `order.` name must be a known one: a typo there
 * would silently never match. Duplicates are dropped, the order kept.
 */
export function checkWebhookEvents(events: readonly string[]): WebhookEventsCheck {
  if (events.length === 0) return { ok: false, code: 'WEBHOOK_EVENTS_EMPTY' };
  const out: string[] = [];
  for (const [index, raw] of events.entries()) {
    const event = raw.trim();
    const [family = '', name, ...rest] = event.split('.');
    const valid =
      event === '*' ||
      (rest.length === 0 &&
        FAMILIES.has(family) &&
        (name === '*' ||
          (family === 'order' ? KNOWN_ORDER_EVENTS.has(event) : /^[a-z][a-z_]{0,60}$/.test(name ?? ''))));
    if (!valid) return { ok: false, code: 'WEBHOOK_EVENT_UNKNOWN', index, event };
    if (!out.includes(event)) out.push(event);
  }
  return { ok: true, events: out };
}

// ---- retries --------------------------------------------------------------------------------------

/** The waits after the 1st … 5th failed attempt of a round; the 6th failure ends it (`failed`). */
export const WEBHOOK_RETRY_DELAYS_MS = [
  60_000,
  5 * 60_000,
  30 * 60_000,
  2 * 3_600_000,
  12 * 3_600_000,
] as const;
export const WEBHOOK_MAX_ATTEMPTS = WEBHOOK_RETRY_DELAYS_MS.length + 1;
/** How long the receiver has to answer. */
export const WEBHOOK_TIMEOUT_MS = 10_000;

/** A 2xx answer is a delivery; a redirect, an error status or no answer is a failure. */
export function isDelivered(statusCode: number | null): boolean {
  return statusCode !== null && statusCode >= 200 && statusCode <= 299;
}

/** What follows the `roundAttempt`-th failed attempt of a round (1-based), made at `at`. */
export function afterFailure(
  roundAttempt: number,
  at: Date,
): { status: 'pending'; nextAttemptAt: Date } | { status: 'failed'; nextAttemptAt: null } {
  const wait = WEBHOOK_RETRY_DELAYS_MS[roundAttempt - 1];
  if (wait === undefined) return { status: 'failed', nextAttemptAt: null };
  return { status: 'pending', nextAttemptAt: new Date(at.getTime() + wait) };
}

// ---- secrets and signatures --------------------------------------------------------------------------

/** A new signing secret: `whsec_` and 32 random bytes (base64url). */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/** What a list may show of a secret: its last 4 characters. */
export function secretHint(secret: string): string {
  return `whsec_…${secret.slice(-4)}`;
}

const hmac = (secret: string, t: number, body: string) =>
  createHmac('sha256', secret).update(`${t}.${body}`, 'utf8').digest('hex');

/**
 * The `Tradeway-Signature` header of a body sent at `t` (unix seconds): one `v1` per secret
 * (the current one, and the previous one during a rotation's grace period).
 */
export function webhookSignature(body: string, secrets: readonly string[], t: number): string {
  return [`t=${t}`, ...secrets.map((s) => `v1=${hmac(s, t, body)}`)].join(',');
}

/**
 * How a receiver checks a delivery (what the decision record shows ERPs): one of the `v1`
 * values equals HMAC-SHA256(secret, "<t>.<raw body>") in hex, compared in constant time, and
 * `t` is within `toleranceS` of the receiver's clock (replays of old deliveries fail).
 */
export function verifyWebhookSignature(
  header: string,
  body: string,
  secret: string,
  nowS: number,
  toleranceS = 300,
): boolean {
  const parts = header.split(',').map((p) => p.trim().split('='));
  const t = Number(parts.find(([k]) => k === 't')?.[1]);
  if (!Number.isInteger(t) || Math.abs(nowS - t) > toleranceS) return false;
  const expected = Buffer.from(hmac(secret, t, body), 'hex');
  return parts.some(([k, v]) => {
    if (k !== 'v1' || !v || !/^[0-9a-f]{64}$/.test(v)) return false;
    return timingSafeEqual(Buffer.from(v, 'hex'), expected);
  });
}
