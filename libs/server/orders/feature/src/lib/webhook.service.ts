import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  APP_CONFIG,
  type AppConfig,
  AuditService,
  type Prisma,
  type RequestAuth,
} from '@tradeway/server/platform';
import {
  type DeliveryCounts,
  type WebhookDeliveryRow,
  type WebhookEndpointRow,
  WebhookRepository,
} from '@tradeway/server/orders/data-access';
import {
  type CreateWebhookInput,
  type UpdateWebhookInput,
  WEBHOOK_PING_EVENT,
  type WebhookDelivery,
  type WebhookDeliveryDetail,
  type WebhookEndpoint,
  type WebhookEndpointWithSecret,
} from '@tradeway/shared/contracts';
import { integrationError } from './integration.errors';
import { notFound } from './order-errors';
import { checkWebhookEvents, checkWebhookUrl, newWebhookSecret, secretHint } from './webhook-rules';

type Tx = Prisma.TransactionClient;

/** Endpoints a company may have: enough for an ERP, a data warehouse and a few tests. */
export const MAX_WEBHOOK_ENDPOINTS = 20;
const MAX_GRACE_HOURS = 72;

export function deliveryView(d: WebhookDeliveryRow): WebhookDelivery {
  return {
    id: d.id,
    endpointId: d.endpointId,
    event: d.event,
    orderId: d.orderId,
    status: d.status,
    attempts: d.attempts,
    lastStatusCode: d.lastStatusCode,
    lastError: d.lastError,
    lastAttemptAt: d.lastAttemptAt?.toISOString() ?? null,
    nextAttemptAt: d.status === 'pending' ? (d.nextAttemptAt?.toISOString() ?? null) : null,
    deliveredAt: d.deliveredAt?.toISOString() ?? null,
    createdAt: d.createdAt.toISOString(),
  };
}

/**
 * A company's webhook endpoints and their delivery log (DESIGN.md §2: outbound webhooks,
 * signed), for its admin (`apikey:manage`). The secret is shown once, on creation and on
 * rotation; lists show its last 4 characters. Every change is audited without the secret.
 */
@Injectable()
export class WebhookService {
  constructor(
    private readonly repo: WebhookRepository,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private view(e: WebhookEndpointRow, counts: DeliveryCounts | undefined, now = new Date()): WebhookEndpoint {
    const grace = e.previousSecret && e.previousSecretExpiresAt && e.previousSecretExpiresAt > now;
    return {
      id: e.id,
      url: e.url,
      description: e.description,
      events: e.events,
      active: e.active,
      secretHint: secretHint(e.secret),
      previousSecretExpiresAt: grace ? (e.previousSecretExpiresAt?.toISOString() ?? null) : null,
      createdAt: e.createdAt.toISOString(),
      updatedAt: e.updatedAt.toISOString(),
      deliveryCounts: counts ?? { pending: 0, delivered: 0, failed: 0 },
    };
  }

  private async viewOne(e: WebhookEndpointRow): Promise<WebhookEndpoint> {
    const counts = await this.repo.deliveryCounts(this.repo.db, [e.id]);
    return this.view(e, counts.get(e.id));
  }

  private checkedUrl(raw: string): string {
    const checked = checkWebhookUrl(raw, this.config.NODE_ENV === 'production');
    if (!checked.ok) throw integrationError(checked.code, { field: 'url' });
    return checked.url;
  }

  private checkedEvents(events: readonly string[]): string[] {
    const checked = checkWebhookEvents(events);
    if (checked.ok) return checked.events;
    if (checked.code === 'WEBHOOK_EVENTS_EMPTY') throw integrationError(checked.code, { field: 'events' });
    throw integrationError(checked.code, {
      field: `events.${checked.index}`,
      params: { event: checked.event },
    });
  }

  private async lockOwn(tx: Tx, auth: RequestAuth, endpointId: string): Promise<WebhookEndpointRow> {
    const endpoint = await this.repo.findEndpoint(tx, auth.companyId, endpointId, true);
    if (!endpoint) throw notFound('Webhook endpoint');
    return endpoint;
  }

  private summary(e: Pick<WebhookEndpointRow, 'url' | 'description' | 'events' | 'active'>) {
    return { url: e.url, description: e.description, events: e.events, active: e.active };
  }

  async create(
    auth: RequestAuth,
    input: CreateWebhookInput,
    now = new Date(),
  ): Promise<WebhookEndpointWithSecret> {
    const url = this.checkedUrl(input.url);
    const events = this.checkedEvents(input.events);
    const secret = newWebhookSecret();
    const endpoint = await this.repo.transaction(async (tx) => {
      if ((await this.repo.lockAndCountEndpoints(tx, auth.companyId)) >= MAX_WEBHOOK_ENDPOINTS) {
        throw integrationError('WEBHOOK_LIMIT_REACHED', { params: { max: String(MAX_WEBHOOK_ENDPOINTS) } });
      }
      const created = await this.repo.createEndpoint(tx, {
        companyId: auth.companyId,
        url,
        description: input.description,
        events,
        active: input.active,
        secret,
        createdById: auth.userId,
        createdAt: now,
      });
      await this.audit.record(
        auth,
        {
          companyId: auth.companyId,
          action: 'webhook.create',
          subjectType: 'webhook_endpoint',
          subjectId: created.id,
          after: this.summary(created),
        },
        tx,
      );
      return created;
    });
    return { endpoint: this.view(endpoint, undefined, now), secret };
  }

  async list(auth: RequestAuth): Promise<{ items: WebhookEndpoint[] }> {
    const rows = await this.repo.listEndpoints(this.repo.db, auth.companyId);
    const counts = await this.repo.deliveryCounts(
      this.repo.db,
      rows.map((r) => r.id),
    );
    return { items: rows.map((r) => this.view(r, counts.get(r.id))) };
  }

  async get(auth: RequestAuth, endpointId: string): Promise<WebhookEndpoint> {
    const endpoint = await this.repo.findEndpoint(this.repo.db, auth.companyId, endpointId);
    if (!endpoint) throw notFound('Webhook endpoint');
    return this.viewOne(endpoint);
  }

  async update(auth: RequestAuth, input: UpdateWebhookInput): Promise<WebhookEndpoint> {
    const url = input.url === undefined ? undefined : this.checkedUrl(input.url);
    const events = input.events === undefined ? undefined : this.checkedEvents(input.events);
    const updated = await this.repo.transaction(async (tx) => {
      const before = await this.lockOwn(tx, auth, input.endpointId);
      const after = await this.repo.updateEndpoint(tx, before.id, {
        ...(url !== undefined ? { url } : {}),
        ...(events !== undefined ? { events } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.active !== undefined ? { active: input.active } : {}),
      });
      await this.audit.record(
        auth,
        {
          companyId: auth.companyId,
          action: 'webhook.update',
          subjectType: 'webhook_endpoint',
          subjectId: before.id,
          before: this.summary(before),
          after: this.summary(after),
        },
        tx,
      );
      return after;
    });
    return this.viewOne(updated);
  }

  /** Deletes the endpoint with its log; its pending deliveries are dropped. */
  async delete(auth: RequestAuth, endpointId: string): Promise<{ ok: true }> {
    await this.repo.transaction(async (tx) => {
      const endpoint = await this.lockOwn(tx, auth, endpointId);
      await this.repo.deleteEndpoint(tx, endpoint.id);
      await this.audit.record(
        auth,
        {
          companyId: auth.companyId,
          action: 'webhook.delete',
          subjectType: 'webhook_endpoint',
          subjectId: endpoint.id,
          before: this.summary(endpoint),
        },
        tx,
      );
    });
    return { ok: true };
  }

  /**
   * A new secret, shown once. The old one keeps signing beside it (a second `v1`) for
   * `graceHours`, so the ERP can switch without losing a delivery; 0 ends it at once.
   */
  async rotateSecret(
    auth: RequestAuth,
    endpointId: string,
    graceHours: number,
    now = new Date(),
  ): Promise<WebhookEndpointWithSecret> {
    if (!Number.isInteger(graceHours) || graceHours < 0 || graceHours > MAX_GRACE_HOURS) {
      throw integrationError('WEBHOOK_GRACE_INVALID', { field: 'graceHours' });
    }
    const secret = newWebhookSecret();
    const updated = await this.repo.transaction(async (tx) => {
      const endpoint = await this.lockOwn(tx, auth, endpointId);
      const expiresAt = new Date(now.getTime() + graceHours * 3_600_000);
      const after = await this.repo.updateEndpoint(tx, endpoint.id, {
        secret,
        previousSecret: graceHours > 0 ? endpoint.secret : null,
        previousSecretExpiresAt: graceHours > 0 ? expiresAt : null,
      });
      await this.audit.record(
        auth,
        {
          companyId: auth.companyId,
          action: 'webhook.rotate_secret',
          subjectType: 'webhook_endpoint',
          subjectId: endpoint.id,
          before: { secretHint: secretHint(endpoint.secret) },
          after: {
            secretHint: secretHint(secret),
            previousSecretExpiresAt: graceHours > 0 ? expiresAt.toISOString() : null,
          },
        },
        tx,
      );
      return after;
    });
    return { endpoint: await this.viewOne(updated), secret };
  }

  /** Queues a signed `webhook.ping` to an active endpoint (the admin's "send a test event"). */
  async ping(auth: RequestAuth, endpointId: string, now = new Date()): Promise<WebhookDelivery> {
    const delivery = await this.repo.transaction(async (tx) => {
      const endpoint = await this.lockOwn(tx, auth, endpointId);
      if (!endpoint.active) throw integrationError('WEBHOOK_ENDPOINT_INACTIVE');
      const id = randomUUID();
      const row = await this.repo.insertDelivery(tx, {
        id,
        endpointId: endpoint.id,
        event: WEBHOOK_PING_EVENT,
        orderId: null,
        orderEventId: null,
        payload: {
          id,
          event: WEBHOOK_PING_EVENT,
          occurredAt: now.toISOString(),
          companyId: auth.companyId,
          data: { endpointId: endpoint.id },
        },
        nextAttemptAt: now,
        createdAt: now,
      });
      await this.audit.record(
        auth,
        {
          companyId: auth.companyId,
          action: 'webhook.ping',
          subjectType: 'webhook_endpoint',
          subjectId: endpoint.id,
          after: { deliveryId: id },
        },
        tx,
      );
      return row;
    });
    return deliveryView(delivery);
  }

  async listDeliveries(
    auth: RequestAuth,
    q: {
      endpointId: string;
      page: number;
      pageSize: number;
      status?: WebhookDelivery['status'];
      orderId?: string;
    },
  ) {
    const endpoint = await this.repo.findEndpoint(this.repo.db, auth.companyId, q.endpointId);
    if (!endpoint) throw notFound('Webhook endpoint');
    const { rows, total } = await this.repo.listDeliveries(this.repo.db, {
      endpointId: endpoint.id,
      status: q.status,
      orderId: q.orderId,
      skip: (q.page - 1) * q.pageSize,
      take: q.pageSize,
    });
    return { items: rows.map(deliveryView), total, page: q.page, pageSize: q.pageSize };
  }

  async getDelivery(
    auth: RequestAuth,
    endpointId: string,
    deliveryId: string,
  ): Promise<WebhookDeliveryDetail> {
    const d = await this.repo.findDelivery(this.repo.db, auth.companyId, endpointId, deliveryId);
    if (!d) throw notFound('Webhook delivery');
    return {
      ...deliveryView(d),
      payload: (d.payload ?? {}) as Record<string, unknown>,
      attemptLog: d.attemptLog.map((a) => ({
        attemptNo: a.attemptNo,
        at: a.at.toISOString(),
        statusCode: a.statusCode,
        error: a.error,
        durationMs: a.durationMs,
        responseExcerpt: a.responseExcerpt,
      })),
    };
  }

  /**
   * Sends a delivery again now with the same id and body (the receiver deduplicates on the
   * id), as a fresh round of attempts; 409 while the endpoint is paused.
   */
  async redeliver(
    auth: RequestAuth,
    endpointId: string,
    deliveryId: string,
    now = new Date(),
  ): Promise<WebhookDelivery> {
    const row = await this.repo.transaction(async (tx) => {
      const endpoint = await this.lockOwn(tx, auth, endpointId);
      const delivery = await this.repo.lockDelivery(tx, auth.companyId, endpoint.id, deliveryId);
      if (!delivery) throw notFound('Webhook delivery');
      if (!endpoint.active) throw integrationError('WEBHOOK_ENDPOINT_INACTIVE');
      const restarted = await this.repo.restartDelivery(tx, delivery.id, now);
      await this.audit.record(
        auth,
        {
          companyId: auth.companyId,
          action: 'webhook.redeliver',
          subjectType: 'webhook_delivery',
          subjectId: delivery.id,
          before: { status: delivery.status, attempts: delivery.attempts },
          after: { status: 'pending', nextAttemptAt: now.toISOString() },
        },
        tx,
      );
      return restarted;
    });
    return deliveryView(row);
  }
}
