import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  agreeToProposal,
  allowedDisputeCommands,
  decideDispute,
  declineProposal,
  openDispute,
  proposeResolution,
  validateResolution,
  type Dispute,
  type DisputeCommand,
  type DisputeResolution,
  type DisputeResult,
  type DisputeStatus,
} from './dispute';
import type { OrderActor } from './order-states';
import { ACTORS, failure, value } from './testing/fixtures';

/** 20 t of sugar for ¥100 000.00; 19.2 t received. */
const fresh = (): Dispute =>
  openDispute({ lineId: 'L1', unit: 't', lineTotalMinor: 10_000_000n, receivedQuantity: '19.2' });

const CREDIT: DisputeResolution = { kind: 'price_adjustment', creditMinor: 400_000n };
const proposedBy = (party: 'buyer' | 'seller'): Dispute =>
  value(proposeResolution(fresh(), CREDIT, party)).dispute;
const resolved = (): Dispute => value(agreeToProposal(proposedBy('buyer'), 'seller')).dispute;

function run(dispute: Dispute, command: DisputeCommand, actor: OrderActor): DisputeResult {
  switch (command) {
    case 'propose':
      return proposeResolution(dispute, CREDIT, actor);
    case 'agree':
      return agreeToProposal(dispute, actor);
    case 'decline':
      return declineProposal(dispute, actor);
    case 'decide':
      return decideDispute(dispute, { kind: 'accept' }, actor);
  }
}

describe('dispute state machine: every status × command × actor', () => {
  const SITUATIONS: { name: string; dispute: () => Dispute; status: DisputeStatus }[] = [
    { name: 'open', dispute: fresh, status: 'open' },
    { name: 'proposed by the buyer', dispute: () => proposedBy('buyer'), status: 'proposed' },
    { name: 'proposed by the seller', dispute: () => proposedBy('seller'), status: 'proposed' },
    { name: 'resolved', dispute: resolved, status: 'resolved' },
  ];
  /** [situation, command, actor] → resulting status, or the refusal code. */
  const EXPECTED: Record<string, Record<DisputeCommand, Record<OrderActor, string>>> = {
    open: {
      propose: {
        buyer: 'proposed',
        seller: 'proposed',
        operator: 'DISPUTE_ACTOR_NOT_ALLOWED',
        system: 'DISPUTE_ACTOR_NOT_ALLOWED',
      },
      agree: {
        buyer: 'DISPUTE_NO_PROPOSAL',
        seller: 'DISPUTE_NO_PROPOSAL',
        operator: 'DISPUTE_ACTOR_NOT_ALLOWED',
        system: 'DISPUTE_ACTOR_NOT_ALLOWED',
      },
      decline: {
        buyer: 'DISPUTE_NO_PROPOSAL',
        seller: 'DISPUTE_NO_PROPOSAL',
        operator: 'DISPUTE_ACTOR_NOT_ALLOWED',
        system: 'DISPUTE_ACTOR_NOT_ALLOWED',
      },
      decide: {
        buyer: 'DISPUTE_ACTOR_NOT_ALLOWED',
        seller: 'DISPUTE_ACTOR_NOT_ALLOWED',
        operator: 'resolved',
        system: 'DISPUTE_ACTOR_NOT_ALLOWED',
      },
    },
    'proposed by the buyer': {
      propose: {
        buyer: 'proposed',
        seller: 'proposed',
        operator: 'DISPUTE_ACTOR_NOT_ALLOWED',
        system: 'DISPUTE_ACTOR_NOT_ALLOWED',
      },
      agree: {
        buyer: 'DISPUTE_OWN_PROPOSAL',
        seller: 'resolved',
        operator: 'DISPUTE_ACTOR_NOT_ALLOWED',
        system: 'DISPUTE_ACTOR_NOT_ALLOWED',
      },
      decline: {
        buyer: 'DISPUTE_OWN_PROPOSAL',
        seller: 'open',
        operator: 'DISPUTE_ACTOR_NOT_ALLOWED',
        system: 'DISPUTE_ACTOR_NOT_ALLOWED',
      },
      decide: {
        buyer: 'DISPUTE_ACTOR_NOT_ALLOWED',
        seller: 'DISPUTE_ACTOR_NOT_ALLOWED',
        operator: 'resolved',
        system: 'DISPUTE_ACTOR_NOT_ALLOWED',
      },
    },
    'proposed by the seller': {
      propose: {
        buyer: 'proposed',
        seller: 'proposed',
        operator: 'DISPUTE_ACTOR_NOT_ALLOWED',
        system: 'DISPUTE_ACTOR_NOT_ALLOWED',
      },
      agree: {
        buyer: 'resolved',
        seller: 'DISPUTE_OWN_PROPOSAL',
        operator: 'DISPUTE_ACTOR_NOT_ALLOWED',
        system: 'DISPUTE_ACTOR_NOT_ALLOWED',
      },
      decline: {
        buyer: 'open',
        seller: 'DISPUTE_OWN_PROPOSAL',
        operator: 'DISPUTE_ACTOR_NOT_ALLOWED',
        system: 'DISPUTE_ACTOR_NOT_ALLOWED',
      },
      decide: {
        buyer: 'DISPUTE_ACTOR_NOT_ALLOWED',
        seller: 'DISPUTE_ACTOR_NOT_ALLOWED',
        operator: 'resolved',
        system: 'DISPUTE_ACTOR_NOT_ALLOWED',
      },
    },
    resolved: {
      propose: {
        buyer: 'DISPUTE_ALREADY_RESOLVED',
        seller: 'DISPUTE_ALREADY_RESOLVED',
        operator: 'DISPUTE_ALREADY_RESOLVED',
        system: 'DISPUTE_ALREADY_RESOLVED',
      },
      agree: {
        buyer: 'DISPUTE_ALREADY_RESOLVED',
        seller: 'DISPUTE_ALREADY_RESOLVED',
        operator: 'DISPUTE_ALREADY_RESOLVED',
        system: 'DISPUTE_ALREADY_RESOLVED',
      },
      decline: {
        buyer: 'DISPUTE_ALREADY_RESOLVED',
        seller: 'DISPUTE_ALREADY_RESOLVED',
        operator: 'DISPUTE_ALREADY_RESOLVED',
        system: 'DISPUTE_ALREADY_RESOLVED',
      },
      decide: {
        buyer: 'DISPUTE_ALREADY_RESOLVED',
        seller: 'DISPUTE_ALREADY_RESOLVED',
        operator: 'DISPUTE_ALREADY_RESOLVED',
        system: 'DISPUTE_ALREADY_RESOLVED',
      },
    },
  };
  const COMMANDS: DisputeCommand[] = ['propose', 'agree', 'decline', 'decide'];
  const cases = SITUATIONS.flatMap((s) =>
    COMMANDS.flatMap((command) =>
      ACTORS.map((actor) => ({
        situation: s.name,
        make: s.dispute,
        command,
        actor,
        expected: EXPECTED[s.name]?.[command][actor],
      })),
    ),
  );

  it.each(cases)('$situation · $command by $actor → $expected', ({ make, command, actor, expected }) => {
    const result = run(make(), command, actor);
    if (expected?.startsWith('DISPUTE_')) {
      expect(failure(result).code).toBe(expected);
    } else {
      expect(value(result).dispute.status).toBe(expected);
    }
  });

  it.each(SITUATIONS.flatMap((s) => ACTORS.map((actor) => ({ s, actor }))))(
    'allowedDisputeCommands($s.name, $actor) lists exactly the commands that succeed',
    ({ s, actor }) => {
      const expected = COMMANDS.filter((c) => !(EXPECTED[s.name]?.[c][actor] ?? 'X').startsWith('DISPUTE_'));
      expect(allowedDisputeCommands(s.dispute(), actor)).toEqual(expected);
    },
  );
});

describe('dispute outcomes', () => {
  it('resolves by agreement with the proposal on the table', () => {
    const t = value(agreeToProposal(proposedBy('seller'), 'buyer'));
    expect(t.event).toBe('dispute.resolved');
    expect(t.dispute.outcome).toEqual({ resolution: CREDIT, decidedBy: 'agreement' });
    expect(t.dispute.proposal).toBeNull();
  });

  it('lets the other side counter-propose, which replaces the proposal', () => {
    const counter = value(
      proposeResolution(proposedBy('buyer'), { kind: 'return', quantity: '0.8' }, 'seller'),
    ).dispute;
    expect(counter.proposal).toEqual({ resolution: { kind: 'return', quantity: '0.800' }, by: 'seller' });
    expect(value(agreeToProposal(counter, 'buyer')).dispute.outcome?.resolution).toEqual({
      kind: 'return',
      quantity: '0.800',
    });
  });

  it('reopens on decline', () => {
    const t = value(declineProposal(proposedBy('buyer'), 'seller'));
    expect(t).toMatchObject({
      event: 'dispute.declined',
      dispute: { status: 'open', proposal: null, outcome: null },
    });
  });

  it('lets an operator decide directly, whatever is proposed', () => {
    const t = value(decideDispute(proposedBy('buyer'), { kind: 'return', quantity: '19.2' }, 'operator'));
    expect(t.dispute.outcome).toEqual({
      resolution: { kind: 'return', quantity: '19.200' },
      decidedBy: 'operator',
    });
  });
});

describe('resolution checks', () => {
  const d = fresh();
  it.each([
    [{ kind: 'accept' }, null],
    [{ kind: 'price_adjustment', creditMinor: 1n }, null],
    [{ kind: 'price_adjustment', creditMinor: 10_000_000n }, null],
    [{ kind: 'price_adjustment', creditMinor: 0n }, 'DISPUTE_CREDIT_INVALID'],
    [{ kind: 'price_adjustment', creditMinor: -5n }, 'DISPUTE_CREDIT_INVALID'],
    [{ kind: 'price_adjustment', creditMinor: 10_000_001n }, 'DISPUTE_CREDIT_EXCEEDS_LINE_TOTAL'],
    [{ kind: 'return', quantity: '0.001' }, null],
    [{ kind: 'return', quantity: '19.200' }, null],
    [{ kind: 'return', quantity: '19.201' }, 'DISPUTE_RETURN_EXCEEDS_RECEIVED'],
    [{ kind: 'return', quantity: '0' }, 'DISPUTE_RETURN_QUANTITY_INVALID'],
    [{ kind: 'return', quantity: '1.0001' }, 'DISPUTE_RETURN_QUANTITY_INVALID'],
    [{ kind: 'return', quantity: '-1' }, 'DISPUTE_RETURN_QUANTITY_INVALID'],
  ] as [DisputeResolution, string | null][])('%o → %s', (resolution, code) => {
    const result = validateResolution(d, resolution);
    if (code === null) expect(result.ok).toBe(true);
    else expect(failure(result).code).toBe(code);
    // proposing and deciding check the same way
    expect(proposeResolution(d, resolution, 'buyer').ok).toBe(code === null);
    expect(decideDispute(d, resolution, 'operator').ok).toBe(code === null);
  });

  it('names the field and the limit', () => {
    expect(failure(validateResolution(d, { kind: 'price_adjustment', creditMinor: 10_000_001n }))).toEqual({
      code: 'DISPUTE_CREDIT_EXCEEDS_LINE_TOTAL',
      field: 'resolution.creditMinor',
      lineId: 'L1',
      params: { lineTotal: '100000.00' },
    });
    expect(failure(validateResolution(d, { kind: 'return', quantity: '20' }))).toEqual({
      code: 'DISPUTE_RETURN_EXCEEDS_RECEIVED',
      field: 'resolution.quantity',
      lineId: 'L1',
      params: { received: '19.200', unit: 't' },
    });
  });

  it('refuses a credit that is not a bigint (a number from untyped input)', () => {
    const bad = { kind: 'price_adjustment', creditMinor: 5 } as unknown as DisputeResolution;
    expect(failure(validateResolution(d, bad)).code).toBe('DISPUTE_CREDIT_INVALID');
  });

  it('cannot return anything when nothing was received', () => {
    const none = openDispute({ lineId: 'L1', unit: 't', lineTotalMinor: 1n, receivedQuantity: '0' });
    expect(failure(validateResolution(none, { kind: 'return', quantity: '0.001' })).code).toBe(
      'DISPUTE_RETURN_EXCEEDS_RECEIVED',
    );
  });

  it('throws on corrupt stored figures', () => {
    expect(() =>
      openDispute({ lineId: 'L1', unit: 't', lineTotalMinor: -1n, receivedQuantity: '1' }),
    ).toThrow();
    expect(() =>
      openDispute({ lineId: 'L1', unit: 't', lineTotalMinor: 1n, receivedQuantity: 'x' }),
    ).toThrow();
  });
});

describe('dispute properties', () => {
  const resolutionArb: fc.Arbitrary<DisputeResolution> = fc.oneof(
    fc.constant({ kind: 'accept' as const }),
    fc
      .bigInt({ min: -10n, max: 12_000_000n })
      .map((creditMinor) => ({ kind: 'price_adjustment' as const, creditMinor })),
    fc.bigInt({ min: -10n, max: 25_000n }).map((q) => ({
      kind: 'return' as const,
      quantity: `${q < 0n ? '-' : ''}${(q < 0n ? -q : q) / 1000n}.${((q < 0n ? -q : q) % 1000n).toString().padStart(3, '0')}`,
    })),
  );
  const stepArb = fc.record({
    command: fc.constantFrom<DisputeCommand>('propose', 'agree', 'decline', 'decide'),
    actor: fc.constantFrom<OrderActor>(...ACTORS),
    resolution: resolutionArb,
  });

  it('only ever resolves with a valid resolution, by agreement of the other party or an operator, and then stays resolved', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 5, maxLength: 30 }), (steps) => {
        let dispute = fresh();
        for (const { command, actor, resolution } of steps) {
          const before = dispute;
          const result =
            command === 'propose'
              ? proposeResolution(dispute, resolution, actor)
              : command === 'decide'
                ? decideDispute(dispute, resolution, actor)
                : command === 'agree'
                  ? agreeToProposal(dispute, actor)
                  : declineProposal(dispute, actor);
          if (before.status === 'resolved') expect(result.ok).toBe(false);
          if (!result.ok) continue;
          dispute = result.value.dispute;
          if (dispute.status === 'resolved') {
            const outcome = dispute.outcome;
            expect(outcome).not.toBeNull();
            expect(validateResolution(fresh(), outcome?.resolution ?? { kind: 'accept' }).ok).toBe(true);
            if (outcome?.decidedBy === 'operator') expect(actor).toBe('operator');
            else expect(before.proposal?.by).not.toBe(actor);
          } else {
            expect(dispute.outcome).toBeNull();
            expect(dispute.status === 'proposed').toBe(dispute.proposal !== null);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
