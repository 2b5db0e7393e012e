export { HelpContent } from './help-content.tsx';
