import {
  IconBriefcase,
  IconCalendarEvent,
  IconChartBar,
  IconChecklist,
  IconDashboard,
  IconFileInvoice,
  IconSchool,
  IconSettings,
  IconShare,
  IconTarget,
  IconUsersGroup,
} from '@tabler/icons-react';
import { type ComponentType, createElement, use } from 'react';
import { loadSearchKeys } from '../db/catalog-queries';
import { loadFeatureStrings } from '../i18n';
import type { AreaId } from './area-ids';

// Every area of the app: its route id, its icon and its page, loaded only when first visited — with its
// feature's strings, in parallel — so the first paint carries only the shell. The shell is the only
// importer of the pages.

export interface Area {
  id: AreaId;
  icon: ComponentType<{ size?: number; stroke?: number }>;
  /** The area's page (code and strings), loaded once: at the first visit or ahead of it. */
  load: () => Promise<PageModule>;
}

type PageModule = { default: ComponentType };

/**
 * A page's module and its feature folder's strings, loaded together (once). The promise, once settled,
 * carries React's own record of its outcome (status, value), which `use` reads without suspending.
 */
const page = (feature: string, load: () => Promise<PageModule>) => {
  let loading: Promise<PageModule> | undefined;
  return () => {
    if (!loading) {
      const promise = Promise.all([load(), loadFeatureStrings(feature)]).then(([module]) => module);
      promise.then(
        (value) => Object.assign(promise, { status: 'fulfilled', value }),
        () => undefined,
      );
      loading = promise;
    }
    return loading;
  };
};

/**
 * An area's page, shown once its code and strings are in. Not React.lazy: a lazy page suspends at its
 * first render even when its code is already in (preloaded while the window was idle), and React then
 * holds it back for up to 300 ms after showing the skeleton (its throttle on revealing suspended content:
 * a 289 ms timer in a trace of a click on Customers). A preloaded page here shows in the click's own render.
 */
export function AreaPage({ area }: { area: Area }) {
  return createElement(use(area.load()).default);
}

export const areas: readonly Area[] = [
  {
    id: 'dashboard',
    icon: IconDashboard,
    load: page('dashboard', () => import('../features/dashboard/DashboardPage')),
  },
  {
    id: 'orders',
    icon: IconFileInvoice,
    load: page('orders', () => import('../features/orders/OrdersPage')),
  },
  {
    id: 'customers',
    icon: IconBriefcase,
    load: page('customers-products', () => import('../features/customers-products/CustomersPage')),
  },
  { id: 'team', icon: IconUsersGroup, load: page('team', () => import('../features/team/TeamPage')) },
  { id: 'goals', icon: IconTarget, load: page('goals', () => import('../features/goals/GoalsPage')) },
  {
    id: 'analysis',
    icon: IconChartBar,
    load: page('analysis', () => import('../features/analysis/AnalysisPage')),
  },
  {
    id: 'training',
    icon: IconSchool,
    load: page('training', () => import('../features/training/TrainingPage')),
  },
  {
    id: 'reviews',
    icon: IconChecklist,
    load: page('reviews', () => import('../features/reviews/ReviewsPage')),
  },
  {
    id: 'routines',
    icon: IconCalendarEvent,
    load: page('routines', () => import('../features/routines/RoutinesPage')),
  },
  { id: 'sharing', icon: IconShare, load: page('sharing', () => import('../features/sharing/SharingPage')) },
  {
    id: 'settings',
    icon: IconSettings,
    load: page('settings', () => import('../features/settings/SettingsPage')),
  },
];

/**
 * Start loading an area's page (code and strings) now — at start-up, while the database opens — so it is
 * in by the time the data is. Settles when it is in or has failed: a load that fails is left for the page
 * itself to meet and report.
 */
export function preloadArea(id: AreaId): Promise<void> {
  return (
    areas
      .find((a) => a.id === id)
      ?.load()
      .then(
        () => undefined,
        () => undefined,
      ) ?? Promise.resolve()
  );
}

/** The areas a manager opens most, first: their code is fetched ahead once the window is idle. */
const idleOrder: readonly AreaId[] = ['orders', 'customers', 'team', 'dashboard', 'goals', 'routines'];

/**
 * What an area's page loads once it is shown, fetched ahead right after its page: the Customers list waits
 * for the pinyin search keys (their module's first load, evaluation and code cache cost ~300 ms of the main
 * thread in a trace of the click, and pinyin-pro's first call builds its dictionary, ~100 ms more).
 */
const alsoAfter: Partial<Record<AreaId, () => Promise<unknown>>> = {
  customers: () => loadSearchKeys().then((keys) => keys.searchKey('客户')),
};

/**
 * Once the first screen is up, fetch the other areas' pages one by one while the window is idle, so a
 * click in the navigation waits for its data only, not for code and strings. Stops when `signal` aborts.
 */
export function preloadAreasWhenIdle(signal: AbortSignal): void {
  const ids = [...idleOrder, ...areas.map((a) => a.id).filter((id) => !idleOrder.includes(id))];
  const rest = ids.flatMap((id) => {
    const area = areas.find((a) => a.id === id);
    const also = alsoAfter[id];
    return [...(area ? [area.load] : []), ...(also ? [also] : [])];
  });
  const idle = (run: () => void) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(run, { timeout: 2_000 })
      : setTimeout(run, 200);
  const next = () => {
    const load = rest.shift();
    if (!load || signal.aborted) return;
    void load()
      .catch(() => undefined)
      .then(() => idle(next));
  };
  // A second for the first screen to read and draw its data before anything competes with it.
  setTimeout(() => idle(next), 1_000);
}
