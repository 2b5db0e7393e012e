export { DebriefPage, type DebriefPageProps } from './debrief-page.tsx';
