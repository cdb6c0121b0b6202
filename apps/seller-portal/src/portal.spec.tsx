import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPortal } from '@tradeway/web/ui/testing';
import { sellerPortal } from './portal';

describe('seller-portal', () => {
  it('opens on the dashboard with the portal name, its purpose and the platform status', () => {
    renderPortal(sellerPortal, '/');
    expect(screen.getByTestId('portal-title').textContent).toBe('供应商门户');
    expect(screen.getByText(/发布分级保密价格表/)).toBeTruthy();
    expect(screen.getByTestId('health-panel')).toBeTruthy();
  });
});
