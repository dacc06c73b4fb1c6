import React from 'react';
import { useTranslation } from 'react-i18next';
import { Workspace2, type Workspace2DefinitionProps } from '@openmrs/esm-framework';
import ThreadView from './thread.component';
import styles from './messaging.scss';

/** Reply to or flag a patient's portal thread from the chart. */
export default function ThreadWorkspace({ workspaceProps }: Workspace2DefinitionProps<{ threadUuid: string }>) {
  const { t } = useTranslation();
  return (
    <Workspace2 title={t('messagingThreadTitle', 'Conversation')}>
      <div className={styles.workspace}>
        <ThreadView threadUuid={workspaceProps?.threadUuid} />
      </div>
    </Workspace2>
  );
}
