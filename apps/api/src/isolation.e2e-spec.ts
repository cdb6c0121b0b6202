import { randomUUID } from 'node:crypto';
import { genesisHash } from '@tradeway/server/auction/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeTable } from '@tradeway/shared/contracts';
import { httpHarness, type HttpHarness } from './testing/http';

type Session = { cookies: Record<string, string> };

/**
 * Confidentiality (DESIGN.md §2): an id of another company answers 404 and changes nothing.
 * The matrix is the route table: every route that takes an id needs a fixture here, so a new
 * route without its isolation case fails this suite.
 */
describe('company isolation, route by route', () => {
  let h: HttpHarness;
  let a: Session;
  let b: { companyId: string; ownerId: string; memberId: string; session: Session };
  const fixtures: Record<string, () => Promise<{ params: Record<string, string>; body?: object }>> = {};

  beforeAll(async () => {
    h = await httpHarness();
    const companyA = await h.make.company(['buyer'], { name: 'A' });
    await h.make.member(companyA.id, 'owner', 'owner@a.test');
    a = await h.signIn('owner@a.test');
    const companyB = await h.make.company(['buyer'], { name: 'B' });
    const ownerB = await h.make.member(companyB.id, 'owner', 'owner@b.test');
    const staffB = await h.make.member(companyB.id, 'purchaser', 'staff@b.test');
    const approverB = await h.make.member(companyB.id, 'approver', 'approver@b.test');
    b = {
      companyId: companyB.id,
      ownerId: ownerB.user.id,
      memberId: staffB.membership.id,
      session: await h.signIn('owner@b.test'),
    };
    const staff = await h.signIn('staff@b.test');
    const post = async (url: string, as: Session, payload: object) =>
      (await h.app.inject({ method: 'POST', url, payload, ...as })).json();

    const role = await post('/api/company/roles', b.session, { name: 'B role', permissions: ['audit:view'] });
    const dept = await post('/api/company/departments', b.session, { name: 'B dept', budgetCode: 'B1' });
    const key = await post('/api/company/api-keys', b.session, { name: 'B key', permissions: ['user:view'] });
    const policy = await post('/api/approval/policies', b.session, {
      subjectType: 'purchase_requisition',
      name: 'all',
      priority: 1,
      levels: [{ order: 1, mode: 'any', approverRoles: ['approver'] }],
    });
    const delegation = await post('/api/approval/delegations', b.session, {
      toUserId: approverB.user.id,
      startsAt: new Date().toISOString(),
      endsAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    const limit = await post('/api/approval/spending-limits', b.session, {
      userId: staffB.user.id,
      period: 'month',
      limitMinor: '100000',
    });
    const requisitionBody = {
      title: 'B sugar',
      lines: [{ description: 'sugar', quantity: '1', unit: 't', unitPriceMinor: '500000' }],
    };
    const requisition = await post('/api/requisitions', staff, requisitionBody);

    // B is also a seller, with grades, a price list, stock, an import and quotes of its own.
    const pricing = await pricingOf(h, b.companyId);
    const otherBuyer = await h.make.company(['buyer'], { name: 'C' });
    const order = await orderOf(h, b.companyId, otherBuyer.id, pricing.skuId);
    // Fulfilment: a planned shipment of B's order, leaving the warehouse B stores at, with a pickup authorisation.
    const orderLine = await h.db.prisma.orderLine.findFirstOrThrow({ where: { orderId: order.id } });
    const storeOfB = await h.db.prisma.warehouseLocation.findUniqueOrThrow({
      where: { id: pricing.locationId },
    });
    const shipmentOfB = await h.db.prisma.shipment.create({
      data: {
        orderId: order.id,
        number: `${order.number}-S1`,
        warehouseId: storeOfB.warehouseId,
        lines: { create: { orderLineId: orderLine.id, quantity: '1' } },
      },
    });
    const pickupOfB = await h.db.prisma.pickupAuthorisation.create({
      data: {
        shipmentId: shipmentOfB.id,
        logisticsCompanyId: otherBuyer.id,
        codeHash: `iso-${shipmentOfB.id}`,
        validFrom: new Date(),
        validUntil: new Date(Date.now() + 86_400_000),
        issuedById: b.ownerId,
      },
    });

    // Receipts: a dispute on B's order (B the seller) with an evidence file; A is party to neither.
    const disputeOfB = await h.db.prisma.dispute.create({
      data: { orderId: order.id, reason: 'short weight', openedById: b.ownerId },
    });
    const evidenceOfB = await h.db.prisma.disputeEvidence.create({
      data: {
        disputeId: disputeOfB.id,
        companyId: b.companyId,
        fileName: 'ticket.pdf',
        contentType: 'application/pdf',
        sizeBytes: 4,
        storageKey: `disputes/${disputeOfB.id}/iso`,
        uploadedById: b.ownerId,
      },
    });

    const policyBody = { subjectType: 'purchase_requisition', name: 'x', priority: 5, levels: [] };
    Object.assign(fixtures, {
      'companyAdmin.updateMember': async () => ({
        params: { membershipId: b.memberId },
        body: { role: 'viewer' },
      }),
      'companyAdmin.disableMember': async () => ({ params: { membershipId: b.memberId }, body: {} }),
      'companyAdmin.updateRole': async () => ({ params: { roleId: role.id }, body: { name: 'stolen' } }),
      'companyAdmin.deleteRole': async () => ({ params: { roleId: role.id } }),
      'companyAdmin.updateDepartment': async () => ({
        params: { departmentId: dept.id },
        body: { name: 'stolen' },
      }),
      'companyAdmin.revokeApiKey': async () => ({ params: { apiKeyId: key.apiKey.id }, body: {} }),
      'approval.updatePolicy': async () => ({ params: { policyId: policy.id }, body: policyBody }),
      'approval.deletePolicy': async () => ({ params: { policyId: policy.id } }),
      'approval.getRequest': async () => ({ params: { requestId: requisition.approvalRequestId } }),
      'approval.decide': async () => ({
        params: { requestId: requisition.approvalRequestId },
        body: { decision: 'approve' },
      }),
      'approval.deleteDelegation': async () => ({ params: { delegationId: delegation.id } }),
      'approval.deleteSpendingLimit': async () => ({ params: { limitId: limit.id } }),
      'requisitions.get': async () => ({ params: { requisitionId: requisition.id } }),
      'requisitions.update': async () => ({
        params: { requisitionId: requisition.id },
        body: requisitionBody,
      }),
      'requisitions.withdraw': async () => ({ params: { requisitionId: requisition.id }, body: {} }),
      'catalog.getImport': async () => ({ params: { importId: pricing.importId } }),
      'catalog.importReport': async () => ({ params: { importId: pricing.importId } }),
      'pricing.updateGrade': async () => ({
        params: { gradeId: pricing.gradeId },
        body: { code: 'X', nameZh: '偷', nameEn: 'Stolen', rank: 1 },
      }),
      'pricing.deleteGrade': async () => ({ params: { gradeId: pricing.gradeId } }),
      // The buyer is anyone's customer; the grade is B's and must stay B's.
      'pricing.assignGrade': async () => ({
        params: { buyerId: otherBuyer.id },
        body: { gradeId: pricing.gradeId },
      }),
      'pricing.getPriceList': async () => ({ params: { listId: pricing.listId } }),
      'pricing.updatePriceList': async () => ({
        params: { listId: pricing.listId },
        body: { name: 'x', version: 1 },
      }),
      'pricing.listPriceItems': async () => ({ params: { listId: pricing.listId } }),
      'pricing.putPriceItem': async () => ({
        params: { listId: pricing.listId, skuId: pricing.skuId },
        body: { unitPrice: '1' },
      }),
      'pricing.deletePriceItem': async () => ({ params: { listId: pricing.listId, skuId: pricing.skuId } }),
      'pricing.exportPriceList': async () => ({ params: { listId: pricing.listId } }),
      'pricing.getOffer': async () => ({ params: { quoteId: pricing.sellerQuoteId } }),
      'quotes.get': async () => ({ params: { quoteId: pricing.buyerQuoteId } }),
      'quotes.accept': async () => ({ params: { quoteId: pricing.buyerQuoteId }, body: {} }),
      // B's SKU at a location anyone may store at: the SKU decides, and it is B's.
      'catalog.setInventory': async () => ({
        params: { skuId: pricing.skuId, locationId: pricing.locationId },
        body: { onHand: '1' },
      }),
      // RFQs (decision 0021): B's open RFQ to a seller A is not, with an attachment; A is
      // neither its buyer nor an invited seller, so it does not exist for A on either side.
      ...(() => {
        let made: Promise<{ rfqId: string; attachmentId: string; quoteId: string }> | undefined;
        const mine = () =>
          (made ??= (async () => {
            const db = h.db.prisma;
            const seller = await h.make.company(['seller'], { name: 'B supplier' });
            const rfq = await db.rfq.create({
              data: {
                number: 'RFQ-ISO-B',
                buyerId: b.companyId,
                title: 'B sugar',
                deliveryDate: new Date('2999-01-10T00:00:00.000Z'),
                deliveryRegion: 'CN-GD',
                acceptedPaymentTerms: ['cash'],
                deadline: new Date('2999-01-01T00:00:00.000Z'),
                status: 'open',
                sealed: false,
                createdById: b.ownerId,
                publishedAt: new Date(),
                items: { create: { itemNo: 1, description: 'sugar', quantity: '10', unit: 't' } },
                invitations: { create: { sellerId: seller.id } },
                attachments: {
                  create: {
                    fileName: 'b.pdf',
                    contentType: 'application/pdf',
                    sizeBytes: 3,
                    storageKey: 'rfqs/iso/b',
                    uploadedById: b.ownerId,
                  },
                },
              },
              include: { attachments: true },
            });
            const quote = await db.rfqQuote.create({
              data: { rfqId: rfq.id, sellerId: seller.id, status: 'active', currentVersion: 1 },
            });
            return { rfqId: rfq.id, attachmentId: rfq.attachments[0]?.id ?? '', quoteId: quote.id };
          })());
        const rfq = async (body?: object) => ({ params: { rfqId: (await mine()).rfqId }, body });
        const draftBody = {
          title: 'stolen',
          items: [{ description: 'sugar', quantity: '1', unit: 't' }],
          deliveryDate: '2999-01-10',
          deliveryRegion: 'CN-GD',
          acceptedPaymentTerms: ['cash'],
          deadline: '2998-12-01T00:00:00.000Z',
          invitedSellerIds: [],
          openToCategory: false,
        };
        const quoteBody = {
          paymentTerm: 'cash',
          deliveryDate: '2999-01-10',
          validUntil: '2999-02-01T00:00:00.000Z',
          lines: [{ itemNo: 1, quantity: '1', unitPrice: '1', taxRateBps: 1300 }],
        };
        return {
          'rfqs.get': () => rfq(),
          'rfqs.update': () => rfq(draftBody),
          'rfqs.submit': () => rfq({}),
          'rfqs.cancel': () => rfq({ reason: 'stolen' }),
          'rfqs.uploadAttachment': () => rfq({}),
          'rfqs.downloadAttachment': async () => {
            const { rfqId, attachmentId } = await mine();
            return { params: { rfqId, attachmentId } };
          },
          'rfqs.quotes': () => rfq(),
          'rfqs.comparison': () => rfq(),
          'rfqs.record': () => rfq(),
          'rfqs.counterOffer': () =>
            rfq({ sellerIds: [b.companyId], message: 'x', closesAt: '2999-01-02T00:00:00.000Z' }),
          'rfqs.award': async () => ({
            params: { rfqId: (await mine()).rfqId },
            body: {
              allocations: [{ itemNo: 1, quoteId: (await mine()).quoteId, quantity: '1' }],
              justification: 'stolen',
            },
          }),
          'rfqs.myQuote': () => rfq(),
          'rfqs.submitQuote': () => rfq(quoteBody),
          'rfqs.suggestQuote': () => rfq(),
          'rfqs.withdrawQuote': () => rfq({}),
        };
      })(),
      // Auctions (decision 0022): B's running reverse auction with a seller A is not; A is
      // neither its owner nor a participant, so it does not exist for A (and A's bid is not recorded).
      ...(() => {
        let made: Promise<string> | undefined;
        const auctionOfB = () =>
          (made ??= (async () => {
            const seller = await h.make.company(['seller'], { name: 'B bidder' });
            const auctionId = randomUUID();
            await h.db.prisma.auction.create({
              data: {
                id: auctionId,
                number: 'AUC-ISO-B',
                ownerId: b.companyId,
                direction: 'reverse',
                visibility: 'best_price',
                status: 'running',
                title: 'B sugar auction',
                quantity: '10',
                unit: 't',
                deliveryRegion: 'CN-GD',
                deliveryDate: new Date('2999-01-10T00:00:00.000Z'),
                paymentTerm: 'cash',
                openingPrice: '6000',
                minStepAmount: '10',
                startsAt: new Date(Date.now() - 60_000),
                endsAt: new Date('2999-01-01T00:00:00.000Z'),
                currentEnd: new Date('2999-01-01T00:00:00.000Z'),
                headHash: genesisHash(auctionId),
                createdById: b.ownerId,
                participants: { create: { companyId: seller.id, aliasNo: 1 } },
              },
            });
            return auctionId;
          })());
        const auction = async (body?: object) => ({ params: { auctionId: await auctionOfB() }, body });
        return {
          'auctions.get': () => auction(),
          'auctions.schedule': () => auction({}),
          'auctions.cancel': () => auction({ reason: 'stolen' }),
          'auctions.bid': () => auction({ price: '5000' }),
          'auctions.bidLog': () => auction(),
          'auctions.live': () => auction(),
          'auctions.result': () => auction(),
          'auctions.setParticipant': async () => ({
            params: { auctionId: await auctionOfB(), companyId: randomUUID() },
            body: { status: 'suspended', reason: 'stolen' },
          }),
          'auctions.award': async () => ({
            params: { auctionId: await auctionOfB() },
            body: { companyId: randomUUID(), justification: 'stolen' },
          }),
        };
      })(),
      // Group buys (decision 0023): B's draft campaign for its own SKU; a draft is its organiser's
      // and seller's alone (an open one is on the market for every buyer, by design).
      ...(() => {
        let made: Promise<string> | undefined;
        const campaignOfB = () =>
          (made ??= (async () => {
            const created = await h.db.prisma.groupBuyCampaign.create({
              data: {
                number: 'GB-ISO-B',
                organiserId: b.companyId,
                organiserKind: 'seller',
                sellerId: b.companyId,
                skuId: randomUUID(),
                status: 'draft',
                title: 'B sugar pool',
                unit: 't',
                taxRateBps: 1300,
                regions: ['CN-GD'],
                ladder: [{ minQuantity: '0.000', unitPrice: '5000.0000' }],
                minTotal: '100',
                lockAt: new Date('2998-12-01T00:00:00.000Z'),
                deadline: new Date('2999-01-01T00:00:00.000Z'),
                deliveryMonths: ['2999-02'],
                depositBps: 1000,
                paymentTerm: 'cash',
                createdById: b.ownerId,
              },
            });
            return created.id;
          })());
        const campaign = async (body?: object) => ({ params: { campaignId: await campaignOfB() }, body });
        return {
          'groupBuys.get': () => campaign(),
          'groupBuys.publish': () => campaign({}),
          'groupBuys.confirm': () => campaign({}),
          'groupBuys.cancel': () => campaign({ reason: 'stolen' }),
          'groupBuys.join': () => campaign({ quantity: '10', deliveryMonth: '2999-02' }),
          'groupBuys.withdraw': () => campaign(),
          'groupBuys.live': () => campaign(),
          'groupBuys.monitor': () => campaign(),
        };
      })(),
      // B's order as the seller, placed: A is party to it neither as buyer nor as seller.
      'orders.get': async () => ({ params: { orderId: order.id } }),
      'orders.confirm': async () => ({
        params: { orderId: order.id },
        body: { scheduledDate: '2999-01-01' },
      }),
      'orders.reject': async () => ({ params: { orderId: order.id }, body: { reason: 'stolen' } }),
      'orders.cancel': async () => ({ params: { orderId: order.id }, body: { reason: 'stolen' } }),
      // Order integrations (decision 0015): B's webhook endpoint with a delivery and B's (paused)
      // repeat order, stored directly; reorder and repeat take B's order, to which A is no party.
      ...(() => {
        let made: Promise<{ endpointId: string; deliveryId: string; repeatOrderId: string }> | undefined;
        const mine = () =>
          (made ??= (async () => {
            const db = h.db.prisma;
            const endpoint = await db.webhookEndpoint.create({
              data: {
                companyId: b.companyId,
                url: 'https://erp.b.test/hook',
                secret: 'whsec_b',
                events: ['*'],
              },
            });
            const delivery = await db.webhookDelivery.create({
              data: { endpointId: endpoint.id, event: 'webhook.ping', payload: {}, status: 'failed' },
            });
            const repeat = await db.repeatOrder.create({
              data: {
                buyerId: b.companyId,
                templateOrderId: order.id,
                intervalDays: 7,
                firstRunOn: new Date('2999-01-01T00:00:00.000Z'),
                nextRunAt: new Date('2998-12-31T16:00:00.000Z'),
                active: false,
                pausedReason: 'manual',
                createdById: b.ownerId,
              },
            });
            return { endpointId: endpoint.id, deliveryId: delivery.id, repeatOrderId: repeat.id };
          })());
        const hook = async (body?: object) => ({ params: { endpointId: (await mine()).endpointId }, body });
        const delivery = async () => {
          const { endpointId, deliveryId } = await mine();
          return { params: { endpointId, deliveryId }, body: {} };
        };
        const repeat = async (body?: object) => ({
          params: { repeatOrderId: (await mine()).repeatOrderId },
          body,
        });
        return {
          'integration.getWebhook': () => hook(),
          'integration.updateWebhook': () => hook({ active: false }),
          'integration.deleteWebhook': () => hook(),
          'integration.rotateWebhookSecret': () => hook({}),
          'integration.pingWebhook': () => hook({}),
          'integration.listWebhookDeliveries': () => hook(),
          'integration.getWebhookDelivery': delivery,
          'integration.redeliverWebhook': delivery,
          'integration.reorder': async () => ({ params: { orderId: order.id }, body: {} }),
          'integration.createRepeatOrder': async () => ({
            params: { orderId: order.id },
            body: { intervalDays: 7, firstRunOn: '2999-01-01' },
          }),
          'integration.getRepeatOrder': () => repeat(),
          'integration.pauseRepeatOrder': () => repeat({}),
          'integration.resumeRepeatOrder': () => repeat({}),
          'integration.deleteRepeatOrder': () => repeat(),
        };
      })(),
      // Receipts and disputes: B's order and B's dispute; A is party to neither.
      'receipts.overview': async () => ({ params: { orderId: order.id } }),
      'receipts.record': async () => ({
        params: { orderId: order.id },
        body: { shipmentId: shipmentOfB.id, lines: [{ lineId: orderLine.id, receivedQuantity: '1' }] },
      }),
      'receipts.accept': async () => ({ params: { orderId: order.id }, body: {} }),
      'receipts.openDispute': async () => ({ params: { orderId: order.id }, body: { reason: 'stolen' } }),
      'receipts.getDispute': async () => ({ params: { disputeId: disputeOfB.id } }),
      'receipts.propose': async () => ({
        params: { disputeId: disputeOfB.id },
        body: { resolution: { kind: 'accept' } },
      }),
      'receipts.agree': async () => ({ params: { disputeId: disputeOfB.id }, body: {} }),
      'receipts.decline': async () => ({ params: { disputeId: disputeOfB.id }, body: {} }),
      'receipts.uploadEvidence': async () => ({ params: { disputeId: disputeOfB.id }, body: {} }),
      'receipts.listEvidence': async () => ({ params: { disputeId: disputeOfB.id } }),
      'receipts.downloadEvidence': async () => ({
        params: { disputeId: disputeOfB.id, evidenceId: evidenceOfB.id },
      }),
      // Fulfilment: B's order, its shipment and its pickup authorisation; A is party to none, operates no warehouse of theirs.
      'fulfilment.listShipments': async () => ({ params: { orderId: order.id } }),
      'fulfilment.createShipment': async () => ({
        params: { orderId: order.id },
        body: { lines: [{ orderLineId: orderLine.id, quantity: '1' }] },
      }),
      'fulfilment.cancelShipment': async () => ({ params: { shipmentId: shipmentOfB.id }, body: {} }),
      'fulfilment.addTracking': async () => ({
        params: { shipmentId: shipmentOfB.id },
        body: { kind: 'location', location: 'stolen' },
      }),
      'fulfilment.issuePickup': async () => ({
        params: { shipmentId: shipmentOfB.id },
        body: {
          logisticsCompanyId: otherBuyer.id,
          driverName: 'x',
          vehiclePlate: 'x',
          validUntil: new Date(Date.now() + 3_600_000).toISOString(),
        },
      }),
      'fulfilment.revokePickup': async () => ({ params: { authorisationId: pickupOfB.id }, body: {} }),
      'fulfilment.releasePickup': async () => ({
        params: { shipmentId: shipmentOfB.id },
        body: { code: 'AAAA-BBBB-CCCC' },
      }),
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  /** Routes whose path parameter is not a company's private id, each with the reason. */
  const PUBLIC_BY_DESIGN: Record<string, string> = {
    'catalog.getProduct':
      'the catalog is public (DESIGN.md §3); its prices are per viewer (pricing.e2e-spec)',
    'catalog.template': '{kind} names a template, not a record',
    // The operator's dispute desk reads every company's disputes by design; platform:operate
    // exists only in the operator company, so A (and any company) gets 403 before an id is read
    // (dispute.e2e-spec checks the 403 and that nothing changes).
    'receipts.deskGet': 'operator desk (platform:operate): 403 for every other company',
    'receipts.deskDecide': 'operator desk (platform:operate): 403 for every other company',
    'receipts.deskEvidence': 'operator desk (platform:operate): 403 for every other company',
  };
  const withIds = routeTable().filter((r) => r.path.includes('{') && !(r.name in PUBLIC_BY_DESIGN));

  it('has an isolation case for every route that takes an id', () => {
    expect(withIds.map((r) => r.name).filter((n) => !(n in fixtures))).toEqual([]);
    for (const name of Object.keys(PUBLIC_BY_DESIGN)) expect(routeTable().map((r) => r.name)).toContain(name);
  });

  it.each(withIds.map((r) => [r.name, r] as const))(
    "%s: another company's id answers 404 and changes nothing",
    async (_name, route) => {
      const fixture = fixtures[route.name];
      if (!fixture) throw new Error(`no isolation fixture for ${route.name}`);
      const { params, body } = await fixture();
      const url = route.path.replace(/\{([^}]+)\}/g, (_m, k: string) => params[k] as string);
      const auditBefore = await h.db.prisma.auditEntry.count({ where: { companyId: b.companyId } });
      const res = await h.app.inject({ method: route.method as 'POST', url, payload: body, ...a });
      expect(res.statusCode, res.body).toBe(404);
      expect(await h.db.prisma.auditEntry.count({ where: { companyId: b.companyId } })).toBe(auditBefore);
    },
  );

  it('lets a group admin read a subsidiary requisition, never the other way round', async () => {
    const group = await h.make.company(['buyer'], { name: 'Group' });
    const sub = await h.make.company(['buyer'], { name: 'Sub', parentId: group.id });
    await h.make.member(group.id, 'owner', 'owner@group.test');
    await h.make.member(sub.id, 'owner', 'owner@sub.test');
    const groupOwner = await h.signIn('owner@group.test');
    const subOwner = await h.signIn('owner@sub.test');
    const body = {
      title: 'x',
      lines: [{ description: 'x', quantity: '1', unit: 't', unitPriceMinor: '100' }],
    };
    const inSub = (
      await h.app.inject({ method: 'POST', url: '/api/requisitions', payload: body, ...subOwner })
    ).json();
    const inGroup = (
      await h.app.inject({ method: 'POST', url: '/api/requisitions', payload: body, ...groupOwner })
    ).json();
    expect(
      (await h.app.inject({ method: 'GET', url: `/api/requisitions/${inSub.id}`, ...groupOwner })).statusCode,
    ).toBe(200);
    expect(
      (await h.app.inject({ method: 'GET', url: `/api/requisitions/${inGroup.id}`, ...subOwner })).statusCode,
    ).toBe(404);
    const groupList = (await h.app.inject({ method: 'GET', url: '/api/requisitions', ...groupOwner })).json();
    expect(groupList.items.map((r: { id: string }) => r.id).sort()).toEqual([inGroup.id, inSub.id].sort());
    // reading across the group is not acting across it: a group admin changes a subsidiary's requisition only from inside it
    expect(
      (await h.app.inject({ method: 'POST', url: `/api/requisitions/${inSub.id}/withdraw`, ...groupOwner }))
        .statusCode,
    ).toBe(404);
  });

  it('shows a purchaser only their own requisitions', async () => {
    const c = await h.make.company();
    await h.make.member(c.id, 'purchaser', 'p1@c.test');
    await h.make.member(c.id, 'purchaser', 'p2@c.test');
    const p1 = await h.signIn('p1@c.test');
    const p2 = await h.signIn('p2@c.test');
    const body = {
      title: 'mine',
      lines: [{ description: 'x', quantity: '1', unit: 't', unitPriceMinor: '100' }],
    };
    const mine = (
      await h.app.inject({ method: 'POST', url: '/api/requisitions', payload: body, ...p1 })
    ).json();
    expect(
      (await h.app.inject({ method: 'GET', url: `/api/requisitions/${mine.id}`, ...p2 })).statusCode,
    ).toBe(404);
    expect((await h.app.inject({ method: 'GET', url: '/api/requisitions', ...p2 })).json().total).toBe(0);
  });
});

/** B as a seller: a grade, a price list with one SKU (in stock at a location), an import, a quote to B and one from B. */
async function pricingOf(h: HttpHarness, companyId: string) {
  const db = h.db.prisma;
  await db.company.update({ where: { id: companyId }, data: { kinds: ['buyer', 'seller'] } });
  const someone = await h.make.member(companyId, 'sales', `sales-${companyId.slice(0, 6)}@b.test`);
  const category = await db.category.create({
    data: { code: `c-${companyId.slice(0, 6)}`, nameZh: '糖', nameEn: 'Sugar', taxRateBps: 1300 },
  });
  const product = await db.product.create({
    data: {
      code: 'P',
      sellerId: companyId,
      categoryId: category.id,
      nameZh: '糖',
      nameEn: 'Sugar',
      unit: 't',
    },
  });
  const sku = await db.sku.create({
    data: {
      code: 'S',
      sellerId: companyId,
      productId: product.id,
      attributes: {},
      unit: 't',
      packSize: '1',
      minOrderQuantity: '1',
      orderIncrement: '1',
    },
  });
  const grade = await db.customerGrade.create({
    data: { sellerId: companyId, code: 'G', nameZh: '战略', nameEn: 'Strategic', rank: 1 },
  });
  const list = await db.priceList.create({
    data: { sellerId: companyId, code: 'L', name: 'B list', kind: 'list', status: 'published' },
  });
  await db.priceListItem.create({ data: { priceListId: list.id, skuId: sku.id, unitPrice: '100' } });
  const operator = await h.make.company(['logistics'], { name: 'W' });
  const location = await db.warehouseLocation.create({
    data: {
      code: 'A1',
      warehouse: {
        create: {
          code: `W-${companyId.slice(0, 6)}`,
          name: '仓',
          nameEn: 'Store',
          kind: 'ambient',
          city: '崇左',
          address: '崇左市',
          operatorId: operator.id,
          dailyStorageFeeMinor: 1n,
          feeUnit: 't',
          exitFeeDays: 1,
        },
      },
    },
  });
  await db.inventoryLevel.create({ data: { skuId: sku.id, locationId: location.id, onHand: '10' } });
  const imported = await db.catalogImport.create({
    data: {
      sellerId: companyId,
      createdById: someone.user.id,
      kind: 'price_list',
      priceListId: list.id,
      fileName: 'b.csv',
      format: 'csv',
      strict: false,
      content: Buffer.from('x'),
    },
  });
  const seller = await h.make.company(['seller'], { name: 'D' });
  const quote = (n: string, sellerId: string, buyerId: string) =>
    db.quote.create({
      data: {
        number: n,
        sellerId,
        buyerId,
        skuId: sku.id,
        origin: 'buyer_request',
        createdById: someone.user.id,
        status: 'active',
        priceListId: list.id,
        request: {},
        result: { lines: [] },
        currency: 'CNY',
        quantity: '1',
        unitPrice: '100',
        netMinor: 10000n,
        taxMinor: 1300n,
        totalMinor: 11300n,
        validUntil: new Date(Date.now() + 86_400_000),
      },
    });
  const buyerQuote = await quote(`Q-B-${companyId.slice(0, 6)}`, seller.id, companyId);
  const sellerQuote = await quote(`Q-S-${companyId.slice(0, 6)}`, companyId, seller.id);
  return {
    gradeId: grade.id,
    listId: list.id,
    skuId: sku.id,
    locationId: location.id,
    importId: imported.id,
    buyerQuoteId: buyerQuote.id,
    sellerQuoteId: sellerQuote.id,
  };
}

/** A placed order of one SKU from `sellerId` to `buyerId`, as the order service stores it. */
async function orderOf(h: HttpHarness, sellerId: string, buyerId: string, skuId: string) {
  return h.db.prisma.order.create({
    data: {
      number: `PO-ISO-${sellerId.slice(0, 6)}`,
      buyerId,
      sellerId,
      source: 'catalog_quote',
      channel: 'self_service',
      status: 'placed',
      currency: 'CNY',
      paymentTerm: 'cash',
      delivery: { mode: 'delivery', region: 'CN-GX' },
      netMinor: 10000n,
      taxMinor: 1300n,
      totalMinor: 11300n,
      placedAt: new Date(),
      lines: {
        create: {
          lineNo: 1,
          skuId,
          skuCode: 'S',
          description: '糖',
          quantity: '1',
          unit: 't',
          unitPrice: '100',
          taxRateBps: 1300,
          netMinor: 10000n,
          taxMinor: 1300n,
          totalMinor: 11300n,
        },
      },
    },
  });
}
