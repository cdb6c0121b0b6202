import { ORDER_STATUSES, type OrderStatus } from '@tradeway/shared/contracts';
import type { OrderChannel } from '../data/types';

/** The timeline events the screens name in words; any other is shown with its code. */
export const EVENT_KINDS = [
  'submitted',
  'placed',
  'approved',
  'approval_rejected',
  'confirmed',
  'rejected',
  'fulfilment_started',
  'shipment_added',
  'delivered',
  'accepted',
  'auto_accepted',
  'disputed',
  'dispute_resolved',
  'invoiced',
  'settled',
  'closed',
  'cancelled',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** `order.confirmed` → `confirmed`; null for a kind the screens do not know yet. */
export function eventKind(kind: string): EventKind | null {
  const name = kind.startsWith('order.') ? kind.slice('order.'.length) : '';
  return (EVENT_KINDS as readonly string[]).includes(name) ? (name as EventKind) : null;
}

/** The facts of an event worth a line under it, read defensively from its free-form data. */
export interface EventFacts {
  from?: OrderStatus;
  to?: OrderStatus;
  reason?: string;
  scheduledDate?: string;
  channel?: OrderChannel;
  quoteNumber?: string;
}

const CHANNELS: readonly string[] = ['assisted', 'self_service', 'automatic'];
const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const status = (v: unknown) =>
  typeof v === 'string' && (ORDER_STATUSES as readonly string[]).includes(v) ? (v as OrderStatus) : undefined;

export function eventFacts(data: Record<string, unknown>): EventFacts {
  const facts: EventFacts = {};
  const from = status(data['from']);
  const to = status(data['to']);
  if (from) facts.from = from;
  if (to) facts.to = to;
  const reason = text(data['reason']);
  if (reason) facts.reason = reason;
  const date = text(data['scheduledDate']);
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) facts.scheduledDate = date;
  const channel = text(data['channel']);
  if (channel && CHANNELS.includes(channel)) facts.channel = channel as OrderChannel;
  const quote = text(data['quoteNumber']);
  if (quote) facts.quoteNumber = quote;
  return facts;
}
