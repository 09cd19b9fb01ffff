import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from './EmptyState';
import { PageHeader } from './PageHeader';

/**
 * An area that has nothing yet: its title, what it is for, and the step to take first (`onNext`, e.g.
 * opening the area that comes before it). Its strings are under `areas.<area>` in the translations.
 */
export function AreaEmptyPage(props: {
  area: string;
  icon: ComponentType<{ size?: number; stroke?: number }>;
  onNext: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t(`nav.${props.area}`)} description={t(`areas.${props.area}.description`)} />
      <EmptyState
        icon={props.icon}
        title={t(`areas.${props.area}.emptyTitle`)}
        body={t(`areas.${props.area}.emptyBody`)}
        action={{ label: t(`areas.${props.area}.emptyAction`), onClick: props.onNext }}
      />
    </>
  );
}
