import React, { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, InlineNotification, Select, SelectItem, Stack, TextArea, TextInput } from '@carbon/react';
import { useBoundaries, useBoundariesSession, useBoundariesWrite, useRefresh } from '../api/api';
import { label } from '../shared/format';
import { useSubmission } from '../shared/form';
import { Failure, Loading } from '../shared/states';
import styles from './my-boundaries.scss';

const Channels = ['PORTAL', 'CLINIC_PHONE', 'PERSONAL_PHONE', 'EMAIL', 'SMS', 'VIDEO', 'SOCIAL_MEDIA', 'MEETING_OUTSIDE_CLINIC'];
const Stances = ['WELCOME', 'LIMITED', 'NOT_ACCEPTED'];
const Days = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const Texts = [
  'readingTimes',
  'emergencyInstructions',
  'outOfHoursInstructions',
  'portalTopics',
  'appointmentTopics',
  'giftPolicy',
  'socialMediaPolicy',
  'personalNote',
] as const;

interface ChannelRule {
  channel: string;
  stance?: string | null;
  note?: string | null;
}

interface Draft {
  saved: boolean;
  display?: string;
  version?: number;
  channelRules: Array<ChannelRule>;
  replyTimeValue?: number | null;
  replyTimeUnit?: string | null;
  workingDays: Array<string>;
  workingHoursStart?: string | null;
  workingHoursEnd?: string | null;
  [text: string]: unknown;
}

interface Effective {
  channelRules: Array<ChannelRule & { inherited?: boolean }>;
  replyTimeValue?: number;
  replyTimeUnit?: string;
  [text: string]: unknown;
}

/** The body PUT profile/draft takes: only its own fields, empty meaning "inherit the organisation default". */
function draftBody(draft: Draft) {
  const body: Record<string, unknown> = {
    channelRules: draft.channelRules.filter((rule) => rule.stance).map(({ channel, stance, note }) => ({ channel, stance, note: note || null })),
    replyTimeValue: draft.replyTimeValue || null,
    replyTimeUnit: draft.replyTimeUnit || null,
    workingDays: draft.workingDays,
    workingHoursStart: draft.workingHoursStart || null,
    workingHoursEnd: draft.workingHoursEnd || null,
  };
  for (const field of Texts) {
    body[field] = (draft[field] as string) || null;
  }
  return body;
}

/** "My boundaries": the clinician's draft, a preview as patients will see it, and publishing it. */
export default function MyBoundaries() {
  const { t } = useTranslation();
  const { session, isLoading: sessionLoading } = useBoundariesSession();
  const provider = session?.providerUuid;
  const { data, error, isLoading } = useBoundaries<Draft>(provider ? `profile/draft?provider=${provider}` : null);
  const { data: preview } = useBoundaries<Effective>(provider && data?.saved ? `profile/draft/preview?provider=${provider}` : null);
  const write = useBoundariesWrite();
  const refresh = useRefresh();
  const saving = useSubmission();
  const publishing = useSubmission();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [published, setPublished] = useState<number | null>(null);

  useEffect(() => {
    if (data) {
      setDraft({
        ...data,
        channelRules: Channels.map((channel) => data.channelRules.find((rule) => rule.channel === channel) ?? { channel }),
      });
    }
  }, [data]);

  if (sessionLoading || isLoading || (provider && !draft && !error)) {
    return <Loading />;
  }
  if (!provider) {
    return <InlineNotification kind="info" lowContrast hideCloseButton title={t('editorNotAProvider', 'Your account is not linked to a provider, so there are no boundaries to edit.')} />;
  }
  if (error) {
    return <Failure error={error} />;
  }

  const rule = (channel: string) => draft.channelRules.find((r) => r.channel === channel);
  const setRule = (channel: string, change: Partial<ChannelRule>) =>
    setDraft({ ...draft, channelRules: draft.channelRules.map((r) => (r.channel === channel ? { ...r, ...change } : r)) });
  const fieldError = (field: string) => saving.fieldErrors[field];

  const save = () =>
    saving.submit({}, () => write('PUT', `profile/draft?provider=${provider}`, draftBody(draft)), () => refresh('profile'));
  const publish = () =>
    publishing.submit(
      {},
      async () => {
        await write('PUT', `profile/draft?provider=${provider}`, draftBody(draft));
        const version = await write<{ version: number }>('POST', `profile/publish?provider=${provider}`);
        setPublished(version.version);
      },
      () => refresh('profile'),
    );

  return (
    <div className={styles.editor}>
      <p>{t('editorMyIntro', 'Say how patients may reach you and what to expect.')}</p>
      {data.saved ? (
        <p className={styles.note}>{t('editorDraftSaved', 'Editing the saved draft ({{0}}). Patients still see the published version.', { 0: data.display ?? '' })}</p>
      ) : data.version ? (
        <p className={styles.note}>{t('editorStartingFrom', 'No draft yet: starting from published version {{0}}.', { 0: data.version })}</p>
      ) : (
        <p className={styles.note}>{t('editorStartingEmpty', 'Nothing published yet: start a first draft.')}</p>
      )}
      <Stack gap={5}>
        <fieldset className={styles.channels}>
          <legend>{t('profileChannelsTitle', 'How to reach me')}</legend>
          <p className={styles.note}>{t('editorChannelsHelp', 'For each channel: welcome, limited (explain the limits in the note) or not accepted.')}</p>
          {Channels.map((channel, index) => (
            <div key={channel} className={styles.channel}>
              <Select
                id={`stance-${channel}`}
                labelText={label(t, 'channel', channel)}
                value={rule(channel)?.stance ?? ''}
                onChange={(e) => setRule(channel, { stance: e.target.value || null })}
                invalid={Boolean(fieldError(`channelRules[${index}].stance`))}
                invalidText={fieldError(`channelRules[${index}].stance`)}
              >
                <SelectItem value="" text={t('editorNotStated', 'Not stated')} />
                {Stances.map((stance) => (
                  <SelectItem key={stance} value={stance} text={label(t, 'stance', stance)} />
                ))}
              </Select>
              <TextInput
                id={`note-${channel}`}
                labelText={t('editorChannelNote', 'Note')}
                value={rule(channel)?.note ?? ''}
                onChange={(e) => setRule(channel, { note: e.target.value })}
              />
            </div>
          ))}
        </fieldset>
        <div className={styles.pair}>
          <TextInput
            id="replyTimeValue"
            type="number"
            labelText={t('editorReplyTimeValue', 'Usual reply time')}
            value={draft.replyTimeValue ?? ''}
            onChange={(e) => setDraft({ ...draft, replyTimeValue: e.target.value === '' ? null : Number(e.target.value) })}
            invalid={Boolean(fieldError('replyTimeValue'))}
            invalidText={fieldError('replyTimeValue')}
          />
          <Select
            id="replyTimeUnit"
            labelText={t('editorReplyTimeUnit', 'Counted in')}
            value={draft.replyTimeUnit ?? ''}
            onChange={(e) => setDraft({ ...draft, replyTimeUnit: e.target.value || null })}
            invalid={Boolean(fieldError('replyTimeUnit'))}
            invalidText={fieldError('replyTimeUnit')}
          >
            <SelectItem value="" text={t('editorNotStated', 'Not stated')} />
            <SelectItem value="WORKING_HOURS" text={label(t, 'unit', 'WORKING_HOURS')} />
            <SelectItem value="WORKING_DAYS" text={label(t, 'unit', 'WORKING_DAYS')} />
          </Select>
        </div>
        <fieldset className={styles.days}>
          <legend>{t('editorWorkingDays', 'Working days')}</legend>
          {Days.map((dayName) => (
            <Checkbox
              key={dayName}
              id={`day-${dayName}`}
              labelText={label(t, 'day', dayName)}
              checked={draft.workingDays.includes(dayName)}
              onChange={(_, { checked }) =>
                setDraft({ ...draft, workingDays: checked ? [...draft.workingDays, dayName] : draft.workingDays.filter((d) => d !== dayName) })
              }
            />
          ))}
        </fieldset>
        <div className={styles.pair}>
          <TextInput id="workingHoursStart" type="time" labelText={t('editorWorkingHoursStart', 'Working hours start')} value={draft.workingHoursStart ?? ''} onChange={(e) => setDraft({ ...draft, workingHoursStart: e.target.value })} invalid={Boolean(fieldError('workingHoursStart'))} invalidText={fieldError('workingHoursStart')} />
          <TextInput id="workingHoursEnd" type="time" labelText={t('editorWorkingHoursEnd', 'Working hours end')} value={draft.workingHoursEnd ?? ''} onChange={(e) => setDraft({ ...draft, workingHoursEnd: e.target.value })} invalid={Boolean(fieldError('workingHoursEnd'))} invalidText={fieldError('workingHoursEnd')} />
        </div>
        {Texts.map((field) => (
          <TextArea
            key={field}
            id={field}
            labelText={t(`profile${field.charAt(0).toUpperCase()}${field.slice(1)}`, field)}
            value={(draft[field] as string) ?? ''}
            onChange={(e) => setDraft({ ...draft, [field]: e.target.value })}
            invalid={Boolean(fieldError(field))}
            invalidText={fieldError(field)}
          />
        ))}
        {saving.failure && <Failure error={saving.failure} />}
        {publishing.failure && <Failure error={publishing.failure} />}
        {published !== null && (
          <InlineNotification kind="success" lowContrast hideCloseButton title={t('editorPublishedMessage', 'Version {{0}} published.', { 0: published })} />
        )}
        <div className={styles.buttons}>
          <Button kind="secondary" onClick={save} disabled={saving.submitting}>
            {t('editorSave', 'Save draft')}
          </Button>
          <Button kind="primary" onClick={publish} disabled={publishing.submitting}>
            {t('editorPublish', 'Publish')}
          </Button>
        </div>
      </Stack>
      {preview && (
        <section className={styles.preview} aria-labelledby="boundaries-preview">
          <h3 id="boundaries-preview">{t('editorPreviewTitle', 'Preview')}</h3>
          <p className={styles.note}>{t('editorPreviewSubtitle', 'Preview: this is how patients will see the draft once it is published.')}</p>
          <dl>
            {preview.channelRules.map((r) => (
              <React.Fragment key={r.channel}>
                <dt>{label(t, 'channel', r.channel)}</dt>
                <dd>
                  {label(t, 'stance', r.stance) || t('editorNotStated', 'Not stated')}
                  {r.note ? ` — ${r.note}` : ''}
                  {r.inherited ? ` (${t('profileFromDefault', 'Organisation default')})` : ''}
                </dd>
              </React.Fragment>
            ))}
            {preview.replyTimeValue && (
              <>
                <dt>{t('profileReplyTime', 'Usual reply time')}</dt>
                <dd>{t(`profileReplyWithin${preview.replyTimeUnit}`, String(preview.replyTimeValue), { 0: preview.replyTimeValue })}</dd>
              </>
            )}
            {Texts.filter((field) => preview[field]).map((field) => (
              <React.Fragment key={field}>
                <dt>{t(`profile${field.charAt(0).toUpperCase()}${field.slice(1)}`, field)}</dt>
                <dd className={styles.text}>{preview[field] as string}</dd>
              </React.Fragment>
            ))}
          </dl>
        </section>
      )}
    </div>
  );
}
