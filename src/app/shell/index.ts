export { AppHeader, type AppHeaderProps } from './app-header.tsx';
export { SharePanel } from './share-panel.tsx';
export { RecoveryBanner, type RecoveryBannerProps } from './recovery-banner.tsx';
