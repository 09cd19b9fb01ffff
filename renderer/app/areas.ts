import {
  IconBriefcase,
  IconCalendarEvent,
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
import type { AreaId } from './area-ids';

// Every area of the app: its route id, its icon and its page, loaded only when first visited so the
// first paint carries only the shell. The shell is the only importer of the pages.

export interface Area {
  id: AreaId;
  icon: ComponentType<{ size?: number; stroke?: number }>;
  page: LazyExoticComponent<ComponentType>;
}

export const areas: readonly Area[] = [
  { id: 'dashboard', icon: IconDashboard, page: lazy(() => import('../features/dashboard/DashboardPage')) },
  { id: 'orders', icon: IconFileInvoice, page: lazy(() => import('../features/orders/OrdersPage')) },
  {
    id: 'customers',
    icon: IconBriefcase,
    page: lazy(() => import('../features/customers-products/CustomersPage')),
  },
  { id: 'team', icon: IconUsersGroup, page: lazy(() => import('../features/team/TeamPage')) },
  { id: 'goals', icon: IconTarget, page: lazy(() => import('../features/goals/GoalsPage')) },
  { id: 'training', icon: IconSchool, page: lazy(() => import('../features/training/TrainingPage')) },
  { id: 'reviews', icon: IconChecklist, page: lazy(() => import('../features/reviews/ReviewsPage')) },
  { id: 'routines', icon: IconCalendarEvent, page: lazy(() => import('../features/routines/RoutinesPage')) },
  { id: 'sharing', icon: IconShare, page: lazy(() => import('../features/sharing/SharingPage')) },
  { id: 'settings', icon: IconSettings, page: lazy(() => import('../features/settings/SettingsPage')) },
];
