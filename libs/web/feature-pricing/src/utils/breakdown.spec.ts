import { describe, expect, it } from 'vitest';
import { bpsTextToPercent, splitDetail } from './breakdown';

describe('breakdown detail', () => {
  it('moves the point of basis points as text, decimals and sign kept', () => {
    expect(bpsTextToPercent('800')).toBe('8');
    expect(bpsTextToPercent('65.7534')).toBe('0.657534');
    expect(bpsTextToPercent('-65.7534')).toBe('-0.657534');
    expect(bpsTextToPercent('5')).toBe('0.05');
    expect(bpsTextToPercent('-0')).toBe('0');
    expect(bpsTextToPercent('x')).toBeNull();
  });

  it('gathers graduated bands, hides ids and names the zone in the page language', () => {
    const { bands, entries } = splitDetail(
      {
        listId: 'L',
        mode: 'graduated',
        bands: '2',
        'band1.from': '0.000',
        'band1.to': '100.000',
        'band1.quantity': '100.000',
        'band1.unitPrice': '6000.0000',
        'band1.amount': '600000.00',
        'band2.from': '100.000',
        'band2.to': '',
        'band2.quantity': '20.000',
        'band2.unitPrice': '5950.0000',
        'band2.amount': '119000.00',
        zone: 'SOUTH',
        zoneNameZh: '华南',
        zoneNameEn: 'South China',
        somethingNew: '42',
      },
      'en',
    );
    expect(bands.map((b) => [b.n, b.from, b.to, b.amount])).toEqual([
      [1, '0.000', '100.000', '600000.00'],
      [2, '100.000', '', '119000.00'],
    ]);
    expect(entries.map((e) => [e.key, e.format, e.value])).toEqual([
      ['mode', 'mode', 'graduated'],
      ['zone', 'text', 'SOUTH'],
      ['zoneName', 'text', 'South China'],
      ['somethingNew', 'raw', '42'],
    ]);
  });
});
