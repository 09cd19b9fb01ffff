import { Skeleton } from '@mantine/core';
import { type ComponentProps, lazy, Suspense } from 'react';
import type { Bar as EagerBar, Line as EagerLine } from './charts';

// The charts a page draws below its figures, with Chart.js (charts.ts, its own chunk) fetched only when
// one is drawn: the page's numbers show first and do not wait for the chart library. While it loads, a
// grey block holds the chart's place.

const LoadedBar = lazy(() => import('./charts').then((m) => ({ default: m.Bar })));
const LoadedLine = lazy(() => import('./charts').then((m) => ({ default: m.Line })));

const placeholder = <Skeleton height="100%" radius="sm" data-testid="chart-loading" />;

export function LazyBar(props: ComponentProps<typeof EagerBar>) {
  return (
    <Suspense fallback={placeholder}>
      <LoadedBar {...props} />
    </Suspense>
  );
}

export function LazyLine(props: ComponentProps<typeof EagerLine>) {
  return (
    <Suspense fallback={placeholder}>
      <LoadedLine {...props} />
    </Suspense>
  );
}
