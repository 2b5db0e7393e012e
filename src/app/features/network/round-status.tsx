import { actorShort } from '../../../engine/index.ts';
import { actorsOf, type ClassroomState } from '../../../engine/classroom/index.ts';
import type { Scenario } from '../../../scenario/index.ts';
import { useWords } from '../../lib/words/index.ts';

export interface RoundStatusProps {
  readonly scenario: Scenario;
  readonly state: ClassroomState;
}

/** Simultaneous rounds: which teams have committed (never what), and which are still choosing. */
export function RoundStatus({ scenario, state }: RoundStatusProps) {
  const { t } = useWords();
  const { settings, phase } = state;
  if (settings.turnMode !== 'simultaneous' || (phase.kind !== 'handover' && phase.kind !== 'choosing' && phase.kind !== 'ready')) return null;
  const teams = settings.teams
    .map((team) => ({ team, actors: actorsOf(scenario, settings, team.id) }))
    .filter(({ actors }) => actors.length > 0)
    .map(({ team, actors }) => ({ id: team.id, who: actors.map((a) => actorShort(scenario, a)).join(' + '), team: team.name, committed: actors.every((a) => state.pending[a] !== undefined) }));
  return (
    <section className="round-status" aria-label={t('network.round.title')}>
      <h2 className="round-status__title">{t('network.round.title')}</h2>
      <ul>
        {teams.map((team) => (
          <li key={team.id} className={team.committed ? 'round-status__done' : 'round-status__open'} data-testid={`round-${team.id}`}>
            {t('network.round.team', { who: team.who, team: team.team, committed: String(team.committed) })}
          </li>
        ))}
      </ul>
    </section>
  );
}
