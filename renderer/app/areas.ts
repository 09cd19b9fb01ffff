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
import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import { loadFeatureStrings } from '../i18n';
import type { AreaId } from './area-ids';

// Every area of the app: its route id, its icon and its page, loaded only when first visited — with its
// feature's strings, in parallel — so the first paint carries only the shell. The shell is the only
// importer of the pages.

export interface Area {
  id: AreaId;
  icon: ComponentType<{ size?: number; stroke?: number }>;
  page: LazyExoticComponent<ComponentType>;
}

type PageModule = { default: ComponentType };
const loaders = new WeakMap<LazyExoticComponent<ComponentType>, () => Promise<PageModule>>();

/** A page's module and its feature folder's strings, loaded together (once); the page renders once both are in. */
const page = (feature: string, load: () => Promise<PageModule>) => {
  let loading: Promise<PageModule> | undefined;
  const loader = () => {
    loading ??= Promise.all([load(), loadFeatureStrings(feature)]).then(([module]) => module);
    return loading;
  };
  const component = lazy(loader);
  loaders.set(component, loader);
  return component;
};

export const areas: readonly Area[] = [
  {
    id: 'dashboard',
    icon: IconDashboard,
    page: page('dashboard', () => import('../features/dashboard/DashboardPage')),
  },
  {
    id: 'orders',
    icon: IconFileInvoice,
    page: page('orders', () => import('../features/orders/OrdersPage')),
  },
  {
    id: 'customers',
    icon: IconBriefcase,
    page: page('customers-products', () => import('../features/customers-products/CustomersPage')),
  },
  { id: 'team', icon: IconUsersGroup, page: page('team', () => import('../features/team/TeamPage')) },
  { id: 'goals', icon: IconTarget, page: page('goals', () => import('../features/goals/GoalsPage')) },
  {
    id: 'analysis',
    icon: IconChartBar,
    page: page('analysis', () => import('../features/analysis/AnalysisPage')),
  },
  {
    id: 'training',
    icon: IconSchool,
    page: page('training', () => import('../features/training/TrainingPage')),
  },
  {
    id: 'reviews',
    icon: IconChecklist,
    page: page('reviews', () => import('../features/reviews/ReviewsPage')),
  },
  {
    id: 'routines',
    icon: IconCalendarEvent,
    page: page('routines', () => import('../features/routines/RoutinesPage')),
  },
  { id: 'sharing', icon: IconShare, page: page('sharing', () => import('../features/sharing/SharingPage')) },
  {
    id: 'settings',
    icon: IconSettings,
    page: page('settings', () => import('../features/settings/SettingsPage')),
  },
];

/**
 * Start loading an area's page (code and strings) now — at start-up, while the database opens — so it is
 * in by the time the data is. A load that fails is left for the page itself to meet and report.
 */
export function preloadArea(id: AreaId): void {
  const area = areas.find((a) => a.id === id);
  const loader = area && loaders.get(area.page);
  loader?.().catch(() => undefined);
}

/** The areas a manager opens most, first: their code is fetched ahead once the window is idle. */
const idleOrder: readonly AreaId[] = ['orders', 'customers', 'team', 'dashboard', 'goals', 'routines'];

/**
 * Once the first screen is up, fetch the other areas' pages one by one while the window is idle, so a
 * click in the navigation waits for its data only, not for code and strings. Stops when `signal` aborts.
 */
export function preloadAreasWhenIdle(signal: AbortSignal): void {
  const rest = [...idleOrder, ...areas.map((a) => a.id).filter((id) => !idleOrder.includes(id))];
  const idle = (run: () => void) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(run, { timeout: 2_000 })
      : setTimeout(run, 200);
  const next = () => {
    const id = rest.shift();
    if (!id || signal.aborted) return;
    const area = areas.find((a) => a.id === id);
    const loader = area && loaders.get(area.page);
    void (loader?.() ?? Promise.resolve()).catch(() => undefined).then(() => idle(next));
  };
  // A second for the first screen to read and draw its data before anything competes with it.
  setTimeout(() => idle(next), 1_000);
}
