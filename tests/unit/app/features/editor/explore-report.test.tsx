// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { ExploreReport } from '../../../../../src/app/features/editor/explore-report.tsx';
import { draftExplore } from '../../../../../src/app/stores/scenario-check/draft-details.ts';
import { loadFile } from '../../../engine/load-fixture.ts';

describe("the editor's explore preview with duration and lapse", () => {
  it('should show a level reached only through a lapse as reached and the state it ends as no dead end', () => {
    render(<ExploreReport explore={draftExplore(loadFile('tests/fixtures/lapse-explore.yaml'))} />);
    expect(screen.getByTestId('explore-states').textContent).toBe('3 reachable states (0 terminal)');
    expect(screen.getByText(/^With lasting effects: 3 states searched/)).toBeTruthy();
    // Levels never reached, moves never open and dead ends: none of each.
    expect(screen.getAllByText('None')).toHaveLength(3);
  });

  it('should say nothing of lapses for a scenario without a lasting effect', () => {
    render(<ExploreReport explore={draftExplore(loadFile('tests/fixtures/rollout-exact.yaml'))} />);
    expect(screen.queryByText(/With lasting effects/)).toBeNull();
  });
});
