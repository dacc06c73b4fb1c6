import React, { useState } from 'react';
import { type TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Button, Modal, Stack, TextArea } from '@carbon/react';
import { Privileges, useBoundariesSession, useBoundariesWrite, useRefresh } from '../api/api';
import { type FieldErrors, useSubmission } from '../shared/form';
import { Failure } from '../shared/states';
import styles from './contact-log.scss';

/** The API keeps at most this many characters of a void reason. */
export const VOID_REASON_MAX_LENGTH = 255;

/** The reason as the API checks it (after trimming): required, at most 255 characters. */
export function checkVoidReason(reason: string, t: TFunction): FieldErrors {
  const trimmed = reason.trim();
  if (!trimmed) {
    return { reason: t('errorVoidReasonRequired', 'Give a reason.') };
  }
  if (trimmed.length > VOID_REASON_MAX_LENGTH) {
    return { reason: t('errorVoidReasonTooLong', 'The reason is longer than {{0}} characters.', { 0: VOID_REASON_MAX_LENGTH }) };
  }
  return {};
}

/**
 * "Void" on an entry of the log, for holders of the void privilege: asks for the reason in a dialog, sends
 * DELETE {path}?reason=…, and re-reads the chart's lists (voiding a transfer's entry voids the transfer too).
 */
export function VoidEntry({ path, entry }: { path: string; entry: string }) {
  const { t } = useTranslation();
  const { can } = useBoundariesSession();
  const write = useBoundariesWrite();
  const refresh = useRefresh();
  const { fieldErrors, failure, submitting, submit, reset } = useSubmission(t('contactlogVoidedDone', 'Voided.'));
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');

  if (!can(Privileges.voidContactLog)) {
    return null;
  }
  const close = () => {
    setOpen(false);
    setReason('');
    reset();
  };
  return (
    <>
      <Button kind="ghost" size="sm" onClick={() => setOpen(true)}>
        {t('contactlogVoid', 'Void')}
      </Button>
      {open && (
        <Modal
          open
          size="sm"
          modalHeading={t('o3VoidTitle', 'Void this entry')}
          primaryButtonText={t('o3VoidSubmit', 'Void entry')}
          secondaryButtonText={t('contactlogCancel', 'Cancel')}
          primaryButtonDisabled={submitting}
          danger
          onRequestClose={close}
          onRequestSubmit={() =>
            submit(
              checkVoidReason(reason, t),
              () => write('DELETE', `${path}?reason=${encodeURIComponent(reason.trim())}`),
              () => {
                refresh('contact', 'gift', 'transfer');
                close();
              },
            )
          }
        >
          <Stack gap={5}>
            <p className={styles.text}>{entry}</p>
            <TextArea
              id="void-reason"
              labelText={t('messagingVoidReason', 'Reason')}
              helperText={t('contactlogVoidPrompt', 'Why is this entry being voided? A reason is required and stays on the record.')}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              invalid={Boolean(fieldErrors.reason)}
              invalidText={fieldErrors.reason}
            />
            {failure && <Failure error={failure} />}
          </Stack>
        </Modal>
      )}
    </>
  );
}
