import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedRfqCommands,
  isTerminalRfqState,
  rfqTransition,
  type RfqActor,
  type RfqCommand,
  type RfqCommandKind,
  type RfqFacts,
  type RfqState,
} from './rfq-states';
import { DAY, HOUR, T0, value } from './testing/fixtures';
import {
  ACTORS,
  COMMANDS,
  EXPECTED,
  readyRfq,
  STATES,
  TERMINAL,
  VALID_COMMAND,
} from './testing/rfq-lifecycle';

/**
 * Property-based tests of the RFQ lifecycle: random sequences of commands, with valid and
 * invalid payloads, by random actors, at random times, with random facts (quotes, a pending
 * award), starting from a new draft.
 */

const RUNS = { numRuns: 300 };

const actorArb = fc.constantFrom<RfqActor>(...ACTORS);
const reasonArb = fc.option(fc.constantFrom('', '  ', '需求变更', 'budget cut', '\t项目取消\n'), {
  nil: undefined,
});

function build(
  kind: RfqCommandKind,
  payload: { reason: string | undefined; requiresApproval: boolean },
): RfqCommand {
  switch (kind) {
    case 'submit':
      return { kind, requiresApproval: payload.requiresApproval };
    case 'cancel':
      return { kind, reason: payload.reason };
    default:
      return { kind };
  }
}

const stepArb = fc.record({
  /** guided steps pick a command the state accepts (and an actor who may give it), so walks get far */
  guided: fc.integer({ min: 0, max: 4 }).map((n) => n > 0),
  /** guided steps end the RFQ (cancel, award, expire) only now and then */
  mayEnd: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  pick: fc.nat(),
  kind: fc.constantFrom(...COMMANDS),
  actor: actorArb,
  reason: reasonArb,
  requiresApproval: fc.boolean(),
  /** time passing before the step: mostly none, sometimes up to 40 days */
  advance: fc.oneof(
    fc.constant(0),
    fc.integer({ min: 0, max: 6 * HOUR }),
    fc.integer({ min: 0, max: 40 * DAY }),
  ),
  activeQuoteCount: fc.integer({ min: 0, max: 3 }),
  awardPending: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
});

describe('rfq lifecycle properties', () => {
  it('never leaves the graph, moves only along its edges, and stays in a terminal state', () => {
    const visited = new Set<RfqState>();
    let moves = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 * DAY }),
        fc.array(stepArb, { minLength: 10, maxLength: 40 }),
        (deadlineIn, steps) => {
          let now = T0.getTime();
          const deadline = new Date(now + deadlineIn);
          let state: RfqState = 'draft';
          for (const step of steps) {
            now += step.advance;
            let kind = step.kind;
            let actor = step.actor;
            if (step.guided) {
              const pairs = ACTORS.flatMap((a) =>
                allowedRfqCommands(state, a)
                  .filter((c) => step.mayEnd || !TERMINAL.includes(EXPECTED[state][c]?.to ?? state))
                  .map((c) => ({ a, c })),
              );
              const pair = pairs[step.pick % Math.max(pairs.length, 1)];
              if (pair !== undefined) {
                kind = pair.c;
                actor = pair.a;
              }
            }
            const facts: RfqFacts = {
              state,
              deadline,
              activeQuoteCount: step.activeQuoteCount,
              awardPending: step.awardPending,
            };
            const result = rfqTransition(facts, build(kind, step), actor, new Date(now));
            const edge = EXPECTED[state][kind];
            if (TERMINAL.includes(state)) expect(result.ok).toBe(false);
            if (!result.ok) continue;
            expect(edge).toBeDefined();
            expect(edge?.actors).toContain(actor);
            expect(result.value.from).toBe(state);
            // the two commands with a second outcome chosen by their guard
            const outcomes: RfqState[] =
              kind === 'submit'
                ? ['open', 'pending_approval']
                : kind === 'close'
                  ? ['closed', 'expired']
                  : [edge?.to ?? state];
            expect(outcomes).toContain(result.value.state);
            expect(STATES).toContain(result.value.state);
            state = result.value.state;
            visited.add(state);
            moves += 1;
          }
        },
      ),
      RUNS,
    );
    // the walks get everywhere, terminal states included, and are not trivially short (more than
    // one move a walk on average; a threshold near the mean, 500, failed on an unlucky draw)
    expect([...visited].sort()).toEqual([...STATES].sort());
    expect(moves).toBeGreaterThan(RUNS.numRuns);
  });

  it('refuses every command in a terminal state, whoever gives it, whenever', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TERMINAL),
        stepArb,
        fc.integer({ min: -60, max: 60 }),
        (state, step, days) => {
          const facts: RfqFacts = {
            state,
            deadline: new Date(T0.getTime() + days * DAY),
            activeQuoteCount: step.activeQuoteCount,
            awardPending: step.awardPending,
          };
          const result = rfqTransition(facts, build(step.kind, step), step.actor, T0);
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.error.code).toBe('RFQ_TRANSITION_NOT_ALLOWED');
          expect(allowedRfqCommands(state, step.actor)).toEqual([]);
        },
      ),
      RUNS,
    );
  });

  it('allows exactly what allowedRfqCommands lists, given valid payloads and facts', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STATES),
        actorArb,
        fc.constantFrom(...COMMANDS),
        (state, actor, kind) => {
          const listed = allowedRfqCommands(state, actor).includes(kind);
          expect(rfqTransition(readyRfq(state), VALID_COMMAND[kind], actor, T0).ok).toBe(listed);
        },
      ),
      RUNS,
    );
  });

  it('reaches a terminal state from anywhere by following allowed commands', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STATES),
        fc.array(fc.nat(), { minLength: 10, maxLength: 10 }),
        (start, picks) => {
          let state = start;
          for (const pick of picks) {
            if (isTerminalRfqState(state)) break;
            const options = ACTORS.flatMap((actor) =>
              allowedRfqCommands(state, actor)
                // a rejected publication goes back to draft: skip it to make progress
                .filter((c) => c !== 'reject_publication')
                .map((kind) => ({ actor, kind })),
            );
            expect(options.length).toBeGreaterThan(0);
            const choice = options[pick % options.length];
            if (choice === undefined) throw new Error('no choice');
            // the facts each state needs: a deadline ahead before publication, behind after it
            state = value(rfqTransition(readyRfq(state), VALID_COMMAND[choice.kind], choice.actor, T0)).state;
          }
          expect(isTerminalRfqState(state)).toBe(true);
        },
      ),
      RUNS,
    );
  });
});
