import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Chooses `option` in a single Ant Design select and waits until the select shows it.
 *
 * A pick can be lost on a busy machine: the option list is still opening (or the form
 * re-renders) when the click lands. The whole gesture is therefore retried until the select
 * holds the option — never blindly: once it shows the option, nothing is clicked again.
 */
export async function chooseOption(page: Page, select: Locator, option: string) {
  // `select` may be the select itself (a test id) or its search input (a label): what it shows
  // is read from the select's root element either way.
  const shown = select.locator(
    'xpath=ancestor-or-self::*[contains(concat(" ", @class, " "), " ant-select ")][1]',
  );
  await expect(async () => {
    if ((await shown.textContent())?.includes(option)) return;
    const open = page.locator('.ant-select-dropdown:visible').last();
    if (!(await open.isVisible())) await select.click();
    await open.getByTitle(option, { exact: true }).click({ timeout: 3_000 });
    await expect(shown).toContainText(option, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
}
