import React from 'react';
import { useTranslation } from 'react-i18next';
import { ActionMenuButton2 } from '@openmrs/esm-framework';
import { UserMultiple } from '@carbon/react/icons';
import { Workspaces } from './workspaces';

/** The chart action menu's Boundaries icon: opens the contact form in the boundaries window. */
export default function BoundariesActionButton() {
  const { t } = useTranslation();
  return (
    <ActionMenuButton2
      icon={(props: object) => <UserMultiple size={16} {...props} />}
      label={t('o3Dashboard', 'Boundaries')}
      workspaceToLaunch={{ workspaceName: Workspaces.contact }}
    />
  );
}
