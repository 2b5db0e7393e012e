import { describe, expect, it } from 'vitest';
import { joinSearch, networkAddress } from '../../../../src/app/app/network-address.ts';

describe('the networked exercise in the address', () => {
  it('should read a room code as typed, and the projector view', () => {
    expect(networkAddress('')).toBeNull();
    expect(networkAddress('?join')).toEqual({ code: null, projector: false });
    expect(networkAddress('?join=abc-234')).toEqual({ code: 'ABC234', projector: false });
    expect(networkAddress('?join=ABC234&view=projector')).toEqual({ code: 'ABC234', projector: true });
    // A code with a letter nobody can type from the projector (O, I, L, 0, 1) is no code: the form asks again.
    expect(networkAddress('?join=ABCDE0')).toEqual({ code: null, projector: false });
  });

  it('should write the addresses it reads', () => {
    for (const [code, projector] of [[null, false], ['ABC234', false], ['ABC234', true]] as const) expect(networkAddress(joinSearch(code, projector))).toEqual({ code, projector });
  });
});
