import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaId } from '../app/areas';
import { navigate } from '../app/route';
import { EmptyState } from './EmptyState';
import { PageHeader } from './PageHeader';

/** An area that has nothing yet: its title, what it is for, and the step to take first (`next`). */
export function AreaEmptyPage(props: {
  area: AreaId;
  icon: ComponentType<{ size?: number; stroke?: number }>;
  next: AreaId;
}) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t(`nav.${props.area}`)} description={t(`areas.${props.area}.description`)} />
      <EmptyState
        icon={props.icon}
        title={t(`areas.${props.area}.emptyTitle`)}
        body={t(`areas.${props.area}.emptyBody`)}
        action={{ label: t(`areas.${props.area}.emptyAction`), onClick: () => navigate(props.next) }}
      />
    </>
  );
}
