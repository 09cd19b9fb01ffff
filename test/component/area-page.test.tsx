import { act, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import type { AreaId } from '../../renderer/app/area-ids';
import { AreaPage, areas } from '../../renderer/app/areas';
import en from '../../renderer/i18n/locales/en.json';
import { freshSession } from '../unit/db/fixtures';
import { renderScreen } from './support';

// A click in the navigation on an area whose page was fetched ahead (while the window was idle) shows the
// page in that click's render: no skeleton first. Shown a skeleton, React holds the page back for up to
// 300 ms more, which a trace of a click on Customers showed on every area opened.

const area = (id: AreaId) => {
  const found = areas.find((a) => a.id === id);
  if (!found) throw new Error(`no area ${id}`);
  return found;
};

const skeletons: AreaId[] = [];
function Skeleton({ id }: { id: AreaId }) {
  skeletons.push(id);
  return <p>loading</p>;
}

async function show(id: AreaId) {
  skeletons.length = 0;
  const session = await freshSession(() => new Date());
  // An awaited act, as React asks of a render that may suspend on a promise (`use`).
  await act(() =>
    renderScreen(
      <Suspense fallback={<Skeleton id={id} />}>
        <AreaPage area={area(id)} />
      </Suspense>,
      { session },
    ),
  );
  return [...skeletons];
}

describe('an area’s page', () => {
  it('shows at once, without a skeleton, when its code and strings are already in', async () => {
    await area('settings').load();
    const skeletons = await show('settings');
    expect(screen.getByRole('heading', { level: 1, name: en.nav.settings })).toBeTruthy();
    expect(skeletons).toEqual([]);
  });

  it('shows the skeleton while its code loads, then the page', async () => {
    const skeletons = await show('training');
    expect(skeletons).toEqual(['training']);
    expect(
      await screen.findByRole('heading', { level: 1, name: en.nav.training }, { timeout: 20_000 }),
    ).toBeTruthy();
  }, 30_000);
});
