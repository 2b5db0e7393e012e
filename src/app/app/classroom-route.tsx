import { Suspense, useCallback, useState } from 'react';
import type { ClassroomAction, ClassroomSettings } from '../../engine/classroom/index.ts';
import { ChartsPanel } from '../features/charts/index.ts';
import { DebriefPage } from '../features/debrief/index.ts';
import { PostureBoard } from '../features/posture-board/index.ts';
import { sessionFileOf, useSend, useSession, useSessionActor } from '../stores/session/index.ts';
import { ClassroomScreen, ClassroomSetup } from '../features/classroom/index.ts';
import { isOnline } from '../lib/online.ts';
import { useLazyWords } from '../lib/words/index.ts';
import { goTo, joinSearch } from './network-address.ts';
import { roomClient } from './room-client.ts';

/** off: the simulator; play: setup or the running exercise; debrief: the after-action review. */
export type ClassroomView = 'off' | 'play' | 'debrief';

export interface ClassroomProps {
  readonly view: Exclude<ClassroomView, 'off'>;
  readonly onView: (view: ClassroomView) => void;
}

/** Classroom mode as the app mounts it: reads the session, sends classroom events. */
export function Classroom({ view, onView }: ClassroomProps) {
  const { t } = useLazyWords();
  const send = useSend();
  const actor = useSessionActor();
  const timeline = useSession((s) => s.timeline);
  const classroom = useSession((s) => s.classroom);
  const name = useSession((s) => s.name);
  const scenario = useSession((s) => s.scenario);
  const source = useSession((s) => s.source);
  const [hosting, setHosting] = useState<{ readonly busy: boolean; readonly problem: string | null }>({ busy: false, problem: null });

  // Each screen change starts at the top: the setup form or the debrief is taller than a projector.
  const go = useCallback(
    (next: ClassroomView) => {
      onView(next);
      window.scrollTo({ top: 0 });
    },
    [onView],
  );
  const start = useCallback(
    (settings: ClassroomSettings) => {
      send({ type: 'classroom.start', settings, now: Date.now() });
      window.scrollTo({ top: 0 });
    },
    [send],
  );
  const act = useCallback(
    (action: ClassroomAction) => {
      send({ type: 'classroom.act', action, now: Date.now() });
      const { error } = actor.getSnapshot().context;
      // The classroom screen shows the refusal where it happened; the page banner would say it twice.
      if (error !== null) send({ type: 'notice.dismiss' });
      return error;
    },
    [send, actor],
  );
  // Every team on its own device: the room runs these settings on the server; this device becomes its facilitator.
  const host = useCallback(
    (settings: ClassroomSettings) => {
      // Offline, say so at once: a room needs the exercise server, the hot seat does not.
      if (!isOnline()) return setHosting({ busy: false, problem: t('network.host.offline') });
      const store = roomClient();
      setHosting({ busy: true, problem: null });
      void store.host({ scenario: source ? { kind: 'yaml', text: source } : { kind: 'shipped', id: scenario.meta.id }, settings, name }).then(async (ok) => {
        ok = ok && (await store.seated());
        const { status, room } = store.getSnapshot();
        if (ok && room) goTo(joinSearch(room));
        else setHosting({ busy: false, problem: status.kind === 'refused' || status.kind === 'unreachable' ? status.message : t('network.host.failed') });
      });
    },
    [source, scenario, name, t],
  );
  const sessionJson = useCallback(() => JSON.stringify(sessionFileOf(actor.getSnapshot().context), null, 2) + '\n', [actor]);

  const charts = classroom && (
    <Suspense fallback={<p aria-live="polite">{t('charts.loading')}</p>}>
      <ChartsPanel timeline={timeline} current={classroom.head} />
    </Suspense>
  );

  if (!classroom) {
    return (
      <main className="app__classroom" id="moves">
        {hosting.busy && <p aria-live="polite">{t('network.host.starting')}</p>}
        {hosting.problem && (
          <p className="notice notice--error" role="alert">
            {hosting.problem}
          </p>
        )}
        <ClassroomSetup timeline={timeline} onStart={start} onCancel={() => go('off')} onHost={host} />
      </main>
    );
  }
  if (view === 'debrief') {
    return (
      <main className="app__classroom" id="moves">
        <DebriefPage timeline={timeline} classroom={classroom} sessionName={name} sessionJson={sessionJson} onClose={() => go('play')} charts={charts} />
      </main>
    );
  }
  return (
    <>
      <main className="app__classroom" id="moves">
        <ClassroomScreen
          timeline={timeline}
          state={classroom}
          onAction={act}
          onOpenDebrief={() => go('debrief')}
          onEnd={() => {
            send({ type: 'classroom.end' });
            go('off');
          }}
        />
        <PostureBoard />
      </main>
      <section className="app__charts" aria-labelledby="classroom-charts-title">
        <h2 id="classroom-charts-title" className="app__charts-title">
          {t('app.charts.title')}
        </h2>
        {charts}
      </section>
    </>
  );
}
