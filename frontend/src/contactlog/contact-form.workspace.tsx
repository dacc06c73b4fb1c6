import React, { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox, Form, Stack, TextArea, TextInput } from '@carbon/react';
import { Workspace2, type Workspace2DefinitionProps } from '@openmrs/esm-framework';
import { type Ref, useBoundariesSession, useBoundariesWrite, useRefresh } from '../api/api';
import { label } from '../shared/format';
import { type FieldErrors, nowLocal, toApiMoment, useSubmission } from '../shared/form';
import { EnumSelect, FormButtons } from '../shared/form-parts.component';
import { ProviderPicker } from '../shared/provider-picker.component';
import { Failure } from '../shared/states';
import { Actions, ConcernKinds, ContactCategories, ContactChannels, ContactDirections, Severities } from './contact-log.resource';
import styles from './form.scss';

export interface ContactFormProps {
  /** The portal message a concern is about (from a thread's flag). */
  relatedMessageUuid?: string;
  category?: string;
}

/** The same rules the API checks (docs/contactlog.md, Validation), so most mistakes never reach it. */
export function checkContact(values: {
  occurredAt: string;
  direction: string;
  channel: string;
  category: string;
  summary: string;
  provider: Ref | null;
  involvedMe: boolean;
  concernKind: string;
  severity: string;
  actions: Array<string>;
  actionsNote: string;
  followUpDate: string;
}, t: (key: string, fallback: string) => string): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.occurredAt) {
    errors.occurredAt = t('errorOccurredAtRequired', 'Say when the contact happened.');
  } else if (new Date(values.occurredAt).getTime() > Date.now() + 60_000) {
    errors.occurredAt = t('errorOccurredAtFuture', 'The contact cannot be in the future.');
  }
  if (!values.direction) {
    errors.direction = t('errorDirectionRequired', 'Say whether the patient contacted the practice or the other way round.');
  }
  if (!values.channel) {
    errors.channel = t('errorChannelRequired', 'Choose the channel.');
  }
  if (!values.category) {
    errors.category = t('errorCategoryRequired', 'Choose a category.');
  }
  if (!values.summary.trim()) {
    errors.summary = t('errorSummaryRequired', 'Write a summary.');
  }
  if (!values.provider && !values.involvedMe) {
    errors.provider = t('errorProviderInvolvedRequired', 'Say who was involved: a provider, or yourself.');
  }
  if (values.category === 'BOUNDARY_CONCERN') {
    if (!values.concernKind) {
      errors.concernKind = t('errorConcernKindRequired', 'A boundary concern needs its kind.');
    }
    if (!values.severity) {
      errors.severity = t('errorSeverityRequired', 'A boundary concern needs its severity.');
    }
  }
  if (values.actions.includes('OTHER') && !values.actionsNote.trim()) {
    errors.actionsNote = t('errorActionsNoteRequired', 'Describe the other action taken.');
  }
  if (values.followUpDate && values.occurredAt && values.followUpDate < values.occurredAt.slice(0, 10)) {
    errors.followUpDate = t('errorFollowUpDateBeforeContact', 'The follow-up cannot be before the contact.');
  }
  return errors;
}

export default function ContactFormWorkspace({
  closeWorkspace,
  workspaceProps,
  groupProps,
}: Workspace2DefinitionProps<ContactFormProps, object, { patientUuid: string }>) {
  const { t } = useTranslation();
  const patientUuid = groupProps?.patientUuid;
  const { session } = useBoundariesSession();
  const write = useBoundariesWrite();
  const refresh = useRefresh();
  const { fieldErrors, failure, submitting, submit } = useSubmission();
  const [occurredAt, setOccurredAt] = useState(nowLocal());
  const [direction, setDirection] = useState('');
  const [channel, setChannel] = useState('');
  const [category, setCategory] = useState(workspaceProps?.category ?? '');
  const [concernKind, setConcernKind] = useState('');
  const [severity, setSeverity] = useState('');
  const [summary, setSummary] = useState('');
  const [provider, setProvider] = useState<Ref | null>(null);
  const [involvedMe, setInvolvedMe] = useState(false);
  const [actions, setActions] = useState<Array<string>>([]);
  const [actionsNote, setActionsNote] = useState('');
  const [followUpDate, setFollowUpDate] = useState('');
  const concern = category === 'BOUNDARY_CONCERN';
  const dirty = Boolean(summary || direction || channel);

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const values = { occurredAt, direction, channel, category, summary, provider, involvedMe, concernKind, severity, actions, actionsNote, followUpDate };
    submit(
      checkContact(values, t),
      () =>
        write('POST', 'contact', {
          patient: patientUuid,
          occurredAt: toApiMoment(occurredAt),
          direction,
          channel,
          category,
          summary,
          provider: provider?.uuid,
          staffUser: involvedMe ? session?.user?.uuid : undefined,
          concernKind: concern ? concernKind : undefined,
          severity: concern ? severity : undefined,
          actions,
          actionsNote: actionsNote || undefined,
          followUpDate: followUpDate || undefined,
          relatedMessageUuid: workspaceProps?.relatedMessageUuid,
        }),
      () => {
        refresh('contact', 'thread');
        closeWorkspace({ discardUnsavedChanges: true });
      },
    );
  };

  const choice = (id: string, text: string, value: string, set: (v: string) => void, values: Array<string>, prefix: string) => (
    <EnumSelect id={id} labelText={text} value={value} onChange={set} values={values} prefix={prefix} invalidText={fieldErrors[id]} />
  );

  return (
    <Workspace2 title={t('contactlogAddContact', 'Add a contact')} hasUnsavedChanges={dirty}>
      <Form className={styles.form} onSubmit={onSubmit} noValidate>
        <Stack gap={5}>
          <TextInput
            id="occurredAt"
            type="datetime-local"
            labelText={t('contactlogFieldOccurredAt', 'When')}
            value={occurredAt}
            onChange={(e) => setOccurredAt(e.target.value)}
            invalid={Boolean(fieldErrors.occurredAt)}
            invalidText={fieldErrors.occurredAt}
          />
          {choice('direction', t('contactlogFieldDirection', 'Direction'), direction, setDirection, ContactDirections, 'contactlogContactDirection')}
          {choice('channel', t('contactlogFieldChannel', 'Channel'), channel, setChannel, ContactChannels, 'contactlogContactChannel')}
          {choice('category', t('contactlogFieldCategory', 'Category'), category, setCategory, ContactCategories, 'contactlogContactCategory')}
          {concern && choice('concernKind', t('contactlogFieldConcernKind', 'Kind of concern'), concernKind, setConcernKind, ConcernKinds, 'contactlogConcernKind')}
          {concern && choice('severity', t('contactlogFieldSeverity', 'Severity'), severity, setSeverity, Severities, 'contactlogConcernSeverity')}
          <TextArea
            id="summary"
            labelText={t('contactlogFieldSummary', 'Summary')}
            value={summary}
            maxCount={2000}
            enableCounter
            onChange={(e) => setSummary(e.target.value)}
            invalid={Boolean(fieldErrors.summary)}
            invalidText={fieldErrors.summary}
          />
          <ProviderPicker
            id="provider"
            labelText={t('contactlogFieldProvider', 'Provider involved')}
            onChange={setProvider}
            invalidText={fieldErrors.provider ?? fieldErrors.staffUser}
          />
          <Checkbox
            id="involvedMe"
            labelText={t('contactlogInvolvedMe', 'I was involved myself')}
            checked={involvedMe}
            onChange={(_, { checked }) => setInvolvedMe(checked)}
          />
          <fieldset className={styles.fieldset}>
            <legend>{t('contactlogFieldActions', 'Actions taken')}</legend>
            {Actions.map((action) => (
              <Checkbox
                key={action}
                id={`action-${action}`}
                labelText={label(t, 'contactlogActionTaken', action)}
                checked={actions.includes(action)}
                onChange={(_, { checked }) => setActions(checked ? [...actions, action] : actions.filter((a) => a !== action))}
              />
            ))}
          </fieldset>
          <TextInput
            id="actionsNote"
            labelText={t('contactlogFieldActionsNote', 'Note on actions')}
            value={actionsNote}
            onChange={(e) => setActionsNote(e.target.value)}
            invalid={Boolean(fieldErrors.actionsNote)}
            invalidText={fieldErrors.actionsNote}
          />
          <TextInput
            id="followUpDate"
            type="date"
            labelText={t('contactlogFieldFollowUpDate', 'Follow-up date')}
            value={followUpDate}
            onChange={(e) => setFollowUpDate(e.target.value)}
            invalid={Boolean(fieldErrors.followUpDate)}
            invalidText={fieldErrors.followUpDate}
          />
          {failure && <Failure error={failure} />}
        </Stack>
        <FormButtons onCancel={() => closeWorkspace()} submitting={submitting} />
      </Form>
    </Workspace2>
  );
}
