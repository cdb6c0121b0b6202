/**
 * The kinds of RFQ events the timeline names in words; another kind (a later feature's) is
 * shown as it is.
 */
export const EVENT_KINDS = [
  'rfq.created',
  'rfq.updated',
  'rfq.attachment_added',
  'rfq.submitted',
  'rfq.published',
  'rfq.publication_rejected',
  'rfq.closed',
  'rfq.expired',
  'rfq.cancelled',
  'rfq.awarded',
  'quote.submitted',
  'quote.revised',
  'quote.round_answered',
  'quote.withdrawn',
  'quote.not_awarded',
  'round.opened',
  'award.submitted',
  'award.approved',
  'award.rejected',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

type Underscored<K extends string> = K extends `${infer A}.${infer B}` ? `${A}_${B}` : never;
export type EventKindKey = Underscored<EventKind>;

/** `rfq.published` → `rfq_published`, the key of its text; null for an unknown kind. */
export function eventKey(kind: string): EventKindKey | null {
  return (EVENT_KINDS as readonly string[]).includes(kind) ? (kind.replace('.', '_') as EventKindKey) : null;
}

/** The facts of an event worth a line (what the API put in `data`), read defensively. */
export interface EventFacts {
  from?: string;
  to?: string;
  reason?: string;
  version?: number;
  roundNo?: number;
  closesAt?: string;
  message?: string;
  fileName?: string;
  activeQuotes?: number;
  orderCount?: number;
}

export function eventFacts(data: Record<string, unknown>): EventFacts {
  const str = (k: string) => (typeof data[k] === 'string' && data[k] ? (data[k] as string) : undefined);
  const num = (k: string) => (typeof data[k] === 'number' ? (data[k] as number) : undefined);
  const orders = Array.isArray(data['orderIds']) ? data['orderIds'].length : undefined;
  const facts: EventFacts = {
    from: str('from'),
    to: str('to'),
    reason: str('reason'),
    version: num('version'),
    roundNo: num('roundNo'),
    closesAt: str('closesAt'),
    message: str('message'),
    fileName: str('fileName'),
    activeQuotes: num('activeQuotes'),
    orderCount: orders,
  };
  return Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined)) as EventFacts;
}
