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

/**
 * Sets an Ant Design date picker to `day` (YYYY-MM-DD) and waits until its panel has closed.
 *
 * Typed, the panel shows that month; the day is then clicked in it (Enter would submit the
 * form). On a busy machine the click can land while the panel is still opening and be lost: the
 * field shows the typed day but the panel stays open over the form. The click is therefore
 * retried until the panel is gone — clicking the day already chosen only closes it.
 */
export async function pickDate(page: Page, input: Locator, day: string) {
  await input.click();
  await input.fill(day);
  const panel = page.locator('.ant-picker-dropdown:visible');
  await expect(async () => {
    if ((await panel.count()) > 0) await panel.locator(`td[title="${day}"]`).click({ timeout: 3_000 });
    await expect(panel).toHaveCount(0, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await expect(input).toHaveValue(day);
}
