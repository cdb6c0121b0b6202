import { ORPCError } from '@orpc/client';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@tradeway/web/ui/testing';
import type { MyPriceView, QuoteRequestPayload, QuoteView, SkuView } from '../data/types';
import { type PreviewState, QuoteBuilder } from './QuoteBuilder';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const SKU = uuid(11);
const WH = uuid(21);

const sku: SkuView & { myPrice: MyPriceView } = {
  id: SKU,
  code: 'SUGAR-G1-50KG',
  specCode: 'GB317-1',
  attributes: { grade: '一级', origin: '广西' },
  unit: 't',
  packSize: '0.05',
  minOrderQuantity: '25',
  orderIncrement: '25',
  conversions: [{ fromUnit: 't', toUnit: 'kg', factor: '1000' }],
  inventory: [],
  myPrice: {
    unitPrice: '5950.0000',
    currency: 'CNY',
    listKind: 'grade',
    ladderMode: 'all_units',
    ladder: [{ minQuantity: '1000', kind: 'absolute', value: '5900' }],
    validTo: null,
    pickupWarehouseIds: [WH],
    deliveryRegions: ['CN-GD', 'CN-GX'],
  },
};

const noPreview: PreviewState = { data: undefined, error: null, isFetching: false, isPlaceholderData: false };

function renderBuilder(
  options: {
    onSave?: (r: QuoteRequestPayload) => Promise<unknown>;
    preview?: PreviewState;
    defaultRegion?: string;
    language?: 'zh-CN' | 'en';
    sku?: SkuView & { myPrice: MyPriceView };
  } = {},
) {
  const onRequestChange = vi.fn();
  const onSave = vi.fn(options.onSave ?? (() => Promise.resolve()));
  renderWithProviders(
    <QuoteBuilder
      sku={options.sku ?? sku}
      pickupWarehouses={[{ id: WH, name: '南宁保税仓' }]}
      defaultRegion={options.defaultRegion}
      onRequestChange={onRequestChange}
      preview={options.preview ?? noPreview}
      onSave={onSave}
    />,
    { language: options.language ?? 'zh-CN' },
  );
  const quantity = () => screen.getByTestId('quote-quantity');
  return { onRequestChange, onSave, quantity };
}

const lastRequest = (fn: ReturnType<typeof vi.fn>) => fn.mock.calls.at(-1)?.[0] as QuoteRequestPayload | null;

describe('quote builder', () => {
  it('starts from the minimum order quantity and my company region, and asks the price for it', async () => {
    const { onRequestChange, quantity } = renderBuilder({ defaultRegion: 'CN-GD' });
    expect((quantity() as HTMLInputElement).value).toBe('25');
    expect(screen.getByText('可订数量：25 吨、50 吨、75 吨 …')).toBeTruthy();
    await waitFor(() =>
      expect(lastRequest(onRequestChange)).toEqual({
        skuId: SKU,
        quantity: '25',
        paymentTerm: 'cash',
        delivery: { mode: 'delivery', region: 'CN-GD' },
      }),
    );
  });

  it('requires a delivery region when my company has none on file', async () => {
    const { onRequestChange, onSave } = renderBuilder();
    expect(screen.getByText('贵公司未登记所在地区，请选择送货地区。')).toBeTruthy();
    await userEvent.click(screen.getByTestId('save-quote'));
    expect(await screen.findByText('请选择送货地区')).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
    expect(lastRequest(onRequestChange)).toBeNull();
  });

  it('checks the quantity against MOQ and increment as it is typed, saying which quantities are allowed', async () => {
    const { onRequestChange, onSave, quantity } = renderBuilder({ defaultRegion: 'CN-GD' });
    await userEvent.clear(quantity());
    await userEvent.type(quantity(), '60');
    expect(
      await screen.findByText(
        '须为起订量 25 吨 加 25 吨 的整数倍（25 吨、50 吨、75 吨 …），最接近的是 50 吨 或 75 吨',
      ),
    ).toBeTruthy();
    await userEvent.clear(quantity());
    await userEvent.type(quantity(), '10');
    expect(await screen.findByText('起订量为 25 吨')).toBeTruthy();
    await userEvent.clear(quantity());
    await userEvent.type(quantity(), '25.0001');
    expect(await screen.findByText('最多 3 位小数')).toBeTruthy();
    await userEvent.click(screen.getByTestId('save-quote'));
    expect(onSave).not.toHaveBeenCalled();
    await waitFor(() => expect(lastRequest(onRequestChange)).toBeNull());
  });

  it('offers the units the SKU converts to, and asks the price in the chosen one, converted beside the field', async () => {
    const { onRequestChange, quantity } = renderBuilder({ defaultRegion: 'CN-GD' });
    const unit = screen.getByRole('combobox', { name: '单位' });
    expect(within(screen.getByTestId('quote-form')).getByTitle('吨')).toBeTruthy();
    expect(screen.queryByTestId('quote-converted')).toBeNull();
    await userEvent.click(unit);
    await userEvent.click(await screen.findByTitle('千克'));
    await userEvent.clear(quantity());
    await userEvent.type(quantity(), '50000');
    expect((await screen.findByTestId('quote-converted')).textContent).toBe('= 50 吨');
    await waitFor(() =>
      expect(lastRequest(onRequestChange)).toEqual({
        skuId: SKU,
        quantity: '50000',
        unit: 'kg',
        paymentTerm: 'cash',
        delivery: { mode: 'delivery', region: 'CN-GD' },
      }),
    );
    // the order rules apply to the converted quantity
    await userEvent.clear(quantity());
    await userEvent.type(quantity(), '10000');
    expect(await screen.findByText('起订量为 25 吨')).toBeTruthy();
    expect(screen.getByTestId('quote-converted').textContent).toBe('= 10 吨');
    // a quantity that is no whole thousandth of a tonne, with the nearest that are
    await userEvent.clear(quantity());
    await userEvent.type(quantity(), '25000.5');
    expect(
      await screen.findByText(
        '25,000.5 千克 无法精确换算为吨（最多 3 位小数），最接近的是 25,000 千克 或 25,001 千克',
      ),
    ).toBeTruthy();
    expect(screen.queryByTestId('quote-converted')).toBeNull();
    await waitFor(() => expect(lastRequest(onRequestChange)).toBeNull());
  });

  it('offers no unit choice for a SKU without conversions', () => {
    renderBuilder({ defaultRegion: 'CN-GD', sku: { ...sku, conversions: [] } });
    expect(screen.queryByTestId('quote-unit')).toBeNull();
    expect(within(screen.getByTestId('quote-form')).getByText('吨')).toBeTruthy();
  });

  it('shows a server refusal of the unit or of the converted quantity on the quantity line', async () => {
    const unitRefused = new ORPCError('UNIT_NOT_CONVERTIBLE', {
      status: 422,
      message: 'This item cannot be quoted in kg: the seller declares no conversion between kg and t',
      data: {
        reason: 'UNIT_NOT_CONVERTIBLE',
        fields: [{ path: 'unit', message: 'This item cannot be quoted in kg' }],
      },
    });
    const quantityRefused = new ORPCError('QUANTITY_NOT_CONVERTIBLE', {
      status: 422,
      message: 'does not convert exactly',
      data: {
        reason: 'QUANTITY_NOT_CONVERTIBLE',
        fields: [{ path: 'quantity', message: 'does not convert exactly' }],
      },
    });
    const errors = [unitRefused, quantityRefused];
    const { onSave, quantity } = renderBuilder({
      defaultRegion: 'CN-GD',
      language: 'en',
      onSave: () => Promise.reject(errors.shift()),
    });
    await userEvent.click(screen.getByRole('combobox', { name: 'Unit' }));
    await userEvent.click(await screen.findByTitle('kg'));
    await userEvent.clear(quantity());
    await userEvent.type(quantity(), '25000');
    await userEvent.click(screen.getByTestId('save-quote'));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(lastRequest(onSave)).toMatchObject({ quantity: '25000', unit: 'kg' });
    const form = screen.getByTestId('quote-form');
    expect(await within(form).findByText('This item cannot be quoted in the chosen unit')).toBeTruthy();
    expect(screen.queryByTestId('quote-form-error')).toBeNull();
    await userEvent.click(screen.getByTestId('save-quote'));
    expect(
      await within(form).findByText("The quantity does not convert exactly into the item's unit"),
    ).toBeTruthy();
    expect(screen.queryByTestId('quote-form-error')).toBeNull();
  });

  it('offers only the regions the seller delivers to', async () => {
    renderBuilder({ defaultRegion: 'CN-GD' });
    await userEvent.click(screen.getByRole('combobox', { name: '送货地区' }));
    const beijing = await screen.findByTitle('北京（不在配送范围）');
    expect(beijing.getAttribute('aria-disabled') ?? beijing.className).toMatch(/true|disabled/);
    expect(screen.getAllByTitle('广西').length).toBeGreaterThan(0);
  });

  it('prices pickup at a warehouse the seller offers', async () => {
    const { onRequestChange } = renderBuilder({ defaultRegion: 'CN-GD' });
    await userEvent.click(screen.getByRole('radio', { name: '自提' }));
    await userEvent.click(screen.getByText('60天账期'));
    await waitFor(() =>
      expect(lastRequest(onRequestChange)).toEqual({
        skuId: SKU,
        quantity: '25',
        paymentTerm: 'net60',
        delivery: { mode: 'pickup', warehouseId: WH },
      }),
    );
  });

  it('shows the server refusal of a save on the field it concerns', async () => {
    const zone = new ORPCError('ZONE_NOT_COVERED', {
      status: 422,
      message: 'The seller does not deliver to this region',
      data: {
        reason: 'ZONE_NOT_COVERED',
        messageZh: '卖家的配送范围不包括该地区',
        fields: [{ path: 'delivery.region', message: 'The seller does not deliver to this region' }],
      },
    });
    const { onSave } = renderBuilder({ defaultRegion: 'CN-GD', onSave: () => Promise.reject(zone) });
    await userEvent.click(screen.getByTestId('save-quote'));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    const form = screen.getByTestId('quote-form');
    expect(await within(form).findByText('卖家的配送范围不包括该地区')).toBeTruthy();
    expect(screen.queryByTestId('quote-form-error')).toBeNull();
  });

  it("shows a refusal the screens do not know in the API's own words, in Chinese when it has them", async () => {
    const past = new ORPCError('DATE_IN_PAST', {
      status: 422,
      message: 'The price day cannot be in the past',
      data: {
        reason: 'DATE_IN_PAST',
        messageZh: '价格日期不能早于今天',
        fields: [
          { path: 'date', message: 'The price day cannot be in the past', messageZh: '价格日期不能早于今天' },
        ],
      },
    });
    renderBuilder({ defaultRegion: 'CN-GD', onSave: () => Promise.reject(past) });
    await userEvent.click(screen.getByTestId('save-quote'));
    expect(await within(screen.getByTestId('quote-form')).findByText('价格日期不能早于今天')).toBeTruthy();
  });

  it('puts a quantity refusal on the quantity, and a refusal without a field above the button', async () => {
    const below = new ORPCError('BELOW_MINIMUM_QUANTITY', {
      status: 422,
      message: 'The quantity is below the minimum order quantity of 50',
      data: {
        fields: [{ path: 'quantity', message: 'The quantity is below the minimum order quantity of 50' }],
      },
    });
    const noPrice = new ORPCError('NO_PRICE', {
      status: 422,
      message: 'This item has no price for you; request a quote',
      data: { fields: [{ path: 'skuId', message: 'This item has no price for you; request a quote' }] },
    });
    const errors = [below, noPrice];
    renderBuilder({ defaultRegion: 'CN-GD', language: 'en', onSave: () => Promise.reject(errors.shift()) });
    await userEvent.click(screen.getByTestId('save-quote'));
    expect(await screen.findByText("Below the seller's minimum order quantity")).toBeTruthy();
    await userEvent.click(screen.getByTestId('save-quote'));
    expect((await screen.findByTestId('quote-form-error')).textContent).toContain(
      'No price for you: price on request',
    );
  });

  it('shows the live breakdown with subtotal, VAT, total and unit price', async () => {
    const quote: QuoteView = {
      id: null,
      number: null,
      status: null,
      origin: null,
      sellerId: uuid(31),
      sellerName: '广西桂糖',
      sellerNameEn: 'Guangxi Guitang',
      buyerId: uuid(32),
      buyerName: '华鑫食品',
      buyerNameEn: 'Huaxin Food',
      skuId: SKU,
      skuCode: sku.code,
      productNameZh: '白砂糖',
      productNameEn: 'White sugar',
      unit: 't',
      request: {
        skuId: SKU,
        quantity: '25',
        paymentTerm: 'cash',
        delivery: { mode: 'delivery', region: 'CN-GD' },
        date: '2026-11-25',
      },
      currency: 'CNY',
      quantity: '25.000',
      listKind: 'grade',
      baseUnitPrice: '5950.0000',
      unitPrice: '5950.0000',
      lines: [
        {
          kind: 'base',
          amountMinor: '14875000',
          detail: { listKind: 'grade', unitPrice: '5950.0000', quantity: '25.000' },
        },
        {
          kind: 'freight',
          amountMinor: '300000',
          detail: {
            zoneNameZh: '华南',
            zoneNameEn: 'South',
            region: 'CN-GD',
            freightPerUnit: '120.0000',
            quantity: '25.000',
          },
        },
        { kind: 'shipment_fee', amountMinor: '80000', detail: { shipments: '1', feePerShipment: '800.00' } },
        { kind: 'tax', amountMinor: '1983150', detail: { taxRateBps: '1300', net: '152550.00' } },
      ],
      netMinor: '15255000',
      taxMinor: '1983150',
      totalMinor: '17238150',
      taxRateBps: 1300,
      validUntil: '2026-12-02T00:00:00.000Z',
      createdAt: null,
      acceptedAt: null,
      listId: null,
      listName: null,
      special: null,
      approvalRequestId: null,
    };
    renderBuilder({
      defaultRegion: 'CN-GD',
      preview: { data: quote, error: null, isFetching: false, isPlaceholderData: false },
    });
    const breakdown = await screen.findByTestId('breakdown');
    const rows = within(breakdown)
      .getAllByRole('row')
      .slice(1)
      .map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent));
    expect(rows).toEqual([
      ['基础价', '等级价：¥5,950.00/吨 × 25 吨', '¥148,750.00'],
      ['运费', '送货至广东（华南）：运费 ¥120.00/吨 × 25 吨', '¥3,000.00'],
      ['单次运输费', '1 次 × 每次 ¥800.00', '¥800.00'],
      ['小计（不含税）', '', '¥152,550.00'],
      ['增值税', '增值税 13%，计税金额 ¥152,550.00', '¥19,831.50'],
      ['合计', '', '¥172,381.50'],
    ]);
    expect(screen.getByTestId('effective-unit-price').textContent).toBe('¥5,950.00/吨');
  });
});
