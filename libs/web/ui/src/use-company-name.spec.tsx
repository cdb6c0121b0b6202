import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from './testing/render';
import { companyName, useCompanyName } from './use-company-name';

function Names({ companies }: { companies: Array<[string, string | null]> }) {
  const nameOf = useCompanyName();
  return (
    <ul>
      {companies.map(([name, nameEn]) => (
        <li key={name}>{nameOf(name, nameEn)}</li>
      ))}
    </ul>
  );
}

const COMPANIES: Array<[string, string | null]> = [
  ['华鑫食品集团有限公司', 'Huaxin Food Group Co., Ltd.'],
  ['新客户食品厂', null],
  ['空英文名公司', ''],
];

describe('companyName', () => {
  it('is the English name on English pages, the legal (Chinese) name otherwise', () => {
    expect(companyName('华鑫食品集团有限公司', 'Huaxin Food Group Co., Ltd.', 'en')).toBe(
      'Huaxin Food Group Co., Ltd.',
    );
    expect(companyName('华鑫食品集团有限公司', 'Huaxin Food Group Co., Ltd.', 'zh-CN')).toBe(
      '华鑫食品集团有限公司',
    );
  });

  it('falls back to the legal name when the company gave no English name', () => {
    expect(companyName('新客户食品厂', null, 'en')).toBe('新客户食品厂');
    expect(companyName('新客户食品厂', undefined, 'en')).toBe('新客户食品厂');
    expect(companyName('空英文名公司', '', 'en')).toBe('空英文名公司');
  });
});

describe('useCompanyName', () => {
  it('names companies in English on an English page', () => {
    renderWithProviders(<Names companies={COMPANIES} />, { language: 'en' });
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Huaxin Food Group Co., Ltd.',
      '新客户食品厂',
      '空英文名公司',
    ]);
  });

  it('names companies by their Chinese name on a Chinese page', () => {
    renderWithProviders(<Names companies={COMPANIES} />, { language: 'zh-CN' });
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '华鑫食品集团有限公司',
      '新客户食品厂',
      '空英文名公司',
    ]);
  });
});
