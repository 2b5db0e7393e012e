import { teamName, type ClassroomSettings, type MoveSource } from '../../../engine/classroom/index.ts';
import type { Words } from '../../lib/words/index.ts';

/** "Team A", "Computer", "Facilitator (Ms Rivera)". */
export function sourceLabel(words: Words, settings: ClassroomSettings, source: MoveSource): string {
  if (source.kind === 'team') return teamName(settings, source.team);
  if (source.kind === 'computer') return words.t('source.computer');
  return settings.facilitator ? words.t('classroom.facilitatorNamed', { name: settings.facilitator }) : words.t('source.facilitator');
}
