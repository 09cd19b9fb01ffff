import { Badge, Button, CloseButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { type KeyboardEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../app/session-context';
import { findOrderByNumber } from '../../../db/risk-queries';
import { refusalMessage } from '../../../ui/refusal-text';

/**
 * An incident's linked orders: typed by number (read by the number index, never a scan) and added with
 * Enter or the button; each added order brings its customer into the incident's customers.
 */
export function OrderLinks(props: {
  orderIds: readonly string[];
  numbers: ReadonlyMap<string, string>;
  error: string | null;
  onAdd: (order: { id: string; number: string }, customer: { id: string; name: string } | null) => void;
  onRemove: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { db } = useSession();
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);

  const add = async () => {
    if (typed.trim() === '') return;
    const found = await findOrderByNumber(db, typed);
    if (!found) {
      setAdded(null);
      setProblem(refusalMessage(t, { code: 'incident.orderNotFound', params: { number: typed.trim() } }));
      return;
    }
    setProblem(null);
    setTyped('');
    const customer = found.customer ? { id: found.customer.id, name: found.customer.name } : null;
    props.onAdd({ id: found.order.id, number: found.order.number }, customer);
    setAdded(
      t('routinesArea.incidents.orderAdded', { number: found.order.number, customer: customer?.name ?? '' }),
    );
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter here adds the order; it does not save the incident.
    if (event.key !== 'Enter' || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    event.stopPropagation();
    void add();
  };

  return (
    <Stack gap={4}>
      <Group align="flex-end" gap="xs">
        <TextInput
          label={t('routinesArea.incidents.orderNumber')}
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          onKeyDown={onKeyDown}
          error={problem ?? props.error}
          data-testid="incident-order-number"
          style={{ flex: 1 }}
        />
        <Button
          variant="light"
          leftSection={<IconPlus size={14} />}
          onClick={() => void add()}
          data-testid="incident-add-order"
          mb={problem || props.error ? 22 : 0}
        >
          {t('routinesArea.incidents.addOrder')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed" aria-live="polite" data-testid="incident-order-added">
        {added}
      </Text>
      {props.orderIds.length > 0 && (
        <Group gap={6} aria-label={t('routinesArea.incidents.orders')} role="group">
          {props.orderIds.map((id) => {
            const number = props.numbers.get(id) ?? '';
            return (
              <Badge
                key={id}
                variant="light"
                size="lg"
                data-testid="incident-order"
                rightSection={
                  <CloseButton
                    size="xs"
                    aria-label={t('routinesArea.incidents.removeOrder', { number })}
                    onClick={() => props.onRemove(id)}
                  />
                }
              >
                {number}
              </Badge>
            );
          })}
        </Group>
      )}
    </Stack>
  );
}
