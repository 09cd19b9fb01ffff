import { SimpleGrid, Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from './PageHeader';

/**
 * A page while its code or its data is on the way: its heading and description over grey blocks where its
 * figures and lists will be, so nothing jumps when they arrive.
 */
export function PageSkeleton({ title, description }: { title: string; description: string }) {
  const { t } = useTranslation();
  return (
    <div aria-busy="true" data-testid="page-skeleton">
      <PageHeader title={title} description={description} />
      <Stack aria-label={t('common.loading')} role="status">
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} height={88} radius="md" />
          ))}
        </SimpleGrid>
        <Skeleton height={24} width="40%" radius="sm" />
        <Skeleton height={280} radius="md" />
      </Stack>
    </div>
  );
}
