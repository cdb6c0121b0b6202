import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createQueryClient } from '@tradeway/web/data-access';
import { createI18n, type Language } from '@tradeway/web/i18n';
import { AppProviders } from '../AppProviders';

/** Renders inside the same providers a portal uses, in a given language. */
export function renderWithProviders(ui: ReactElement, { language }: { language: Language }): RenderResult {
  return render(
    <AppProviders i18n={createI18n({ language })} queryClient={createQueryClient()}>
      {ui}
    </AppProviders>,
  );
}
