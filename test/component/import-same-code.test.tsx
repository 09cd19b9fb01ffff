import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SameCodeChoices } from '../../renderer/features/orders/import/SameCodeChoices';
import type { ImportWizardState } from '../../renderer/features/orders/import/use-import-wizard';
import { inside, renderScreen } from './support';

// The dry run shows each product code the file gives with two names, with the rows of each name, and
// the choice of what it becomes; choosing plans again with it.

function wizardWith(chosen: string[]): ImportWizardState {
  const wizard = {
    planning: false,
    sameCode: { customers: 'first', products: 'first' },
    plan: {
      sameCode: {
        customers: [],
        products: [
          {
            code: 'FUR-BO-10001798',
            names: [
              { name: 'Bush Somerset Collection Bookcase', rows: [2, 5] },
              { name: 'Bush Somerset Collection Bookcase, Fully Assembled', rows: [4, 6] },
            ],
          },
        ],
      },
    },
    chooseSameCode: async (kind: string, choice: string) => {
      chosen.push(`${kind}:${choice}`);
    },
  };
  return wizard as unknown as ImportWizardState;
}

describe('same code, different names in the dry run', () => {
  it('lists the code with each name and its rows, and passes the choice on (zh-CN)', async () => {
    const chosen: string[] = [];
    const user = await renderScreen(<SameCodeChoices wizard={wizardWith(chosen)} />, { language: 'zh-CN' });
    const panel = inside('same-code-products');
    expect(panel.getByText(/1 个产品编码对应不同名称/)).toBeTruthy();
    expect(panel.getByText('FUR-BO-10001798')).toBeTruthy();
    expect(panel.getByText('Bush Somerset Collection Bookcase, Fully Assembled')).toBeTruthy();
    expect(panel.getByText('4, 6')).toBeTruthy();
    expect(screen.queryByTestId('same-code-customers')).toBeNull();
    await user.click(panel.getByText('每个名称建一条记录'));
    expect(chosen).toEqual(['products:separate']);
  });

  it('speaks English too', async () => {
    await renderScreen(<SameCodeChoices wizard={wizardWith([])} />, { language: 'en' });
    expect(screen.getByText(/1 product code appears with different names/)).toBeTruthy();
    expect(screen.getByText('Keep the latest name')).toBeTruthy();
  });
});
