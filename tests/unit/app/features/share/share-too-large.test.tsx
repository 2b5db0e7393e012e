// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { SharePanel } from '../../../../../src/app/features/share/index.ts';
import { SessionProvider } from '../../../../../src/app/stores/session/index.ts';
import { liaisonInit } from '../../fixtures.ts';

/** Text that lz-string cannot shrink much: a deterministic pseudo-random sequence. */
function noise(chars: number): string {
  let x = 12345;
  let out = '';
  for (let i = 0; i < chars; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += String.fromCharCode(33 + (x % 90));
  }
  return out;
}

describe('the share panel', () => {
  it('should say a session is too large for a link and offer the file instead', async () => {
    render(
      <SessionProvider init={liaisonInit({ source: `# ${noise(400_000)}` })}>
        <SharePanel />
      </SessionProvider>,
    );
    expect(await screen.findByText(/This session is too large for a share link \(\d+(\.\d)? (kB|MB)\)\. Share it as a file instead\./)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download the session file' })).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('should show the link for a session of ordinary size', async () => {
    render(
      <SessionProvider init={liaisonInit()}>
        <SharePanel />
      </SessionProvider>,
    );
    expect(((await screen.findByRole('textbox')) as HTMLTextAreaElement).value).toMatch(/#s=/);
  });
});
