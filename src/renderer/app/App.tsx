/** The whole app: providers, router and routes. Tests render this with a fake Api. */
import type { i18n } from 'i18next';
import type React from 'react';
import { I18nextProvider } from 'react-i18next';
import { HashRouter, Navigate, Route, Routes } from 'react-router';
import { AssessorsScreen } from '../screens/assessors/AssessorsScreen';
import { AuditScreen } from '../screens/audit/AuditScreen';
import { CandidatesScreen } from '../screens/candidates/CandidatesScreen';
import { DashboardScreen } from '../screens/dashboard/DashboardScreen';
import { DeviceScreen } from '../screens/device/DeviceScreen';
import { ScoringSection } from '../screens/dashboard/ScoringSection';
import { ImportScreen } from '../screens/import/ImportScreen';
import { PaperImportScreen } from '../screens/paper/PaperImportScreen';
import { ResultsScreen } from '../screens/results/ResultsScreen';
import { PlanEditorScreen } from '../screens/plans/PlanEditorScreen';
import { RubricDetailScreen } from '../screens/rubrics/RubricDetailScreen';
import { RubricsScreen } from '../screens/rubrics/RubricsScreen';
import { ScoringScreen } from '../screens/scoring/ScoringScreen';
import { SelectionDetailScreen } from '../screens/selections/SelectionDetailScreen';
import { SelectionsScreen } from '../screens/selections/SelectionsScreen';
import { SessionDetailScreen } from '../screens/sessions/SessionDetailScreen';
import { SessionsScreen } from '../screens/sessions/SessionsScreen';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { BundleExportScreen } from '../screens/transfer/BundleExportScreen';
import { BundleImportScreen } from '../screens/transfer/BundleImportScreen';
import { SetupContentsScreen } from '../screens/transfer/SetupContentsScreen';
import { TransferScreen } from '../screens/transfer/TransferScreen';
import { TransferSection } from '../screens/transfer/TransferSection';
import { TrustKeysScreen } from '../screens/transfer/TrustKeysScreen';
import { QuarantineScreen } from '../screens/transfer/QuarantineScreen';
import { MergeReportsScreen } from '../screens/transfer/MergeReportsScreen';
import { type Services, ServicesContext } from '../state/services';
import { Layout } from './Layout';
import { PATHS } from './paths';

/** Renders the app over the given services and i18n instance. */
export function App(props: { services: Services; i18n: i18n }): React.JSX.Element {
  return (
    <I18nextProvider i18n={props.i18n}>
      <ServicesContext.Provider value={props.services}>
        {/* Hash routing: the page is served from app:// and from a loopback server alike. */}
        <HashRouter>
          <Routes>
            <Route element={<Layout />}>
              <Route index element={<Navigate to={PATHS.selections} replace />} />
              <Route path={PATHS.selections} element={<SelectionsScreen />} />
              <Route
                path={`${PATHS.selections}/:selectionId`}
                element={<SelectionDetailScreen />}
              />
              <Route path={PATHS.candidateImport} element={<ImportScreen />} />
              <Route path={`${PATHS.candidates}/:candidateId?`} element={<CandidatesScreen />} />
              <Route
                path={`${PATHS.selections}/:selectionId/skema/:formasiId`}
                element={<PlanEditorScreen />}
              />
              <Route path={PATHS.rubrics} element={<RubricsScreen />} />
              <Route path={`${PATHS.rubrics}/:rubricId`} element={<RubricDetailScreen />} />
              <Route path={PATHS.audit} element={<AuditScreen />} />
              {/* Penilaian: every screen of the scoring day sits under its sub-navigation. */}
              <Route element={<ScoringSection />}>
                <Route path={PATHS.scoring} element={<DashboardScreen />} />
                <Route path={PATHS.scoringAssessors} element={<AssessorsScreen />} />
                <Route path={PATHS.scoringEntry} element={<ScoringScreen />} />
                <Route path={PATHS.scoringSessions} element={<SessionsScreen />} />
                <Route
                  path={`${PATHS.scoringSessions}/:sessionId`}
                  element={<SessionDetailScreen />}
                />
                <Route path={PATHS.scoringPaper} element={<PaperImportScreen />} />
                <Route
                  path={`${PATHS.scoring}/*`}
                  element={<Navigate to={PATHS.scoring} replace />}
                />
              </Route>
              <Route path={PATHS.results} element={<ResultsScreen />} />
              <Route path={PATHS.device} element={<DeviceScreen />} />
              {/* Ekspor/Impor: the hub and its sub-screens under one sub-navigation. */}
              <Route element={<TransferSection />}>
                <Route path={PATHS.transfer} element={<TransferScreen />} />
                <Route path={PATHS.transferKeys} element={<TrustKeysScreen />} />
                <Route path={PATHS.transferSetup} element={<SetupContentsScreen />} />
                <Route path={PATHS.transferImport} element={<BundleImportScreen />} />
                <Route path={PATHS.transferExport} element={<BundleExportScreen />} />
                <Route path={PATHS.transferQuarantine} element={<QuarantineScreen />} />
                <Route
                  path={`${PATHS.transferQuarantine}/:itemId`}
                  element={<QuarantineScreen />}
                />
                <Route path={PATHS.transferReports} element={<MergeReportsScreen />} />
                <Route
                  path={`${PATHS.transferReports}/:reportId`}
                  element={<MergeReportsScreen />}
                />
              </Route>
              <Route path={PATHS.settings} element={<SettingsScreen />} />
              <Route path="*" element={<Navigate to={PATHS.selections} replace />} />
            </Route>
          </Routes>
        </HashRouter>
      </ServicesContext.Provider>
    </I18nextProvider>
  );
}
