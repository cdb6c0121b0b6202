import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Chooses `option` in an Ant Design select (single or multiple) and waits until the select
 * shows it.
 *
 * A pick can be lost on a busy machine: the option list is still opening (or the form
 * re-renders) when the click lands. The whole gesture is therefore retried until the select
 * holds the option — never blindly: once it shows the option, nothing is clicked again (in a
 * multiple select a second click would take the option out again).
 *
 * `exact: false` picks the first option whose text contains `option` (labels such as
 * "质检部 · QC-7"); by default the option's title must equal it.
 */
export async function chooseOption(
  page: Page,
  select: Locator,
  option: string,
  { exact = true }: { exact?: boolean } = {},
) {
  // `select` may be the select itself (a test id) or its search input (a label): what it shows
  // is read from the select's root element either way.
  const root = select.locator(
    'xpath=ancestor-or-self::*[contains(concat(" ", @class, " "), " ant-select ")][1]',
  );
  const dropdown = page.locator('.ant-select-dropdown:visible').last();
  await expect(async () => {
    if ((await root.textContent())?.includes(option)) return;
    if (!(await dropdown.isVisible())) await select.click();
    const item = exact
      ? dropdown.getByTitle(option, { exact: true })
      : dropdown.locator('.ant-select-item-option', { hasText: option }).first();
    await item.click({ timeout: 3_000 });
    await expect(root).toContainText(option, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  // A multiple select stays open after a pick: close it, so it covers no field below. (Only
  // there: an Escape that reached a modal would close the modal.)
  if (await root.evaluate((el) => el.classList.contains('ant-select-multiple'))) {
    await expect(async () => {
      if (await dropdown.isVisible()) await page.keyboard.press('Escape');
      await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0, { timeout: 1_000 });
    }).toPass({ timeout: 10_000 });
  }
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
}
