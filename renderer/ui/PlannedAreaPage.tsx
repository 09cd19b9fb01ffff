import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from './EmptyState';
import { PageHeader } from './PageHeader';

/**
 * An area not built yet: its title, and what it will hold (`areas.<area>.plannedTitle`, `plannedBody`).
 * It offers no step: there is nothing to set up for it yet, whatever the office holds.
 */
export function PlannedAreaPage(props: {
  area: string;
  icon: ComponentType<{ size?: number; stroke?: number }>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t(`nav.${props.area}`)} description={t(`areas.${props.area}.description`)} />
      <EmptyState
        icon={props.icon}
        title={t(`areas.${props.area}.plannedTitle`)}
        body={t(`areas.${props.area}.plannedBody`)}
        testId="planned-area"
      />
    </>
  );
}
