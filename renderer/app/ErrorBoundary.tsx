import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The translated name of what is inside, for the title ("Something went wrong in Orders"). */
  where: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
  componentStack: string;
}

/** Catches a render error in one area so the rest of the app keeps working, and says what to report. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, componentStack: '' };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    this.setState({ componentStack: info.componentStack ?? '' });
    console.error('SalesDesk render error', error);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <ErrorReport where={this.props.where} error={this.state.error} stack={this.state.componentStack} />
    );
  }
}

function ErrorReport({ where, error, stack }: { where: string; error: Error; stack: string }) {
  const { t } = useTranslation();
  const details = [
    `${error.name}: ${error.message}`,
    error.stack ?? '',
    stack,
    `at ${new Date().toISOString()}`,
  ]
    .filter(Boolean)
    .join('\n');
  return (
    <Alert
      color="red"
      icon={<IconAlertTriangle />}
      title={t('errorBoundary.title', { area: where })}
      role="alert"
    >
      <Stack gap="sm">
        <Text size="sm">{t('errorBoundary.body')}</Text>
        <Text size="sm" fw={600}>
          {t('errorBoundary.details')}
        </Text>
        <Code block style={{ maxHeight: 200, overflow: 'auto' }}>
          {details}
        </Code>
        <Group>
          <Button onClick={() => window.location.reload()}>{t('errorBoundary.reload')}</Button>
          <CopyButton value={details}>
            {({ copied, copy }) => (
              <Button variant="light" onClick={copy}>
                {copied ? t('errorBoundary.copied') : t('errorBoundary.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Alert>
  );
}
