import { Badge, Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../../app/session-context';
import { acknowledgeSop } from '../../../../db/sop-commands';
import type { SopReader } from '../../../../db/sop-queries';
import { formatDate } from '../../../../i18n/format';
import { notifyFailed, notifySaved } from '../../../../ui/notify';
import { useFailureText } from '../../../../ui/refusal-text';

// Who of the active staff read the version in force: "read on <day>" or "not yet" (an older version read
// is said beside it, and does not count), with a button per person to record it.

export function SopReaders(props: { sopId: string; version: number; readers: readonly SopReader[] }) {
  const { t } = useTranslation();
  const session = useSession();
  const failure = useFailureText();
  const acknowledge = async (reader: SopReader) => {
    try {
      await acknowledgeSop(session, props.sopId, reader.staff.id, props.version);
      notifySaved(t('routinesArea.sops.acks.recorded', { name: reader.staff.name, version: props.version }));
    } catch (error) {
      notifyFailed(failure(error));
    }
  };
  const read = props.readers.filter((r) => r.at !== null).length;
  return (
    <>
      <Text size="sm" mb="xs" data-testid="sop-acks-count">
        {t('routinesArea.sops.acks.count', { read, total: props.readers.length, version: props.version })}
      </Text>
      <Table data-testid="sop-acks">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('routinesArea.sops.acks.person')}</Table.Th>
            <Table.Th>{t('routinesArea.sops.acks.status')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('routinesArea.sops.acks.action')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.readers.map((reader) => (
            <Table.Tr key={reader.staff.id} data-testid="sop-ack-row" data-person={reader.staff.name}>
              <Table.Td>{reader.staff.name}</Table.Td>
              <Table.Td>
                {reader.at ? (
                  <Badge color="teal" variant="light" data-testid="sop-ack-read">
                    {t('routinesArea.sops.acks.readOn', { date: formatDate(reader.at) })}
                  </Badge>
                ) : (
                  <Badge color="gray" variant="light" data-testid="sop-ack-not-yet">
                    {t('routinesArea.sops.acks.notYet')}
                  </Badge>
                )}
                {!reader.at && reader.older && (
                  <Text span size="xs" c="dimmed" ml="xs">
                    {t('routinesArea.sops.acks.older', {
                      version: reader.older.version,
                      date: formatDate(reader.older.at),
                    })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">
                {!reader.at && (
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => acknowledge(reader)}
                    aria-label={t('routinesArea.sops.acks.recordFor', { name: reader.staff.name })}
                    data-testid="sop-ack-record"
                  >
                    {t('routinesArea.sops.acks.record')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
