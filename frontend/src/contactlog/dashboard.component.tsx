import React from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Tab, TabList, TabPanel, TabPanels, Tabs } from '@carbon/react';
import { launchWorkspace2 } from '@openmrs/esm-framework';
import { Privileges, useBoundariesSession } from '../api/api';
import Acknowledgements from '../boundaries/acknowledgements.component';
import PatientThreads from '../messaging/patient-threads.component';
import Contacts from './contacts.component';
import Gifts from './gifts.component';
import Transfers from './transfers.component';
import { Workspaces } from './workspaces';
import styles from './dashboard.scss';

/** The chart's Boundaries dashboard: the contact & gift log, transfers, portal threads and acknowledgements. */
export default function BoundariesDashboard({ patientUuid }: { patientUuid: string }) {
  const { t } = useTranslation();
  const { can } = useBoundariesSession();
  return (
    <div className={styles.dashboard}>
      <div className={styles.header}>
        <h2>{t('o3Dashboard', 'Boundaries')}</h2>
        <p className={styles.confidential}>{t('contactlogConfidential', 'Staff only. Patients never see this log.')}</p>
        {can(Privileges.addContactLog) && (
          <div className={styles.actions}>
            <Button size="sm" onClick={() => launchWorkspace2(Workspaces.contact)}>
              {t('contactlogAddContact', 'Add a contact')}
            </Button>
            <Button size="sm" kind="secondary" onClick={() => launchWorkspace2(Workspaces.gift)}>
              {t('contactlogAddGift', 'Record a gift')}
            </Button>
            <Button size="sm" kind="tertiary" onClick={() => launchWorkspace2(Workspaces.transfer)}>
              {t('contactlogAddTransfer', 'Record a transfer of care')}
            </Button>
          </div>
        )}
      </div>
      <Tabs>
        <TabList aria-label={t('o3Dashboard', 'Boundaries')} contained>
          <Tab>{t('contactlogSectionContacts', 'Contacts')}</Tab>
          <Tab>{t('contactlogSectionGifts', 'Gifts')}</Tab>
          <Tab>{t('contactlogSectionTransfers', 'Transfers of care')}</Tab>
          <Tab>{t('o3Messages', 'Portal messages')}</Tab>
          <Tab>{t('inClinicListTitle', 'Acknowledgements')}</Tab>
        </TabList>
        <TabPanels>
          <TabPanel>
            <Contacts patientUuid={patientUuid} />
          </TabPanel>
          <TabPanel>
            <Gifts patientUuid={patientUuid} />
          </TabPanel>
          <TabPanel>
            <Transfers patientUuid={patientUuid} />
          </TabPanel>
          <TabPanel>
            <PatientThreads patientUuid={patientUuid} />
          </TabPanel>
          <TabPanel>
            <Acknowledgements patientUuid={patientUuid} />
          </TabPanel>
        </TabPanels>
      </Tabs>
    </div>
  );
}
