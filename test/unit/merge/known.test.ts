import { describe, expect, it } from 'vitest';
import { formatRev } from '../../../shared/hlc';
import { adoptable, boundedBy, heldIn, peerHoldings } from '../../../shared/merge/known';

// The rules that keep one machine's claim about its holdings from becoming another machine's knowledge.

const rev = (wall: number, device: string, counter = 0) => formatRev({ wall, counter }, device);
const FAR = Date.UTC(2100, 11, 31);

describe('known vectors against lying claims', () => {
  it('heldIn: per table and device, the newest rev; a rev not of the format is skipped', () => {
    expect(
      heldIn([
        { table: 'orders', rev: rev(5, 'a') },
        { table: 'orders', rev: rev(9, 'a') },
        { table: 'orders', rev: rev(7, 'b') },
        { table: 'customers', rev: rev(3, 'a') },
        { table: 'orders', rev: 'garbage' },
      ]),
    ).toEqual({ 'orders:a': rev(9, 'a'), 'orders:b': rev(7, 'b'), 'customers:a': rev(3, 'a') });
  });

  it('boundedBy: each claim no further than the bound; a claim with no bound is dropped', () => {
    const claim = { 'orders:a': rev(FAR, 'a'), 'orders:b': rev(4, 'b'), 'orders:c': rev(FAR, 'c') };
    const bound = { 'orders:a': rev(9, 'a'), 'orders:b': rev(8, 'b') };
    expect(boundedBy(claim, bound)).toEqual({ 'orders:a': rev(9, 'a'), 'orders:b': rev(4, 'b') });
  });

  it('adoptable: "seen everything" adds only what the package brought, and nothing about the receiver', () => {
    const claim = { 'orders:a': rev(FAR, 'a'), 'orders:me': rev(FAR, 'me'), 'orders:c': rev(FAR, 'c') };
    const shown = heldIn([
      { table: 'orders', rev: rev(9, 'a') },
      { table: 'orders', rev: rev(8, 'me') },
    ]);
    expect(adoptable(claim, shown, 'me')).toEqual({ 'orders:a': rev(9, 'a') });
    // An honest claim below what was shown stays as claimed (the sender may lack older versions).
    expect(adoptable({ 'orders:a': rev(6, 'a') }, shown, 'me')).toEqual({ 'orders:a': rev(6, 'a') });
  });

  it('peerHoldings: of our versions, no more than we had written; of others, no more than shown', () => {
    const claim = { 'orders:me': rev(FAR, 'me'), 'orders:a': rev(FAR, 'a'), 'orders:c': rev(FAR, 'c') };
    const shown = { 'orders:a': rev(9, 'a') };
    const view = peerHoldings({}, claim, shown, 'me', rev(20, 'me'));
    expect(view).toEqual({ 'orders:me': rev(20, 'me'), 'orders:a': rev(9, 'a') });
    // What was taken before is kept; a later, smaller claim does not undo it (holdings only grow).
    expect(peerHoldings(view, { 'orders:a': rev(2, 'a') }, shown, 'me', rev(30, 'me'))).toEqual(view);
    // A claim of ours under another device's key is not ours.
    expect(peerHoldings({}, { 'orders:a': rev(FAR, 'me') }, {}, 'me', rev(20, 'me'))).toEqual({});
  });
});
