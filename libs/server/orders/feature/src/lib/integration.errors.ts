import { ORPCError } from '@orpc/server';

/**
 * Error codes of order integrations (webhooks, reorders, repeat orders), each with its HTTP
 * status and a message in both languages (STYLE.md habit 8). Messages may name `{param}`s.
 */
export const INTEGRATION_ERRORS = {
  WEBHOOK_URL_INVALID: {
    status: 422,
    zh: '不是有效的网址（需要完整的 https:// 地址，不含 # 片段）',
    en: 'Not a valid URL (a full https:// address without a # fragment)',
  },
  WEBHOOK_URL_NOT_HTTPS: {
    status: 422,
    zh: '回调地址必须使用 https://（仅在非生产环境下允许 http://localhost 或 http://127.0.0.1）',
    en: 'The URL must use https:// (http:// only to localhost or 127.0.0.1, and not in production)',
  },
  WEBHOOK_URL_CREDENTIALS: {
    status: 422,
    zh: '回调地址不能包含用户名或密码；平台的签名即为身份验证',
    en: 'The URL must not contain a user name or password; the signature authenticates the platform',
  },
  WEBHOOK_URL_PRIVATE: {
    status: 422,
    zh: '该地址是内网或本机地址，平台无法调用',
    en: 'This is a private or local address, which the platform does not call',
  },
  WEBHOOK_EVENTS_EMPTY: {
    status: 422,
    zh: '至少订阅一个事件（或 *）',
    en: 'Subscribe to at least one event (or *)',
  },
  WEBHOOK_EVENT_UNKNOWN: {
    status: 422,
    zh: '未知事件 {event}：请使用订单事件名、<类别>.* 或 *',
    en: 'Unknown event {event}: use an order event name, <family>.* or *',
  },
  WEBHOOK_LIMIT_REACHED: {
    status: 409,
    zh: '每个公司最多 {max} 个回调地址',
    en: 'A company may have at most {max} webhook endpoints',
  },
  WEBHOOK_GRACE_INVALID: {
    status: 422,
    zh: '旧密钥的过渡期须为 0 到 72 小时',
    en: 'The old secret’s grace period must be 0 to 72 hours',
  },
  WEBHOOK_ENDPOINT_INACTIVE: {
    status: 409,
    zh: '该回调地址已暂停；请先启用',
    en: 'This endpoint is paused; activate it first',
  },
  REORDER_BUYER_ONLY: {
    status: 403,
    zh: '只有订单的买方可以再次下单',
    en: 'Only the buyer of an order may order it again',
  },
  REORDER_LINE_NOT_QUOTABLE: {
    status: 422,
    zh: '第 {lineNo} 行（{skuCode}）今天无法报价：{reasonZh}',
    en: 'Line {lineNo} ({skuCode}) cannot be quoted today: {reasonEn}',
  },
  REPEAT_ORDER_EXISTS: {
    status: 409,
    zh: '该订单已有定期订单；请修改或删除现有的定期订单',
    en: 'This order already has a repeat order; pause, resume or delete that one',
  },
  REPEAT_INTERVAL_INVALID: {
    status: 422,
    zh: '间隔天数须为 1 到 365 的整数',
    en: 'The interval must be a whole number of days from 1 to 365',
  },
  REPEAT_DAY_IN_PAST: {
    status: 422,
    zh: '日期不能早于今天（{today}，中国时间）',
    en: 'The day must not be before today ({today}, China time)',
  },
  REPEAT_CREATOR_INACTIVE: {
    status: 409,
    zh: '创建该定期订单的用户已不在本公司或已无下单权限；定期订单已暂停',
    en: 'The person who set up this repeat order has left the company or may no longer place orders; it is paused',
  },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export type IntegrationErrorCode = keyof typeof INTEGRATION_ERRORS;

function fill(template: string, params: Readonly<Record<string, string>> | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

export function integrationErrorMessage(
  code: IntegrationErrorCode,
  locale: 'zh-CN' | 'en',
  params?: Readonly<Record<string, string>>,
): string {
  const entry = INTEGRATION_ERRORS[code];
  return fill(locale === 'en' ? entry.en : entry.zh, params);
}

/**
 * The error as the API's 4xx: code and status, both messages, the request field at fault
 * (`url`, `events.2`, `lines.0`) and the figures the message names; `cause` carries the code
 * of an underlying refusal (pricing's, for a line that cannot be quoted).
 */
export function integrationError(
  code: IntegrationErrorCode,
  details: { field?: string; params?: Record<string, string>; cause?: string } = {},
): ORPCError<string, unknown> {
  const message = integrationErrorMessage(code, 'en', details.params);
  const messageZh = integrationErrorMessage(code, 'zh-CN', details.params);
  return new ORPCError(code, {
    status: INTEGRATION_ERRORS[code].status,
    message,
    data: {
      reason: code,
      messageZh,
      ...(details.params ? { params: details.params } : {}),
      ...(details.cause ? { cause: details.cause } : {}),
      fields: details.field ? [{ path: details.field, message, messageZh }] : [],
    },
  });
}
