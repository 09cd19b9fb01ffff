import type { Locator, Page } from 'playwright-core';
import customersEn from '../../renderer/features/customers-products/locales/en.json';
import teamEn from '../../renderer/features/team/locales/en.json';
import teamZh from '../../renderer/features/team/locales/zh-CN.json';
import en from '../../renderer/i18n/locales/en.json';
import zh from '../../renderer/i18n/locales/zh-CN.json';
import enUi from '../../renderer/ui/locales/en.json';
import zhUi from '../../renderer/ui/locales/zh-CN.json';
import { everydayTables, type TableName, tableNames } from '../../shared/schema/tables';

// Steps several e2e tests take through the UI.

const C = customersEn.customersArea;

/** The first-run screen in English: name the machine, give its prefix, load the sample office or start empty. */
export async function firstRun(page: Page, url: string, name: string, prefix: string, sample: boolean) {
  await page.goto(url);
  await page.getByLabel(en.firstRun.machineName).fill(name);
  await page.getByLabel(en.firstRun.orderPrefix).fill(prefix);
  await page.getByRole('button', { name: sample ? en.firstRun.loadSample : en.firstRun.startEmpty }).click();
  if (sample) await page.locator('[data-testid="stat-total"]').waitFor({ timeout: 120_000 });
  else await page.getByText(en.areas.dashboard.emptyTitle).waitFor();
}

/** The first-run screen in Chinese, as firstRun. */
export async function firstRunZh(page: Page, url: string, name: string, prefix: string, sample: boolean) {
  await page.goto(url);
  await page.getByLabel(zh.firstRun.machineName).fill(name);
  await page.getByLabel(zh.firstRun.orderPrefix).fill(prefix);
  await page.getByRole('button', { name: sample ? zh.firstRun.loadSample : zh.firstRun.startEmpty }).click();
  if (sample) await page.locator('[data-testid="stat-total"]').waitFor({ timeout: 120_000 });
  else await page.getByText(zh.areas.dashboard.emptyTitle).waitFor();
}

/** Open an area from the navigation. */
export const go = async (page: Page, area: string) => {
  await page.locator(`nav a[data-area="${area}"]`).click();
  await page.waitForURL(new RegExp(`#/${area}$`));
};

/** Change a customer's phone number in its edit dialog (English UI). */
export async function editPhone(page: Page, code: string, phone: string) {
  await go(page, 'customers');
  const row = page.getByTestId('customers-table').locator(`tr[data-code="${code}"]`);
  await row.click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(C.fields.phone).fill(phone);
  await dialog.getByRole('button', { name: enUi.formActions.save }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** Change a customer's credit limit in its edit dialog (Chinese UI). */
export async function editCreditLimitZh(page: Page, code: string, amount: string) {
  await go(page, 'customers');
  await page.getByTestId('customers-table').locator(`tr[data-code="${code}"]`).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(zh.customers.creditLimit).fill(amount);
  await dialog.getByRole('button', { name: zhUi.formActions.save }).click();
  await dialog.waitFor({ state: 'detached' });
}

/**
 * Give a team member a skill at a level in their dialog: type the skill, Tab to the level, clear the
 * level suggested there and type it, set it; then close the dialog with Esc.
 */
export async function setSkill(
  page: Page,
  language: 'en' | 'zh-CN',
  person: string,
  skill: string,
  level: number,
) {
  const T = language === 'en' ? teamEn.teamArea : teamZh.teamArea;
  await go(page, 'team');
  await page.getByRole('tab', { name: T.tabs.staff }).click();
  await page.getByTestId('staff-table').locator(`tr[data-name="${person}"]`).click();
  const dialog = page.getByRole('dialog');
  const skills = dialog.getByTestId('skills');
  await skills.getByLabel(T.skills.skill).click();
  await page.keyboard.type(skill);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(String(level));
  await skills.getByRole('button', { name: T.skills.set }).click();
  await skills.getByText(`${skill} · ${level}`).waitFor();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
}

/**
 * Type a date as a person does: triple-click the field to select what is there, type YYYY-MM-DD (the
 * same in both languages), Tab on (which closes its calendar).
 */
export async function typeDate(page: Page, field: Locator, iso: string) {
  await field.click({ clickCount: 3 });
  await page.keyboard.type(iso);
  await page.keyboard.press('Tab');
}

/**
 * Every record a default package carries (confidential areas left unticked), straight from the machine's
 * IndexedDB, in a stable order: what two machines that exchanged default packages must hold alike.
 */
export async function syncedData(page: Page, tables: readonly TableName[] = everydayTables): Promise<string> {
  return page.evaluate(async (tables) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('salesdesk');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const out: Record<string, unknown[]> = {};
    for (const table of tables) {
      out[table] = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(table).objectStore(table).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    }
    db.close();
    return JSON.stringify(out);
  }, tables);
}

/** Every record of every table: what a refused import must leave exactly as it was. */
export const allData = (page: Page) => syncedData(page, tableNames);

/** In order entry, type into the focused field and take the first suggestion (keyboard only). */
export async function pickSuggestion(page: Page, text: string) {
  await page.keyboard.type(text);
  await page.getByRole('option').first().waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}

/** Open order entry with Ctrl+Alt+N and fill its customer and first line's product by code. */
export async function startOrder(page: Page, customerCode: string, productCode: string) {
  await page.keyboard.press('Control+Alt+N');
  await page.getByTestId('order-entry').waitFor();
  await pickSuggestion(page, customerCode);
  await page.keyboard.press('Tab');
  await pickSuggestion(page, productCode);
}
