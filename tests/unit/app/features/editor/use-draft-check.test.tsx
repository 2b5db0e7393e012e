// @vitest-environment jsdom
/**
 * While the draft has problems, the explore panel keeps the last valid text's report (as the
 * preview keeps its last valid board) and says it is of that version; a valid text again clears it.
 */
import { readFileSync } from 'node:fs';
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ExploreReport } from '../../../../../src/app/features/editor/explore-report.tsx';
import { useDraftCheck } from '../../../../../src/app/features/editor/use-draft-check.ts';

const valid = readFileSync('tests/fixtures/lapse-explore.yaml', 'utf8');
const LAST_VALID = 'The text has problems: this report is of the last version that was valid.';

describe("the editor's explore report while the draft has problems", () => {
  it('should keep the report of the last valid text until the draft is valid again', async () => {
    const { result } = renderHook(() => useDraftCheck(valid));
    await waitFor(() => expect(result.current.explored).not.toBeNull(), { timeout: 5_000 });
    const report = result.current.explored;
    expect(report?.kind === 'report' && report.report.reachableStates).toBe(3);

    act(() => result.current.changed(valid.replace(/^actors:/m, 'actorz:')));
    await waitFor(() => expect(result.current.checked?.result.problems.length).toBeGreaterThan(0), { timeout: 5_000 });
    // The details of the broken text have come too (they hold no report), and the last report stays.
    await waitFor(() => expect(result.current.details?.explore).toBeNull(), { timeout: 5_000 });
    expect(result.current.valid).toBeNull();
    expect(result.current.explored).toBe(report);

    // Valid again: the report is the new text's.
    act(() => result.current.changed(`${valid}\n`));
    await waitFor(() => expect(result.current.valid).not.toBeNull(), { timeout: 5_000 });
    await waitFor(() => expect(result.current.details?.explore).not.toBeNull(), { timeout: 5_000 });
    expect(result.current.explored).toBe(result.current.details?.explore);
    expect(result.current.explored).not.toBe(report);
  });

  it('should say the report is of the last valid version, and say nothing of it for a valid draft', async () => {
    const { result } = renderHook(() => useDraftCheck(valid));
    await waitFor(() => expect(result.current.explored).not.toBeNull(), { timeout: 5_000 });
    const view = render(<ExploreReport explore={result.current.explored} ofLastValid />);
    expect(screen.getByText(LAST_VALID)).toBeTruthy();
    expect(screen.getByTestId('explore-states').textContent).toBe('3 reachable states (0 terminal)');
    view.rerender(<ExploreReport explore={result.current.explored} />);
    expect(screen.queryByText(LAST_VALID)).toBeNull();
  });
});
