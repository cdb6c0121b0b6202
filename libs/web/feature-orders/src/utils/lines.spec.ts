import { describe, expect, it } from 'vitest';
import { descriptionIn } from './lines';

describe('line descriptions', () => {
  it('shows the name of the page language where the order holds both', () => {
    const both = '广西白砂糖 一级 / Guangxi white cane sugar, grade 1';
    expect(descriptionIn(both, 'zh-CN')).toBe('广西白砂糖 一级');
    expect(descriptionIn(both, 'en')).toBe('Guangxi white cane sugar, grade 1');
  });

  it('keeps any other description whole', () => {
    expect(descriptionIn('白砂糖', 'en')).toBe('白砂糖');
    expect(descriptionIn('A / B / C', 'en')).toBe('A / B / C');
    expect(descriptionIn(' / Sugar', 'zh-CN')).toBe(' / Sugar');
  });
});
