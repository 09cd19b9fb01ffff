import { Button, Group, Paper, Table, Text } from '@mantine/core';
import { IconPlus, IconTemplate } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../shared/error-message';
import type { ReviewTemplate } from '../../../../shared/schema/review';
import { useSession } from '../../../app/session-context';
import { addStandardTemplate } from '../../../db/review-commands';
import { loadReviewCycles, loadReviewTemplates } from '../../../db/review-queries';
import { formatList, formatNumber } from '../../../i18n/format';
import { EmptyState } from '../../../ui/EmptyState';
import { notifyFailed, notifySaved, notifyUndo } from '../../../ui/notify';
import { TemplateForm } from './TemplateForm';

/**
 * The review templates: what each weighs and asks; a click opens one for editing. An office with none is
 * offered the standard quarterly back-office template, in the UI language.
 */
export function TemplatesTab() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const { db, repos } = session;
  const templates = useLiveQuery(() => loadReviewTemplates(db), [db]);
  const cycles = useLiveQuery(() => loadReviewCycles(db), [db]);
  const [editing, setEditing] = useState<{ template: ReviewTemplate | null } | null>(null);
  if (!templates || !cycles) return null;

  const addStandard = async () => {
    try {
      const template = await addStandardTemplate(session, i18n.language === 'zh-CN' ? 'zh-CN' : 'en');
      notifySaved(t('reviewsArea.template.standardAdded', { name: template.name }));
    } catch (error) {
      notifyFailed(t('reviewsArea.template.standardFailed', { message: errorMessage(error) }));
    }
  };
  // A template a cycle runs on stays: the cycle's board reads it.
  const usedBy = (id: string) => cycles.filter((c) => c.templateId === id).length;
  const remove = async (template: ReviewTemplate) => {
    await repos.reviewTemplates.remove(template.id);
    setEditing(null);
    notifyUndo({
      key: template.id,
      message: t('reviewsArea.template.removed', { name: template.name }),
      undoLabel: t('reviewsArea.undo'),
      undo: () => void repos.reviewTemplates.restore(template.id),
    });
  };
  const newButton = (variant: 'filled' | 'subtle') => (
    <Button
      variant={variant}
      leftSection={<IconPlus size={16} />}
      onClick={() => setEditing({ template: null })}
      data-testid="new-template"
    >
      {t('reviewsArea.template.new')}
    </Button>
  );
  const sectionsText = (template: ReviewTemplate) =>
    formatList(
      template.sections.map((s) =>
        t('reviewsArea.template.sectionWeight', {
          name: t(`reviewsArea.section.${s.kind}`),
          weight: formatNumber(s.weight),
        }),
      ),
    );

  return (
    <>
      {templates.length === 0 ? (
        <>
          <EmptyState
            icon={IconTemplate}
            title={t('reviewsArea.template.emptyTitle')}
            body={t('reviewsArea.template.emptyBody')}
            action={{ label: t('reviewsArea.template.standard'), onClick: () => void addStandard() }}
            testId="templates-empty"
          />
          <Group justify="center" mt="sm">
            {newButton('subtle')}
          </Group>
        </>
      ) : (
        <>
          <Group justify="flex-end" mb="sm">
            {newButton('filled')}
          </Group>
          <Paper withBorder radius="md">
            <Table striped highlightOnHover data-testid="template-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reviewsArea.template.name')}</Table.Th>
                  <Table.Th>{t('reviewsArea.template.sections')}</Table.Th>
                  <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {t('reviewsArea.template.kpisShort')}
                  </Table.Th>
                  <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {t('reviewsArea.template.competenciesShort')}
                  </Table.Th>
                  <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {t('reviewsArea.template.questionsShort')}
                  </Table.Th>
                  <Table.Th>{t('reviewsArea.template.bands')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {templates.map((template) => (
                  <Table.Tr key={template.id} data-template={template.name}>
                    <Table.Td>
                      <Button
                        variant="subtle"
                        size="compact-sm"
                        onClick={() => setEditing({ template })}
                        data-testid="open-template"
                      >
                        {template.name}
                      </Button>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{sectionsText(template)}</Text>
                      {template.formula && (
                        <Text size="xs" c="dimmed">
                          {t('reviewsArea.template.formulaShown', { formula: template.formula })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{formatNumber(template.kpis.length)}</Table.Td>
                    <Table.Td ta="right">{formatNumber(template.competencies.length)}</Table.Td>
                    <Table.Td ta="right">{formatNumber(template.questions.length)}</Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {formatList(
                          template.bands.map((b) =>
                            t('reviewsArea.bandFrom', { label: b.label, min: formatNumber(b.min) }),
                          ),
                        )}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        </>
      )}
      {editing && (
        <TemplateForm
          template={editing.template}
          usedBy={editing.template ? usedBy(editing.template.id) : 0}
          onClose={() => setEditing(null)}
          onDelete={
            editing.template && usedBy(editing.template.id) === 0
              ? () => void remove(editing.template as ReviewTemplate)
              : undefined
          }
        />
      )}
    </>
  );
}
