import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPortal } from '@tradeway/web/ui/testing';
import { buyerPortal } from './portal';

describe('buyer-portal', () => {
  it('opens on the dashboard with the portal name, its purpose and the platform status', () => {
    renderPortal(buyerPortal, '/');
    expect(screen.getByTestId('portal-title').textContent).toBe('采购商门户');
    expect(screen.getByText(/发起询价/)).toBeTruthy();
    expect(screen.getByTestId('health-panel')).toBeTruthy();
  });
});
