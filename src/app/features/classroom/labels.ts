import { teamName, type ClassroomSettings, type MoveSource } from '../../../engine/classroom/index.ts';

/** "Team A", "Computer", "Facilitator (Ms Rivera)". */
export function sourceLabel(settings: ClassroomSettings, source: MoveSource): string {
  if (source.kind === 'team') return teamName(settings, source.team);
  return source.kind === 'computer' ? 'Computer' : `Facilitator${settings.facilitator ? ` (${settings.facilitator})` : ''}`;
}
