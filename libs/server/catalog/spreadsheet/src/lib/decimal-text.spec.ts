import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareDecimalText,
  isExactNumberText,
  numberToText,
  parseDecimalText,
  timesHundred,
  toPlainNotation,
  type DecimalRules,
} from './decimal-text';

const PRICE: DecimalRules = { places: 4, integerDigits: 12, allowZero: true };
const QTY: DecimalRules = { places: 3, integerDigits: 12, allowZero: false };

describe('parseDecimalText', () => {
  it.each([
    ['5980', '5980'],
    ['5980.5', '5980.5'],
    ['5980.1234', '5980.1234'],
    ['025.50', '25.5'],
    ['0.000', '0'],
    ['.5', '0.5'],
    ['3.', '3'],
    ['123456789012.1234', '123456789012.1234'],
    ['1.23450', '1.2345'],
  ])('accepts %s as %s', (text, value) => {
    expect(parseDecimalText(text, PRICE)).toEqual({ ok: true, value });
  });

  it.each([
    ['1,234.5', 'thousands'],
    ['1,234,567', 'thousands'],
    ['５９８０', 'fullwidth'],
    ['5980．5', 'fullwidth'],
    ['1e5', 'exponent'],
    ['1.5E-3', 'exponent'],
    ['-1', 'negative'],
    ['-0.5', 'negative'],
    ['¥5980', 'format'],
    ['5980元', 'format'],
    ['59 80', 'format'],
    ['+5', 'format'],
    ['.', 'format'],
    ['', 'format'],
    ['abc', 'format'],
    ['1.2.3', 'format'],
    ['5980.12345', 'places'],
    ['1234567890123', 'integer-digits'],
  ])('refuses %s (%s)', (text, issue) => {
    expect(parseDecimalText(text, PRICE)).toEqual({ ok: false, issue });
  });

  it('counts decimals and digits of the value, not of the padding', () => {
    expect(parseDecimalText('2.5000000', QTY)).toEqual({ ok: true, value: '2.5' });
    expect(parseDecimalText('000000000000001', QTY)).toEqual({ ok: true, value: '1' });
    expect(parseDecimalText('2.5001', QTY)).toEqual({ ok: false, issue: 'places' });
  });

  it('refuses zero where the value must be more than zero', () => {
    expect(parseDecimalText('0', QTY)).toEqual({ ok: false, issue: 'zero' });
    expect(parseDecimalText('0.000', QTY)).toEqual({ ok: false, issue: 'zero' });
    expect(parseDecimalText('0', PRICE)).toEqual({ ok: true, value: '0' });
  });

  it('normalises to the shortest form, which parses to itself', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{1,12}$/),
        fc.stringMatching(/^\d{0,4}$/),
        fc.nat({ max: 3 }),
        (int, frac, zeros) => {
          const text = `${'0'.repeat(zeros)}${int}${frac === '' ? '' : `.${frac}`}`;
          const parsed = parseDecimalText(text, PRICE);
          if (!parsed.ok) throw new Error(`refused ${text}`);
          expect(parseDecimalText(parsed.value, PRICE)).toEqual(parsed);
          expect(parsed.value).toMatch(/^(0|[1-9]\d*)(\.\d*[1-9])?$/);
          expect(compareDecimalText(parsed.value, text.replace(/^0+(?=\d)/, ''))).toBe(0);
        },
      ),
    );
  });
});

describe('compareDecimalText', () => {
  it.each([
    ['1', '2', -1],
    ['10', '9', 1],
    ['5980', '5980', 0],
    ['0.5', '0.45', 1],
    ['100', '99.9999', 1],
    ['1.1', '1.10', 0],
  ])('%s vs %s', (a, b, sign) => {
    expect(Math.sign(compareDecimalText(a, b))).toBe(sign);
  });

  it('agrees with exact integer arithmetic', () => {
    const decimal = fc
      .tuple(fc.bigInt({ min: 0n, max: 10n ** 16n }), fc.nat({ max: 4 }))
      .map(([n, places]) => {
        const digits = n.toString().padStart(places + 1, '0');
        const text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
        const parsed = parseDecimalText(text, { places: 4, integerDigits: 20, allowZero: true });
        if (!parsed.ok) throw new Error(text);
        return { text: parsed.value, scaled: n * 10n ** BigInt(4 - places) };
      });
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        const expected = a.scaled < b.scaled ? -1 : a.scaled > b.scaled ? 1 : 0;
        expect(Math.sign(compareDecimalText(a.text, b.text))).toBe(expected);
      }),
    );
  });
});

describe('numberToText', () => {
  it.each([
    [5980.5, '5980.5'],
    [0.1 + 0.2, '0.3'],
    [1.1 * 3, '3.3'],
    [5980.1234, '5980.1234'],
    [100, '100'],
    [-2.5, '-2.5'],
    [-0, '0'],
    [1e21, '1000000000000000000000'],
    [1.5e-7, '0.00000015'],
    [123456789012345680, '123456789012346000'],
  ])('%s → %s', (n, text) => {
    expect(numberToText(n)).toBe(text);
  });

  it('refuses what a cell cannot hold', () => {
    expect(numberToText(Number.NaN)).toBeNull();
    expect(numberToText(Number.POSITIVE_INFINITY)).toBeNull();
  });

  it('gives back the decimal typed in, for up to 15 significant digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{0,10}$/), fc.stringMatching(/^\d{0,3}[1-9]$/), (int, frac) => {
        const text = `${int}.${frac}`.slice(0, 16);
        const clean = text.replace(/0+$/, '').replace(/\.$/, '');
        expect(numberToText(Number(clean))).toBe(clean);
      }),
    );
  });
});

describe('toPlainNotation and timesHundred', () => {
  it('expands exponents', () => {
    expect(toPlainNotation('1.5e-7')).toBe('0.00000015');
    expect(toPlainNotation('-1.2e+21')).toBe('-1200000000000000000000');
    expect(toPlainNotation('1.25e1')).toBe('12.5');
    expect(toPlainNotation('42')).toBe('42');
  });

  it('moves the point two places', () => {
    expect(timesHundred('0.025')).toBe('2.5');
    expect(timesHundred('1')).toBe('100');
    expect(timesHundred('0.5')).toBe('50');
    expect(timesHundred('0.0001')).toBe('0.01');
    expect(timesHundred('-0.02')).toBe('-2');
    expect(timesHundred('0')).toBe('0');
  });
});

describe('isExactNumberText', () => {
  it.each([
    ['0.1', true],
    ['5980.1234', true],
    ['100', true],
    ['123456789012345', true],
    ['123456789012.1234', false],
    ['1234567890123456', false],
    ['25.0', false],
    ['007', false],
    ['-0', false],
    ['2%', false],
    ['', false],
    ['1e5', false],
  ])('%s → %s', (text, exact) => {
    expect(isExactNumberText(text)).toBe(exact);
  });
});
