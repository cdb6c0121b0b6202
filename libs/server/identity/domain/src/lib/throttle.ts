/**
 * Sign-in throttling (issue 3): failures are counted per account and per address over a
 * sliding window; at the limit, sign-in is refused until the oldest failure in the window
 * leaves it. A correct password does not get through while blocked.
 */
export interface ThrottleRule {
  limit: number;
  windowMs: number;
}

export const ACCOUNT_THROTTLE: ThrottleRule = { limit: 5, windowMs: 15 * 60_000 };
export const ADDRESS_THROTTLE: ThrottleRule = { limit: 20, windowMs: 15 * 60_000 };

export type ThrottleDecision = { blocked: false } | { blocked: true; retryAfterSeconds: number };

export function throttleDecision(failures: readonly Date[], now: Date, rule: ThrottleRule): ThrottleDecision {
  const since = now.getTime() - rule.windowMs;
  const inWindow = failures
    .map((d) => d.getTime())
    .filter((t) => t > since && t <= now.getTime())
    .sort((a, b) => a - b);
  if (inWindow.length < rule.limit) return { blocked: false };
  // Blocked until enough failures age out that fewer than `limit` remain.
  const freeAt = (inWindow[inWindow.length - rule.limit] as number) + rule.windowMs;
  return { blocked: true, retryAfterSeconds: Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000)) };
}

/** The stricter of several decisions (the longest wait). */
export function strictest(decisions: readonly ThrottleDecision[]): ThrottleDecision {
  let worst: ThrottleDecision = { blocked: false };
  for (const d of decisions) {
    if (d.blocked && (!worst.blocked || d.retryAfterSeconds > worst.retryAfterSeconds)) worst = d;
  }
  return worst;
}
