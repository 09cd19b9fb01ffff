import { Badge, Button, Group, Paper, Table, Text } from '@mantine/core';
import { IconPlus, IconSchool } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../shared/error-message';
import type { Course } from '../../../../shared/schema/training';
import { useSession } from '../../../app/session-context';
import { useOfficeCurrency } from '../../../app/use-office-currency';
import { addStandardTraining } from '../../../db/training-commands';
import { loadCourses } from '../../../db/training-queries';
import { formatAmount, formatNumber } from '../../../i18n/format';
import { EmptyState } from '../../../ui/EmptyState';
import { notifyFailed, notifySaved } from '../../../ui/notify';
import { CourseForm } from './CourseForm';

/** The course catalogue: what each course is, costs, takes and raises; a click opens it for editing. */
export function CatalogueTab() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const { db } = session;
  const currency = useOfficeCurrency();
  const courses = useLiveQuery(() => loadCourses(db), [db]);
  const [editing, setEditing] = useState<{ course: Course | null } | null>(null);
  const addStandard = async () => {
    try {
      const n = await addStandardTraining(session, i18n.language === 'zh-CN' ? 'zh-CN' : 'en');
      notifySaved(t('trainingArea.course.standardAdded', { count: n }));
    } catch (error) {
      notifyFailed(t('trainingArea.course.standardFailed', { message: errorMessage(error) }));
    }
  };
  if (!courses) return null;
  const add = (
    <Button
      leftSection={<IconPlus size={16} />}
      onClick={() => setEditing({ course: null })}
      data-testid="new-course"
    >
      {t('trainingArea.course.new')}
    </Button>
  );
  return (
    <>
      {courses.length === 0 ? (
        <>
          <EmptyState
            icon={IconSchool}
            title={t('trainingArea.course.emptyTitle')}
            body={t('trainingArea.course.emptyBody')}
            action={{ label: t('trainingArea.course.standard'), onClick: addStandard }}
          />
          <Group justify="center">
            <Button variant="subtle" onClick={() => setEditing({ course: null })} data-testid="new-course">
              {t('trainingArea.course.new')}
            </Button>
          </Group>
        </>
      ) : (
        <>
          <Group justify="flex-end" mb="sm">
            {add}
          </Group>
          <Paper withBorder radius="md">
            <Table striped highlightOnHover data-testid="course-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('trainingArea.course.title')}</Table.Th>
                  <Table.Th>{t('trainingArea.course.kind')}</Table.Th>
                  <Table.Th ta="right">{t('trainingArea.course.hoursShort')}</Table.Th>
                  <Table.Th ta="right">{t('trainingArea.course.costShort')}</Table.Th>
                  <Table.Th>{t('trainingArea.course.skills')}</Table.Th>
                  <Table.Th>{t('trainingArea.course.certificate')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {courses.map((c) => (
                  <Table.Tr key={c.id} data-course={c.title}>
                    <Table.Td>
                      <Button variant="subtle" size="compact-sm" onClick={() => setEditing({ course: c })}>
                        {c.title}
                      </Button>
                      {!c.active && (
                        <Badge ml="xs" color="gray" variant="light">
                          {t('trainingArea.course.inactive')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{t(`trainingArea.kinds.${c.kind}`)}</Table.Td>
                    <Table.Td ta="right">{formatNumber(c.hours)}</Table.Td>
                    <Table.Td ta="right">{formatAmount(c.cost, currency?.code ?? 'CNY')}</Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {c.skills
                          .map((s) => t('trainingArea.skillLevel', { skill: s.skill, level: s.level }))
                          .join(', ')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {c.certificateMonths
                        ? t('trainingArea.course.validFor', { count: c.certificateMonths })
                        : t('trainingArea.none')}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        </>
      )}
      {editing && <CourseForm course={editing.course} onClose={() => setEditing(null)} />}
    </>
  );
}
