import { describe, expect, it } from 'vitest';
import { conditionHolds, describeCondition, explainFailure } from '../../../src/scenario/conditions.ts';
import type { Condition, Scenario } from '../../../src/scenario/types.ts';
import { BASE, FAILURE_CASES } from './condition-cases.ts';
import { liaison, loadFile } from '../engine/load-fixture.ts';

const scenario = liaison();
const base = BASE;

describe('conditionHolds', () => {
  const cases: [string, Condition, boolean][] = [
    ['is, matching', { posture: 'dprk.liaison', is: 'withdrawn' }, true],
    ['is, not matching', { posture: 'dprk.liaison', is: 'staffed' }, false],
    ['isNot', { posture: 'dprk.liaison', isNot: 'staffed' }, true],
    ['oneOf', { posture: 'us.sanctions', oneOf: ['relief', 'expanded'] }, false],
    ['atLeast, same level', { posture: 'us.sanctions', atLeast: 'standing' }, true],
    ['atLeast, higher level', { posture: 'us.sanctions', atLeast: 'expanded' }, false],
    ['atMost, lower bound', { posture: 'us.sanctions', atMost: 'relief' }, false],
    ['atMost', { posture: 'us.sanctions', atMost: 'expanded' }, true],
    ['all', { all: [{ posture: 'us.talks', is: 'open' }, { posture: 'dprk.testing', is: 'testing' }] }, false],
    ['any', { any: [{ posture: 'us.talks', is: 'open' }, { posture: 'dprk.testing', is: 'testing' }] }, true],
    ['not', { not: { posture: 'us.talks', is: 'open' } }, false],
  ];
  it.each(cases)('should evaluate %s', (_name, condition, expected) => {
    expect(conditionHolds(scenario, condition, base)).toBe(expected);
  });

  it('should throw a readable error for an unknown posture', () => {
    expect(() => conditionHolds(scenario, { posture: 'us.tariffs', is: 'high' }, base)).toThrow(/no posture "us.tariffs"/);
  });
});

describe('explainFailure', () => {
  it.each(FAILURE_CASES)('should explain a failing %s condition in words', (_name, condition, expected) => {
    expect(explainFailure(scenario, condition, base)).toBe(expected);
  });

  it('should return null when the condition holds', () => {
    expect(explainFailure(scenario, { posture: 'dprk.liaison', is: 'withdrawn' }, base)).toBeNull();
  });
});

describe('describeCondition', () => {
  it('should bracket nested groups', () => {
    const condition: Condition = {
      all: [{ posture: 'us.talks', is: 'open' }, { any: [{ posture: 'dprk.testing', is: 'testing' }, { posture: 'us.sanctions', is: 'relief' }] }],
    };
    expect(describeCondition(scenario, condition)).toBe('US talks: open and (DPRK missile testing: testing or US sanctions: relief)');
  });
});

describe('posture names in reasons', () => {
  it('should not repeat the actor when the posture label already starts with it', () => {
    const march = loadFile('scenarios/march-2019.yaml');
    const postures = { ...startPostures(march), rok: { engagement: 'mediating' } };
    expect(explainFailure(march, { posture: 'rok.engagement', isNot: 'mediating' }, postures)).toBe(
      'requires ROK engagement: anything but Mediating; it is Mediating',
    );
  });
});

function startPostures(s: Scenario): Record<string, Record<string, string>> {
  return Object.fromEntries(s.actors.map((a) => [a.id, Object.fromEntries(a.postures.map((p) => [p.id, p.initial]))]));
}
