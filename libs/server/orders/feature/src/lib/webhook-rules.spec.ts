import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  afterFailure,
  checkWebhookEvents,
  checkWebhookUrl,
  isDelivered,
  isLoopbackHost,
  isPrivateAddress,
  newWebhookSecret,
  secretHint,
  verifyWebhookSignature,
  WEBHOOK_MAX_ATTEMPTS,
  webhookSignature,
} from './webhook-rules';

describe('webhook URLs', () => {
  it.each([
    ['https://erp.example.com/hooks/tradeway', false, 'https://erp.example.com/hooks/tradeway'],
    ['https://erp.example.com:8443/h?x=1', true, 'https://erp.example.com:8443/h?x=1'],
    ['http://127.0.0.1:9000/h', false, 'http://127.0.0.1:9000/h'],
    ['http://localhost/h', false, 'http://localhost/h'],
    ['http://[::1]:8080/h', false, 'http://[::1]:8080/h'],
    ['https://10.0.0.5/h', false, 'https://10.0.0.5/h'],
  ])('accepts %s (production %s)', (raw, production, url) => {
    expect(checkWebhookUrl(raw, production)).toEqual({ ok: true, url });
  });

  it.each([
    ['not a url', false, 'WEBHOOK_URL_INVALID'],
    ['https://erp.example.com/h#frag', false, 'WEBHOOK_URL_INVALID'],
    ['ftp://erp.example.com/h', false, 'WEBHOOK_URL_NOT_HTTPS'],
    ['http://erp.example.com/h', false, 'WEBHOOK_URL_NOT_HTTPS'],
    ['http://127.0.0.1/h', true, 'WEBHOOK_URL_NOT_HTTPS'],
    ['https://user:pw@erp.example.com/h', false, 'WEBHOOK_URL_CREDENTIALS'],
    ['https://localhost/h', true, 'WEBHOOK_URL_PRIVATE'],
    ['https://169.254.169.254/latest/meta-data', true, 'WEBHOOK_URL_PRIVATE'],
    ['https://192.168.1.10/h', true, 'WEBHOOK_URL_PRIVATE'],
    ['https://[fd00::1]/h', true, 'WEBHOOK_URL_PRIVATE'],
  ])('refuses %s (production %s) with %s', (raw, production, code) => {
    expect(checkWebhookUrl(raw, production)).toEqual({ ok: false, code });
  });

  it('knows loopback hosts and private addresses at their boundaries', () => {
    expect(['localhost', 'api.localhost', '127.9.9.9', '[::1]'].every(isLoopbackHost)).toBe(true);
    expect(['erp.example.com', '128.0.0.1', '::2'].some(isLoopbackHost)).toBe(false);
    const priv = [
      '10.0.0.0',
      '100.64.0.1',
      '100.127.255.255',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.0.1',
      '169.254.1.1',
      '0.0.0.0',
      '224.0.0.1',
      '198.18.0.1',
      '::',
      '::1',
      'fc00::1',
      'fe80::1',
      '::ffff:10.1.2.3',
    ];
    const pub = [
      '8.8.8.8',
      '100.63.255.255',
      '100.128.0.0',
      '172.15.255.255',
      '172.32.0.0',
      '192.169.0.1',
      '2001:db8::1',
      '::ffff:8.8.8.8',
      'erp.example.com',
    ];
    expect(priv.filter((a) => !isPrivateAddress(a))).toEqual([]);
    expect(pub.filter((a) => isPrivateAddress(a))).toEqual([]);
  });
});

describe('webhook event subscriptions', () => {
  it('takes *, families, known order events and names of the other families, without duplicates', () => {
    expect(
      checkWebhookEvents(['order.placed', '*', 'shipment.*', 'order.placed', 'tracking.arrived', 'order.*']),
    ).toEqual({ ok: true, events: ['order.placed', '*', 'shipment.*', 'tracking.arrived', 'order.*'] });
  });

  it('refuses an empty list and unknown names with their index', () => {
    expect(checkWebhookEvents([])).toEqual({ ok: false, code: 'WEBHOOK_EVENTS_EMPTY' });
    for (const [events, index, event] of [
      [['order.placed', 'order.plcaed'], 1, 'order.plcaed'],
      [['invoice.*'], 0, 'invoice.*'],
      [['order'], 0, 'order'],
      [['shipment.Created'], 0, 'shipment.Created'],
      [['order.placed.x'], 0, 'order.placed.x'],
      [['**'], 0, '**'],
    ] as const) {
      expect(checkWebhookEvents(events)).toEqual({ ok: false, code: 'WEBHOOK_EVENT_UNKNOWN', index, event });
    }
  });
});

describe('webhook retries', () => {
  const at = new Date('2026-11-26T00:00:00.000Z');
  it('waits 1 min, 5 min, 30 min, 2 h and 12 h, and fails on the 6th failure', () => {
    const waits = [1, 2, 3, 4, 5].map((n) => {
      const next = afterFailure(n, at);
      return next.status === 'pending' ? (next.nextAttemptAt.getTime() - at.getTime()) / 60_000 : null;
    });
    expect(waits).toEqual([1, 5, 30, 120, 720]);
    expect(afterFailure(WEBHOOK_MAX_ATTEMPTS, at)).toEqual({ status: 'failed', nextAttemptAt: null });
    expect(WEBHOOK_MAX_ATTEMPTS).toBe(6);
  });

  it('counts 2xx as delivered and nothing else', () => {
    expect([200, 201, 204, 299].every(isDelivered)).toBe(true);
    expect([null, 199, 301, 302, 400, 410, 500].some(isDelivered)).toBe(false);
  });
});

describe('webhook signatures', () => {
  const body = JSON.stringify({ id: 'd1', event: 'order.placed', data: { 金额: '100.00' } });
  const secret = newWebhookSecret();

  it('is HMAC-SHA256 of "<t>.<body>" under the whole secret, in hex, as Stripe does', () => {
    const t = 1_790_000_000;
    const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
    expect(webhookSignature(body, [secret], t)).toBe(`t=${t},v1=${expected}`);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(secretHint(secret)).toBe(`whsec_…${secret.slice(-4)}`);
  });

  it('verifies with the current or the previous secret, within the tolerance, and nothing tampered', () => {
    const old = newWebhookSecret();
    const t = 1_790_000_000;
    const header = webhookSignature(body, [secret, old], t);
    expect(verifyWebhookSignature(header, body, secret, t + 10)).toBe(true);
    expect(verifyWebhookSignature(header, body, old, t + 10)).toBe(true);
    expect(verifyWebhookSignature(header, body, newWebhookSecret(), t)).toBe(false);
    expect(verifyWebhookSignature(header, `${body} `, secret, t)).toBe(false);
    expect(verifyWebhookSignature(header, body, secret, t + 301)).toBe(false);
    expect(verifyWebhookSignature(header.replace(/t=\d+/, `t=${t + 1}`), body, secret, t)).toBe(false);
    expect(verifyWebhookSignature('v1=abc', body, secret, t)).toBe(false);
  });
});
