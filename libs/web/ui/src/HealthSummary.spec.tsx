import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Health } from '@tradeway/shared/contracts';
import { HealthSummary, type HealthSummaryProps } from './HealthSummary';
import { renderWithProviders } from './testing/render';

const healthy: Health = {
  status: 'ok',
  version: '0.1.0',
  uptimeSeconds: 7200,
  time: '2026-11-25T08:00:00.000Z',
  checks: { database: { status: 'up', latencyMs: 2 }, redis: { status: 'up', latencyMs: 1 } },
};

function props(overrides: Partial<HealthSummaryProps> = {}): HealthSummaryProps {
  return {
    health: healthy,
    loading: false,
    unreachable: false,
    checkedAt: Date.parse('2026-11-25T08:00:05Z'),
    refreshing: false,
    refreshSeconds: 15,
    onRefresh: () => undefined,
    ...overrides,
  };
}

describe('HealthSummary', () => {
  it('shows every dependency up, with latencies, version and uptime, in Chinese', () => {
    renderWithProviders(<HealthSummary {...props()} />, { language: 'zh-CN' });
    expect(screen.getByTestId('health-status')).toHaveProperty('textContent', '全部正常');
    expect(screen.getByTestId('health-database').textContent).toBe('正常');
    expect(screen.getByTestId('health-redis').textContent).toBe('正常');
    expect(screen.getByText('2 毫秒')).toBeTruthy();
    expect(screen.getByText('0.1.0')).toBeTruthy();
    expect(screen.getByText('2 小时')).toBeTruthy();
  });

  it('marks a dependency down and the whole platform degraded, with the error, in English', () => {
    const degraded: Health = {
      ...healthy,
      status: 'degraded',
      checks: {
        ...healthy.checks,
        redis: { status: 'down', latencyMs: null, error: 'connect ECONNREFUSED' },
      },
    };
    renderWithProviders(<HealthSummary {...props({ health: degraded })} />, { language: 'en' });
    expect(screen.getByTestId('health-status').textContent).toBe('Degraded');
    expect(screen.getByTestId('health-status').getAttribute('data-status')).toBe('degraded');
    expect(screen.getByTestId('health-database').textContent).toBe('Up');
    expect(screen.getByTestId('health-redis').textContent).toBe('Down');
    expect(screen.getByText('connect ECONNREFUSED')).toBeTruthy();
  });

  it('says when the API cannot be reached and refreshes on demand', async () => {
    const onRefresh = vi.fn();
    renderWithProviders(<HealthSummary {...props({ health: undefined, unreachable: true, onRefresh })} />, {
      language: 'en',
    });
    expect(screen.getByTestId('health-unreachable').textContent).toContain('The API cannot be reached');
    expect(screen.queryByTestId('health-status')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: /Refresh/ }));
    expect(onRefresh).toHaveBeenCalledTimes(1);
  });

  it('shows a skeleton, not stale or empty figures, while the first answer is pending', () => {
    const { container } = renderWithProviders(
      <HealthSummary {...props({ health: undefined, loading: true, checkedAt: undefined })} />,
      { language: 'en' },
    );
    expect(container.querySelector('.ant-skeleton')).not.toBeNull();
    expect(screen.queryByTestId('health-status')).toBeNull();
  });
});
