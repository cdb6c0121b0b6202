export { AppProviders } from './AppProviders';
export { AppShell } from './AppShell';
export { AuthGate } from './auth/AuthGate';
export { AuthLayout } from './auth/AuthLayout';
export { ChangePasswordModal } from './auth/ChangePasswordModal';
export { CompanySwitcher } from './auth/CompanySwitcher';
export { ForgotPasswordPage } from './auth/ForgotPasswordPage';
export {
  activeMembership,
  FORGOT_PASSWORD_PATH,
  fitsPortal,
  fittingMemberships,
  gateDecision,
  type GateDecision,
  hasPermission,
  PORTAL_GUEST_KINDS,
  PUBLIC_PATHS,
  RESET_PASSWORD_PATH,
  safeNext,
  SIGN_IN_PATH,
  signInPath,
  visibleNav,
} from './auth/portal-access';
export { RequirePermission } from './auth/RequirePermission';
export { ResetPasswordPage } from './auth/ResetPasswordPage';
export { useSession } from './auth/session';
export { SignInForm, SignInPage, type SignInValues } from './auth/SignInPage';
export { minutesToWait, useErrorText } from './auth/use-error-text';
export { type FormAlert, useServerErrors } from './auth/use-server-errors';
export { UserMenu } from './auth/UserMenu';
export { bootstrapPortal, portalRoutes } from './bootstrap-portal';
export { DashboardPage } from './DashboardPage';
export { FileList, type StoredFile } from './files/FileList';
export { UPLOAD_LIMITS, type FileLimits, type FileProblem, fileProblem, fileSize } from './files/files';
export { FileUpload, type FileUploadTexts } from './files/FileUpload';
export { type FiguresTexts, Money, NUMERIC, useFigures } from './Figures';
export { chinaDayOf, chinaToday, formatDay, formatMoment } from './format/dates';
export {
  bpsToPercent,
  formatMinor,
  formatQuantity,
  formatUnitPrice,
  minorToDecimal,
  percentToBps,
} from './format/money';
export { isUnit, type Unit, UNITS } from './format/units';
export { formProblems } from './forms/form-problems';
export { HealthPanel } from './HealthPanel';
export { HealthSummary, type HealthSummaryProps } from './HealthSummary';
export { LanguageSwitch } from './LanguageSwitch';
export { NotFoundPage } from './NotFoundPage';
export { PageHeader } from './PageHeader';
export type { CompanyKind, NavItem, NavLabel, PortalDefinition, PortalKind } from './portal';
export { theme } from './theme';
export { companyName, useCompanyName } from './use-company-name';
