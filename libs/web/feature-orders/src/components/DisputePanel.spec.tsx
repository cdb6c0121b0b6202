import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '@tradeway/web/i18n';
import { renderWithProviders } from '@tradeway/web/ui/testing';
import type { DisputeDetailView, EvidenceView } from '../data/receipts.queries';
import { json, refusal, uuid } from '../testing/order-fixtures';
import { dispute, DISPUTE_ID, LINE2_ID } from '../testing/receipt-fixtures';
import { DisputePanel } from './DisputePanel';

/**
 * The API stubbed before any import (the typed client binds `fetch` when it loads):
 * `state.dispute` answers `GET /api/disputes/:id`, `state.step` the propose/agree/decline posts.
 */
const stub = vi.hoisted(() => {
  const original = globalThis.fetch;
  const state: {
    dispute: (() => Response) | null;
    step: ((step: string, body: unknown) => Response) | null;
    calls: Array<{ method: string; path: string; body: unknown }>;
    original: typeof fetch;
  } = { dispute: null, step: null, calls: [], original };
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const path = new URL(request.url).pathname;
    const text = request.method === 'GET' ? '' : await request.clone().text();
    const body: unknown = text ? JSON.parse(text) : undefined;
    state.calls.push({ method: request.method, path, body });
    const step = /^\/api\/disputes\/[^/]+\/(propose|agree|decline)$/.exec(path);
    if (request.method === 'POST' && step && state.step) return state.step(step[1] as string, body);
    if (request.method === 'GET' && /^\/api\/disputes\/[^/]+$/.test(path) && state.dispute)
      return state.dispute();
    if (request.method === 'GET' && /\/receipts$/.test(path)) return new Response('{}', { status: 404 });
    return original(input, init);
  }) as typeof fetch;
  return state;
});

/** An XMLHttpRequest the test drives: the upload's progress, then the API's answer. */
class FakeXhr {
  static last: FakeXhr | null = null;
  upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } =
    {
      onprogress: null,
    };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  responseType = '';
  status = 0;
  responseText = '';
  method = '';
  url = '';
  sent: FormData | null = null;
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  send(body: FormData) {
    this.sent = body;
    FakeXhr.last = this;
  }
  abort() {
    this.onabort?.();
  }
  progress(percent: number) {
    this.upload.onprogress?.({ lengthComputable: true, loaded: percent, total: 100 });
  }
  finish(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

async function openPanel(detail: DisputeDetailView, language: Language = 'zh-CN') {
  let current = detail;
  stub.dispute = () => json(current);
  renderWithProviders(<DisputePanel summary={detail} />, { language });
  await screen.findByTestId('dispute-reason');
  return {
    user: userEvent.setup({ delay: null }),
    setDispute: (next: DisputeDetailView) => (current = next),
  };
}
const buttons = () =>
  ['dispute-propose', 'dispute-agree', 'dispute-decline', 'evidence-upload'].filter((id) =>
    screen.queryByTestId(id),
  );
const posts = () => stub.calls.filter((c) => c.method === 'POST');
const sellerProposal = {
  by: 'seller' as const,
  resolution: { kind: 'price_adjustment' as const, creditMinor: '120000' },
  note: '按短重补偿',
  at: '2026-11-28T09:00:00.000Z',
};

describe('the dispute panel', () => {
  afterEach(() => {
    stub.dispute = null;
    stub.step = null;
    stub.calls = [];
    vi.unstubAllGlobals();
  });
  afterAll(() => {
    globalThis.fetch = stub.original;
  });

  it('offers each party only what the API allows', async () => {
    // Open, the buyer: propose and add evidence.
    await openPanel(dispute());
    expect(buttons()).toEqual(['dispute-propose', 'evidence-upload']);
    expect(screen.getByTestId('dispute-status').textContent).toBe('待处理');
    expect(screen.getByTestId('dispute-waiting').textContent).toBe('任一方提出解决方案');
    expect(screen.getByTestId('variance').textContent).toBe('-2%');
    const link = screen.getByTestId('evidence-download');
    expect(link.getAttribute('href')).toBe(`/api/disputes/${DISPUTE_ID}/evidence/${uuid(761)}`);
    expect(link.textContent).toBe('地磅单.jpg');
    expect(screen.getAllByTestId('history-entry').map((e) => e.textContent?.split('2026')[0])).toEqual([
      '我方（买方）发起争议',
      '我方（买方）上传了 地磅单.jpg',
    ]);
    cleanup();

    // The seller proposed a credit: the buyer agrees, declines or counter-proposes.
    await openPanel(
      dispute({
        status: 'proposed',
        version: 2,
        proposal: sellerProposal,
        allowedActions: ['propose', 'agree', 'decline', 'upload_evidence'],
      }),
    );
    expect(buttons()).toEqual(['dispute-propose', 'dispute-agree', 'dispute-decline', 'evidence-upload']);
    expect(screen.getByTestId('dispute-proposal').textContent).toContain('卖方提出的方案');
    expect(screen.getByTestId('dispute-proposal-text').textContent).toBe('调减 ¥1,200.00 给买方');
    expect(screen.getByTestId('dispute-propose').textContent).toBe('提出新方案');
    cleanup();

    // The seller's warehouse clerk reads, and does nothing.
    await openPanel(
      dispute({ viewer: 'seller', status: 'proposed', proposal: sellerProposal, allowedActions: [] }),
      'en',
    );
    expect(buttons()).toEqual([]);
    expect(screen.getByTestId('dispute-proposal').textContent).toContain('Proposal by you (the seller)');
    expect(screen.getByTestId('evidence-download')).toBeTruthy();
    cleanup();

    // Resolved: the outcome, no buttons.
    await openPanel(
      dispute({
        status: 'resolved',
        outcome: {
          resolution: { kind: 'price_adjustment', creditMinor: '135600' },
          decidedBy: 'operator',
          note: '按地磅单裁决',
          at: '2026-11-29T09:00:00.000Z',
        },
        allowedActions: [],
      }),
    );
    expect(buttons()).toEqual([]);
    expect(screen.getByTestId('dispute-outcome').textContent).toContain('平台裁决');
    expect(screen.getByTestId('dispute-outcome-text').textContent).toBe('调减 ¥1,356.00 给买方');
  });

  it('proposes a credit typed in yuan as an exact amount in fen, not above the order total', async () => {
    const { user } = await openPanel(dispute({ maxCreditMinor: '675467561' }));
    await user.click(screen.getByTestId('dispute-propose'));
    const form = await screen.findByTestId('propose-form');
    const credit = within(form).getByTestId('credit-input');
    expect(within(form).getByTestId('credit-max').textContent).toBe('最多 ¥6,754,675.61（订单金额）');

    await user.type(credit, '6754675.62');
    await user.click(screen.getByTestId('propose-submit'));
    expect(await within(form).findByText('最多 ¥6,754,675.61')).toBeTruthy();
    expect(posts()).toEqual([]);

    stub.step = (_step, body) =>
      json({
        ...dispute(),
        status: 'proposed',
        version: 2,
        proposal: { ...sellerProposal, by: 'buyer', ...(body as object) },
      });
    await user.clear(credit);
    await user.type(credit, '1234.29');
    expect(within(form).getByTestId('credit-preview').textContent).toBe('= ¥1,234.29');
    await user.type(within(form).getByTestId('resolution-note'), '按短重 0.2 吨折价');
    await user.click(screen.getByTestId('propose-submit'));
    await waitFor(() => expect(posts()).toHaveLength(1));
    expect(posts()[0]).toEqual({
      method: 'POST',
      path: `/api/disputes/${DISPUTE_ID}/propose`,
      body: {
        resolution: { kind: 'price_adjustment', creditMinor: '123429' },
        note: '按短重 0.2 吨折价',
        version: 1,
      },
    });
    await waitFor(() => expect(screen.queryByTestId('propose-form')).toBeNull());
  });

  it('proposes a return per line and shows the API’s refusal on the line it names', async () => {
    const { user } = await openPanel(dispute(), 'en');
    await user.click(screen.getByTestId('dispute-propose'));
    const form = await screen.findByTestId('propose-form');
    await user.click(within(form).getByText('Return goods'));
    const rows = await within(form).findAllByTestId('return-quantity');
    expect(rows).toHaveLength(2);
    await user.click(screen.getByTestId('propose-submit'));
    expect(await screen.findByTestId('propose-error')).toBeTruthy();
    expect(screen.getByTestId('propose-error').textContent).toBe(
      'Enter a quantity to return on at least one line',
    );

    await user.type(rows[0] as HTMLElement, '9.801');
    expect(await within(form).findByText('At most 9.8 t (what the buyer holds)')).toBeTruthy();
    await user.clear(rows[0] as HTMLElement);

    stub.step = () =>
      refusal(
        422,
        'DISPUTE_RETURN_EXCEEDS_RECEIVED',
        'The return exceeds what the buyer received (5 t)',
        '退货数量超过买方实收（5 吨）',
        'resolution.lines.0.quantity',
      );
    await user.type(rows[1] as HTMLElement, '5');
    await user.click(screen.getByTestId('propose-submit'));
    const row2 = within(form).getAllByRole('row')[2] as HTMLElement;
    expect(await within(row2).findByText('The return exceeds what the buyer received (5 t)')).toBeTruthy();
    expect(posts()[0]?.body).toEqual({
      resolution: { kind: 'return', lines: [{ lineId: LINE2_ID, quantity: '5' }] },
      note: '',
      version: 1,
    });
  });

  it('agrees to the other party’s proposal with the version seen', async () => {
    const proposed = dispute({
      status: 'proposed',
      version: 2,
      proposal: sellerProposal,
      allowedActions: ['propose', 'agree', 'decline', 'upload_evidence'],
    });
    const { user } = await openPanel(proposed, 'en');
    stub.step = () =>
      json({
        ...proposed,
        status: 'resolved',
        version: 3,
        proposal: null,
        outcome: {
          resolution: sellerProposal.resolution,
          decidedBy: 'agreement',
          note: 'OK',
          at: sellerProposal.at,
        },
        allowedActions: [],
      });
    await user.click(screen.getByTestId('dispute-agree'));
    await user.type(await screen.findByTestId('respond-note'), 'OK');
    await user.click(screen.getByTestId('respond-submit'));
    expect(await screen.findByTestId('dispute-outcome')).toBeTruthy();
    expect(posts()).toEqual([
      { method: 'POST', path: `/api/disputes/${DISPUTE_ID}/agree`, body: { note: 'OK', version: 2 } },
    ]);
    expect(buttons()).toEqual([]);
  });

  it('checks evidence files before sending, and shows an upload’s progress', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    FakeXhr.last = null;
    const { user, setDispute } = await openPanel(dispute(), 'en');
    // The upload renews its input after each choice.
    const input = () =>
      screen.getByTestId('dispute-evidence').querySelector('input[type=file]') as HTMLInputElement;

    const huge = new File(['x'], 'scan.pdf', { type: 'application/pdf' });
    Object.defineProperty(huge, 'size', { value: 10 * 1024 * 1024 + 1 });
    await user.upload(input(), huge);
    expect((await screen.findByTestId('evidence-problem')).textContent).toBe('scan.pdf is larger than 10 MB');
    const svg = new File(['<svg/>'], 'evil.svg', { type: 'image/svg+xml' });
    // The picker offers the allowed kinds only; a file dropped anyway is refused before sending.
    await userEvent.setup({ delay: null, applyAccept: false }).upload(input(), svg);
    await waitFor(() =>
      expect(screen.getByTestId('evidence-problem').textContent).toBe(
        'evil.svg: only PDF, JPEG, PNG, WebP, XLSX or CSV files',
      ),
    );
    expect(FakeXhr.last).toBeNull();

    const report = new File(['%PDF-1.4 report'], 'SGS report.pdf', { type: 'application/pdf' });
    await user.upload(input(), report);
    await waitFor(() => expect(FakeXhr.last).not.toBeNull());
    const xhr = FakeXhr.last as unknown as FakeXhr;
    expect([xhr.method, xhr.url]).toEqual(['POST', `/api/disputes/${DISPUTE_ID}/evidence`]);
    expect((xhr.sent?.get('file') as File).name).toBe('SGS report.pdf');
    act(() => xhr.progress(40));
    expect(screen.getByTestId('evidence-sending').textContent).toContain('Uploading SGS report.pdf');
    expect(screen.getByTestId('evidence-sending').textContent).toContain('40%');

    const added: EvidenceView = {
      id: uuid(762),
      fileName: 'SGS report.pdf',
      contentType: 'application/pdf',
      sizeBytes: 15,
      uploadedBy: 'buyer',
      uploadedAt: '2026-11-28T10:00:00.000Z',
    };
    setDispute(dispute({ evidence: [...dispute().evidence, added], evidenceCount: 2 }));
    act(() => xhr.finish(201, added));
    await waitFor(() => expect(screen.getAllByTestId('evidence-item')).toHaveLength(2));
    expect(screen.queryByTestId('evidence-sending')).toBeNull();
  });

  it('shows the API’s refusal of a file', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    FakeXhr.last = null;
    const { user } = await openPanel(dispute());
    const input = screen
      .getByTestId('dispute-evidence')
      .querySelector('input[type=file]') as HTMLInputElement;
    await user.upload(input, new File(['MZ'], 'invoice.pdf', { type: 'application/pdf' }));
    await waitFor(() => expect(FakeXhr.last).not.toBeNull());
    act(() =>
      (FakeXhr.last as unknown as FakeXhr).finish(422, {
        code: 'FILE_TYPE_NOT_ALLOWED',
        status: 422,
        message: 'Upload a PDF, a JPEG, PNG or WebP image, an XLSX or a CSV file',
        data: {
          messageZh: '只能上传 PDF、JPEG、PNG、WebP 图片、XLSX 或 CSV 文件',
          fields: [
            { path: 'file', message: 'Upload a PDF, a JPEG, PNG or WebP image, an XLSX or a CSV file' },
          ],
        },
      }),
    );
    expect((await screen.findByTestId('evidence-problem')).textContent).toBe(
      'invoice.pdf：只能上传 PDF、JPEG、PNG、WebP 图片、XLSX 或 CSV 文件',
    );
  });
});
