import { describe, expect, it } from 'vitest';
import type { SessionCandidateView } from '../../../src/shared/domain/session-views';
import { checkInFor, deskActionOfKey } from '../../../src/renderer/screens/sessions/desk-keys';

const AT = '2024-11-12T01:05:00.000Z';

function candidate(
  attendance: Partial<NonNullable<SessionCandidateView['attendance']>> | null,
  status: 'aktif' | 'APS' | 'DIS' = 'aktif',
): SessionCandidateView {
  return {
    candidateId: '5b0f5a43-7a0e-4d0b-9a43-0a5a5f0a0001',
    nomorPeserta: '1',
    nama: 'Ani',
    attendance: attendance && {
      id: '5b0f5a43-7a0e-4d0b-9a43-0a5a5f0a0002',
      sessionId: '5b0f5a43-7a0e-4d0b-9a43-0a5a5f0a0003',
      candidateId: '5b0f5a43-7a0e-4d0b-9a43-0a5a5f0a0001',
      status: 'hadir',
      identityChecked: false,
      document: null,
      at: AT,
      recordedAt: AT,
      ...attendance,
    },
    status: 'belum',
    candidateStatus: { status, reason: null, changedAt: null },
    effectivePanelSize: 2,
    belowMinimum: false,
  };
}

describe('the desk keys', () => {
  it('map H, T, A and K in either case, and nothing else', () => {
    expect(['h', 'T', 'a', 'K', 'x', 'Enter'].map(deskActionOfKey)).toEqual([
      'hadir',
      'terlambat',
      'tidak_hadir',
      'identity',
      null,
      null,
    ]);
  });

  it('keep an identity check and the arrival time when present turns into late', () => {
    const checked = candidate({ identityChecked: true, document: 'kartu_peserta' });
    expect(checkInFor(checked, 'terlambat', 'ktp_el')).toEqual({
      record: { status: 'terlambat', identityChecked: true, document: 'kartu_peserta', at: AT },
    });
    expect(checkInFor(checked, 'hadir', 'ktp_el')).toEqual({ unchanged: true });
  });

  it('clear the identity on absence and take the time of the call on a first check-in', () => {
    const checked = candidate({ identityChecked: true, document: 'ktp_el' });
    expect(checkInFor(checked, 'tidak_hadir', 'ktp_el')).toEqual({
      record: { status: 'tidak_hadir', identityChecked: false, document: null },
    });
    expect(checkInFor(candidate(null), 'hadir', 'ktp_el')).toEqual({
      record: { status: 'hadir', identityChecked: false, document: null },
    });
    // Arriving after being marked absent is a new arrival: no time carried over.
    expect(checkInFor(candidate({ status: 'tidak_hadir' }), 'terlambat', 'ktp_el')).toEqual({
      record: { status: 'terlambat', identityChecked: false, document: null },
    });
  });

  it('toggle the identity on the chosen document, and refuse it before or without presence', () => {
    expect(checkInFor(candidate({}), 'identity', 'lainnya')).toEqual({
      record: { status: 'hadir', identityChecked: true, document: 'lainnya', at: AT },
    });
    expect(
      checkInFor(candidate({ identityChecked: true, document: 'ktp_el' }), 'identity', 'ktp_el'),
    ).toEqual({ record: { status: 'hadir', identityChecked: false, document: null, at: AT } });
    expect(checkInFor(candidate(null), 'identity', 'ktp_el')).toEqual({ refused: 'needCheckIn' });
    expect(checkInFor(candidate({ status: 'tidak_hadir' }), 'identity', 'ktp_el')).toEqual({
      refused: 'absentNoIdentity',
    });
    expect(checkInFor(candidate({}, 'DIS'), 'hadir', 'ktp_el')).toEqual({
      refused: 'outOfSelection',
    });
  });
});
