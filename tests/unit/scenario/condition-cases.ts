/** Failing conditions of the liaison fixture and how they read at BASE: the engine's English and the words layer's must both say these. */
import type { Condition } from '../../../src/scenario/types.ts';

export const BASE = {
  us: { sanctions: 'standing', talks: 'open' },
  dprk: { liaison: 'withdrawn', testing: 'moratorium' },
};

export const FAILURE_CASES: readonly (readonly [string, Condition, string])[] = [
  ['is', { posture: 'dprk.liaison', is: 'staffed' }, 'requires DPRK liaison office: staffed; it is withdrawn'],
  ['isNot', { posture: 'dprk.liaison', isNot: 'withdrawn' }, 'requires DPRK liaison office: anything but withdrawn; it is withdrawn'],
  ['oneOf', { posture: 'us.sanctions', oneOf: ['relief', 'expanded'] }, 'requires US sanctions: relief or expanded; it is standing'],
  ['atLeast', { posture: 'us.sanctions', atLeast: 'expanded' }, 'requires US sanctions: expanded or higher; it is standing'],
  ['atMost', { posture: 'us.sanctions', atMost: 'relief' }, 'requires US sanctions: relief or lower; it is standing'],
  [
    'all names only the failing parts',
    { all: [{ posture: 'us.talks', is: 'open' }, { posture: 'dprk.liaison', is: 'staffed' }, { posture: 'dprk.testing', is: 'testing' }] },
    'requires DPRK liaison office: staffed and DPRK missile testing: testing; DPRK liaison office is withdrawn, DPRK missile testing is moratorium',
  ],
  [
    'any',
    { any: [{ posture: 'us.talks', is: 'suspended' }, { posture: 'dprk.testing', is: 'testing' }] },
    'requires US talks: suspended or DPRK missile testing: testing; US talks is open, DPRK missile testing is moratorium',
  ],
  ['not pushes the negation inward', { not: { posture: 'dprk.liaison', is: 'withdrawn' } }, 'requires DPRK liaison office: anything but withdrawn; it is withdrawn'],
  [
    'not over any (De Morgan)',
    { not: { any: [{ posture: 'us.talks', is: 'open' }, { posture: 'dprk.liaison', atLeast: 'staffed' }] } },
    'requires US talks: anything but open and DPRK liaison office: below staffed; US talks is open, DPRK liaison office is withdrawn',
  ],
];
