import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPortal } from '@tradeway/web/ui/testing';
import { operatorPortal } from './portal';

describe('operator-console', () => {
  it('links the queue dashboard and the API reference from the menu and the dashboard, in a new tab', () => {
    renderPortal(operatorPortal, '/', 'en');
    expect(screen.getByTestId('portal-title').textContent).toBe('Operator console');
    expect(screen.getByTestId('tool-queues').getAttribute('href')).toBe('/api/admin/queues');
    expect(screen.getByTestId('tool-api-docs').getAttribute('href')).toBe('/api/docs');
    const menuLinks = screen.getAllByRole('link').filter((a) => a.closest('nav'));
    expect(menuLinks.map((a) => [a.getAttribute('href'), a.getAttribute('target')])).toEqual([
      ['/api/admin/queues', '_blank'],
      ['/api/docs', '_blank'],
    ]);
    expect(screen.getByTestId('health-panel')).toBeTruthy();
  });
});
