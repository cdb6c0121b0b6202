import { queueMail, userEmail } from '@tradeway/server/platform';
import type { OrderRepository } from '@tradeway/server/orders/data-access';
import type { Prisma } from '@tradeway/server/platform';

type Tx = Prisma.TransactionClient;

/** What a mail about an order needs of it. */
export interface MailOrder {
  id: string;
  number: string;
  buyerId: string;
  sellerId: string;
  createdById: string | null;
}

/**
 * Queues a mail about an order to the owners of each side named (and, on the buyer's side,
 * whoever placed the order), in the transaction of the change: a rolled-back change sends
 * nothing (the outbox, STYLE.md habit 3). Subject in both languages, as the order core does.
 */
export async function mailOrderParties(
  orders: OrderRepository,
  tx: Tx,
  order: MailOrder,
  sides: ReadonlyArray<'buyer' | 'seller'>,
  notice: { zh: string; en: string },
  lines: readonly string[],
): Promise<void> {
  for (const side of sides) {
    const recipients = new Set(
      await orders.ownerEmails(tx, side === 'buyer' ? order.buyerId : order.sellerId),
    );
    if (side === 'buyer' && order.createdById) {
      const creator = await userEmail(tx, order.createdById);
      if (creator) recipients.add(creator);
    }
    await queueMail(tx, [...recipients], {
      subject: `${notice.zh} / ${notice.en}: ${order.number}`,
      text: [order.number, ...lines, `/orders/${order.id}`].join('\n'),
    });
  }
}

/** JSON for event data and stored proposals: bigint amounts as strings. */
export const toJson = (value: unknown): Prisma.InputJsonObject =>
  JSON.parse(
    JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)),
  ) as Prisma.InputJsonObject;
