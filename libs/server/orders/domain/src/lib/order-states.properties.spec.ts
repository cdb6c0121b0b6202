import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedCommands,
  calendarDateIn,
  isTerminalOrderState,
  submitOrder,
  transition,
  type OrderActor,
  type OrderCommand,
  type OrderCommandType,
  type OrderSnapshot,
  type OrderState,
} from './order-states';
import {
  ACTORS,
  COMMANDS,
  DAY,
  EXPECTED,
  readyOrder,
  STATES,
  T0,
  VALID_COMMAND,
  value,
} from './testing/fixtures';

/**
 * Property-based tests of the order lifecycle: random sequences of commands, with valid and
 * invalid payloads, by random actors, at random times, on orders with random facts.
 */

const RUNS = { numRuns: 300 };
const TERMINAL: readonly OrderState[] = ['closed', 'cancelled', 'rejected'];

const actorArb = fc.constantFrom<OrderActor>(...ACTORS);
const reasonArb = fc.option(fc.constantFrom('', '  ', '缺货', 'buyer request', '\t报价错误\n'), {
  nil: undefined,
});
/** A scheduled date: days from today (−2 … +30), or text that is not a date. */
const dateArb = fc.oneof(fc.integer({ min: -2, max: 30 }), fc.constantFrom('2025-02-30', 'tomorrow', ''));
const zoneArb = fc.option(fc.constantFrom('UTC', 'Asia/Shanghai', 'America/New_York', 'Nowhere/Zone'), {
  nil: undefined,
});

function dateText(date: number | string, now: Date): string {
  if (typeof date === 'string') return date;
  return calendarDateIn(new Date(now.getTime() + date * DAY), 'UTC') ?? '';
}

/** A command of `type` with the step's (possibly invalid) payload. */
function build(
  type: OrderCommandType,
  payload: { reason: string | undefined; date: number | string; zone: string | undefined },
  now: Date,
): OrderCommand {
  switch (type) {
    case 'reject_approval':
    case 'cancel':
      return { type, reason: payload.reason };
    case 'reject':
    case 'dispute':
      return { type, reason: payload.reason ?? '' };
    case 'confirm':
      return { type, scheduledDate: dateText(payload.date, now), timeZone: payload.zone };
    default:
      return { type };
  }
}

const stepArb = fc.record({
  /** guided steps pick a command the state accepts (and an actor who may give it), so walks get far */
  guided: fc.integer({ min: 0, max: 4 }).map((n) => n > 0),
  /** guided steps end the order (cancel, reject…) only now and then */
  mayEnd: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  pick: fc.nat(),
  type: fc.constantFrom(...COMMANDS),
  actor: actorArb,
  reason: reasonArb,
  date: dateArb,
  zone: zoneArb,
  /** time passing before the step: mostly none, sometimes up to 10 days */
  advance: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 10 * DAY })),
  fullyShipped: fc.integer({ min: 0, max: 3 }).map((n) => n > 0),
  allShipmentsArrived: fc.integer({ min: 0, max: 3 }).map((n) => n > 0),
});

describe('order lifecycle properties', () => {
  it('never leaves the graph, moves only along its edges, and stays in a terminal state', () => {
    const visited = new Set<OrderState>();
    let moves = 0;
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.constantFrom<OrderActor>('buyer', 'seller', 'system'),
        fc.array(stepArb, { minLength: 20, maxLength: 60 }),
        (requiresApproval, submitter, steps) => {
          let now = T0.getTime();
          let state: OrderState = value(submitOrder({ requiresApproval }, submitter, new Date(now))).state;
          let deliveredAt: Date | null = null;
          for (const step of steps) {
            now += step.advance;
            let type = step.type;
            let actor = step.actor;
            if (step.guided) {
              const pairs = ACTORS.flatMap((a) =>
                allowedCommands(state, a)
                  .filter((c) => step.mayEnd || !TERMINAL.includes(EXPECTED[state][c]?.to ?? state))
                  .map((c) => ({ a, c })),
              );
              const pair = pairs[step.pick % Math.max(pairs.length, 1)];
              if (pair !== undefined) {
                type = pair.c;
                actor = pair.a;
              }
            }
            const order: OrderSnapshot = {
              state,
              deliveredAt,
              fullyShipped: step.fullyShipped,
              allShipmentsArrived: step.allShipmentsArrived,
            };
            const result = transition(order, build(type, step, new Date(now)), actor, new Date(now));
            const edge = EXPECTED[state][type];
            if (TERMINAL.includes(state)) expect(result.ok).toBe(false);
            if (!result.ok) continue;
            expect(edge).toBeDefined();
            expect(edge?.actors).toContain(actor);
            expect(result.value.to).toBe(edge?.to);
            expect(STATES).toContain(result.value.to);
            if (result.value.to === 'delivered') deliveredAt = new Date(now);
            state = result.value.to;
            visited.add(state);
            moves += 1;
          }
        },
      ),
      RUNS,
    );
    // the walks get everywhere, terminal states included
    expect([...visited].sort()).toEqual(STATES.filter((s) => s !== 'pending_approval').sort());
    expect(moves).toBeGreaterThan(1000);
  });

  it('refuses every command in a terminal state, whoever gives it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TERMINAL), stepArb, (state, step) => {
        const result = transition(readyOrder(state), build(step.type, step, T0), step.actor, T0);
        expect(result.ok).toBe(false);
        expect(allowedCommands(state, step.actor)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('allows exactly what allowedCommands lists, given valid payloads and facts', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STATES),
        actorArb,
        fc.constantFrom(...COMMANDS),
        (state, actor, command) => {
          const listed = allowedCommands(state, actor).includes(command);
          expect(transition(readyOrder(state), VALID_COMMAND[command], actor, T0).ok).toBe(listed);
        },
      ),
      RUNS,
    );
  });

  it('reaches a terminal state from anywhere by following allowed commands', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STATES),
        fc.array(fc.nat(), { minLength: 20, maxLength: 20 }),
        (start, picks) => {
          let state = start;
          for (const pick of picks) {
            if (isTerminalOrderState(state)) break;
            const options = ACTORS.flatMap((actor) =>
              allowedCommands(state, actor)
                // a further shipment keeps the order where it is: skip it to make progress
                .filter((c) => !(c === 'ship' && state === 'in_fulfilment'))
                .map((command) => ({ actor, command })),
            );
            expect(options.length).toBeGreaterThan(0);
            const choice = options[pick % options.length];
            if (choice === undefined) throw new Error('no choice');
            state = value(transition(readyOrder(state), VALID_COMMAND[choice.command], choice.actor, T0)).to;
          }
          expect(isTerminalOrderState(state)).toBe(true);
        },
      ),
      RUNS,
    );
  });
});
