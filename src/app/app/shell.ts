export { AppHeader, type AppHeaderProps } from './app-header.tsx';
export { SharePanel } from '../features/share/share-panel.tsx';
export { RecoveryBanner, type RecoveryBannerProps } from './recovery-banner.tsx';
